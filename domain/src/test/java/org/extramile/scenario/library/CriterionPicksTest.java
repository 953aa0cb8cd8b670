package org.extramile.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.rubric.Criteria.criterion;

import java.util.List;
import java.util.Set;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.junit.jupiter.api.Test;

class CriterionPicksTest {

    private final Criterion offer = criterion("offer", CriterionKind.CRITICAL, "opening");
    private final Criterion warmth = criterion("warmth", CriterionKind.SCORED, "opening");
    private final Criterion blame = criterion("blame", CriterionKind.PENALTY, "opening");
    private final Criterion ownWarmth = criterion("warmth", CriterionKind.SCORED, "opening", "closing");
    private final Criterion libraryOffer = criterion("offer", CriterionKind.SCORED, "opening", "closing");
    private final Criterion sorry = criterion("sorry", CriterionKind.SCORED, "opening");
    private final Criterion thanks = criterion("thanks", CriterionKind.SCORED, "closing");

    @Test
    void shouldTakeOnlyTheChangesChosenAndKeepTheRestAsTheDraftHasIt() {
        // The library changes the offer, drops blame and adds sorry; the trainer reworded warmth.
        List<Criterion> draft = List.of(offer, ownWarmth, blame);
        List<Criterion> library = List.of(sorry, libraryOffer, warmth);

        assertThat(CriterionPicks.merge(draft, library, Set.of("offer")))
                .containsExactly(libraryOffer, ownWarmth, blame);
        assertThat(CriterionPicks.merge(draft, library, Set.of("blame"))).containsExactly(offer, ownWarmth);
        assertThat(CriterionPicks.merge(draft, library, Set.of())).containsExactly(offer, ownWarmth, blame);
    }

    @Test
    void shouldPutAnAddedCriterionAfterTheLibrarysOneBeforeItOrFirst() {
        List<Criterion> draft = List.of(offer, blame);

        assertThat(CriterionPicks.merge(draft, List.of(sorry, offer, thanks, blame), Set.of("sorry", "thanks")))
                .containsExactly(sorry, offer, thanks, blame);
        // The criterion before it in the library was dropped here: after the one before that.
        assertThat(CriterionPicks.merge(List.of(offer, blame), List.of(offer, warmth, thanks), Set.of("thanks")))
                .containsExactly(offer, thanks, blame);
    }
}
