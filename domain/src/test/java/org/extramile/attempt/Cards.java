package org.extramile.attempt;

import java.util.ArrayList;
import java.util.List;
import org.extramile.scoring.CalibrationUsed;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;

/** Test data: score cards with only what the attempt's rules read. */
public final class Cards {

    private Cards() {}

    public static ScoreCard card(String step, int points, int maxPoints, CriterionScore... scores) {
        List<CriterionScore> criteria = new ArrayList<>();
        List<CriterionScore> penalties = new ArrayList<>();
        for (CriterionScore score : scores) {
            (score.kind() == CriterionKind.PENALTY ? penalties : criteria).add(score);
        }
        return new ScoreCard(
                "test@1",
                step,
                points,
                maxPoints,
                true,
                criteria,
                penalties,
                List.of(),
                false,
                List.of(),
                CalibrationUsed.DEFAULTS,
                null);
    }

    public static CriterionScore met(String key, CriterionKind kind) {
        return score(key, kind, true);
    }

    public static CriterionScore missed(String key, CriterionKind kind) {
        return score(key, kind, false);
    }

    private static CriterionScore score(String key, CriterionKind kind, boolean met) {
        return at(key, kind, met ? "fully" : "not shown", met ? 2 : 0, met);
    }

    /** A score at the level given, out of 2 points. */
    public static CriterionScore at(String key, CriterionKind kind, String level, int points, boolean met) {
        return new CriterionScore(
                key, key, kind, level, points, 2, met, 0.9, met ? 0.9 : 0.1, false, List.of(), List.of(), "test", null);
    }
}
