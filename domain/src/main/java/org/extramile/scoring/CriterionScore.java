package org.extramile.scoring;

import java.io.Serializable;
import java.util.List;
import org.extramile.scoring.text.Hedge;

/**
 * The verdict on one criterion for one answer: the level reached and its points, whether it is met, how sure the
 * scorer is ({@code confidence} from 0.5 to 1; {@code probability} that it is met), the evidence that earned it,
 * the near misses that did not count, and a sentence that explains the verdict. For a penalty, {@code met} means
 * the behaviour was shown and {@code points} are deducted. {@code hedge}, when present, is what kept a criterion met
 * below its top level ("I might", "you could ring"); cards stored before it existed read it as null.
 */
public record CriterionScore(
        String key,
        String title,
        CriterionKind kind,
        String level,
        int points,
        int maxPoints,
        boolean met,
        double confidence,
        double probability,
        boolean needsReview,
        List<Evidence> evidence,
        List<NearMiss> nearMisses,
        String reason,
        Hedge hedge)
        implements Serializable {

    /** The reason an erased answer's verdicts give. */
    public static final String ERASED = "The answer was erased with its author's personal data.";

    public CriterionScore {
        evidence = List.copyOf(evidence);
        nearMisses = List.copyOf(nearMisses);
    }

    /** This verdict without the words of the answer: see {@link ScoreCard#erased()}. */
    CriterionScore erased() {
        return new CriterionScore(
                key,
                title,
                kind,
                level,
                points,
                maxPoints,
                met,
                confidence,
                probability,
                needsReview,
                List.of(),
                List.of(),
                ERASED,
                null);
    }
}
