package org.extramile.scoring.evidence;

import java.util.Optional;
import org.extramile.scoring.text.Segment;

/**
 * How close one clause comes to a criterion: its nearest exemplar of the same polarity, its nearest
 * counter-example, and the nearest exemplar of the opposite polarity (a near miss: "I can't sort this out" is
 * close to "let me sort this out" but says the opposite).
 */
public record SemanticMatch(
        Segment segment,
        Optional<Exemplar> nearest,
        double similarity,
        Optional<Exemplar> nearestCounter,
        double counterSimilarity,
        Optional<Exemplar> nearestOpposite,
        double oppositeSimilarity) {

    /** The similarity that unrelated sentences typically reach with this model; used when nothing was compared. */
    public static final double BASELINE = 0.55;

    /** Exemplar similarity minus counter-example similarity: positive when the clause leans to the exemplars. */
    public double margin() {
        return nearestCounter.isEmpty() ? 0 : similarity - counterSimilarity;
    }

    /** Display strength: the decision itself uses the calibrated model, not these cut-offs. */
    public Optional<Strength> strength() {
        if (nearest.isEmpty() || margin() < 0) {
            return Optional.empty();
        }
        if (similarity >= 0.85) {
            return Optional.of(Strength.STRONG);
        }
        if (similarity >= 0.80) {
            return Optional.of(Strength.LIKELY);
        }
        return similarity >= 0.75 ? Optional.of(Strength.POSSIBLE) : Optional.empty();
    }
}
