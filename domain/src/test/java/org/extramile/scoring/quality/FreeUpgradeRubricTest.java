package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeded free-upgrade rubric, without trainers' labels, on the ways of giving the bigger jar for nothing that its
 * calibration answers used and its first indicators missed: the small jar's sale price named ("for the same $6.99")
 * and "gratis". The full price named is still no upgrade.
 */
class FreeUpgradeRubricTest {

    private static final Scorer SCORER = new Scorer();
    private static final ScoringRubric RUBRIC =
            PackRubric.load("library/free-upgrade.json").orElseThrow();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We're out of the small one, so take this big Coco Verde for the same $6.99 instead.|true",
                "Have the bigger Coco Verde today, gratis, since you came back for it.|true",
                "The big Coco Verde is right there if you'd like it, that one's $18.99.|false"
            })
    void shouldKnowTheSalePriceAndGratisForAnUpgrade(String answer, boolean upgrade) {
        CriterionScore bigger =
                SCORER.score(RUBRIC, Calibration.defaults(RUBRIC.id()), "empty-shelf", answer).criteria().stream()
                        .filter(c -> c.key().equals("bigger-jar-no-extra-cost"))
                        .findFirst()
                        .orElseThrow();

        assertThat(bigger.met()).as(bigger.reason()).isEqualTo(upgrade);
    }

    /** The answer the trainee pages' tests play for a criterion met only in part. */
    @org.junit.jupiter.api.Test
    void shouldMeetAHedgedUpgradeOnlyInPart() {
        CriterionScore bigger =
                SCORER.score(RUBRIC, Calibration.defaults(RUBRIC.id()), "empty-shelf", HEDGED).criteria().stream()
                        .filter(c -> c.key().equals("bigger-jar-no-extra-cost"))
                        .findFirst()
                        .orElseThrow();

        assertThat(bigger.level()).as(bigger.reason()).isEqualTo("partly");
        assertThat(bigger.hedge()).isEqualTo(new org.extramile.scoring.text.Hedge("I might", false));
    }

    static final String HEDGED =
            "Sorry, we're out of the small one. I might be able to let you have the bigger jar for the sale price.";
}
