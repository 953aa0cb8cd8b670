package org.extramile.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.rubric.Criteria.criterion;
import static org.extramile.rubric.Criteria.threeLevels;

import java.util.List;
import org.extramile.rubric.RubricChanges.Aspect;
import org.extramile.rubric.RubricChanges.Change;
import org.extramile.rubric.RubricChanges.CriterionChange;
import org.junit.jupiter.api.Test;

class RubricChangesTest {

    private final Criterion offer = criterion("offer", CriterionKind.CRITICAL, "opening", "closing");
    private final Criterion warmth = criterion("warmth", CriterionKind.SCORED, "opening");
    private final Criterion blame = criterion("blame", CriterionKind.PENALTY, "opening");

    @Test
    void shouldNameTheCriteriaAddedChangedAndRemovedWithWhatChanged() {
        Criterion offerNow = new Criterion(
                "offer",
                "Offers to fetch it",
                "  ",
                CriterionKind.CRITICAL,
                List.of("closing", "opening"),
                List.of(threeLevels().get(0), threeLevels().get(1), new Level("fully", null, 3, null)),
                new Evidence(List.of("fetch it"), null, null, null),
                null,
                null);
        Criterion sorry = criterion("sorry", CriterionKind.SCORED, "opening");

        List<CriterionChange> changes = RubricChanges.between(
                new Rubric(List.of(offer, warmth, blame)), new Rubric(List.of(sorry, offerNow, warmth)));

        assertThat(changes)
                .containsExactly(
                        new CriterionChange("sorry", "Title of sorry", Change.ADDED, List.of()),
                        new CriterionChange(
                                "offer",
                                "Offers to fetch it",
                                Change.CHANGED,
                                List.of(Aspect.TITLE, Aspect.LEVELS, Aspect.EVIDENCE)),
                        new CriterionChange("blame", "Title of blame", Change.REMOVED, List.of()));
    }

    @Test
    void shouldFindNothingBetweenARubricAndItsCopy() {
        assertThat(RubricChanges.between(new Rubric(List.of(offer, warmth)), new Rubric(List.of(warmth, offer))))
                .as("the order of criteria and a blank description mean nothing")
                .isEmpty();
    }
}
