package org.extramile.scoring.evidence;

import java.util.List;
import java.util.Optional;
import org.extramile.scoring.text.Segment;

/**
 * A criterion's exemplars and counter-examples as vectors. A clause is compared only with exemplars of its own
 * polarity, and with counter-examples of its own polarity: negated sentences embed close to their positive
 * exemplar (cosine 0.8 for "I can't sort this out" and "let me sort this out"), so polarity must decide, not the
 * embedding.
 */
public final class SemanticEvidence {

    private final List<Exemplar> exemplars;
    private final List<Exemplar> counters;

    public SemanticEvidence(List<Exemplar> exemplars, List<Exemplar> counters) {
        this.exemplars = List.copyOf(exemplars);
        this.counters = List.copyOf(counters);
    }

    public boolean isEmpty() {
        return exemplars.isEmpty();
    }

    public SemanticMatch assess(Segment segment, float[] vector, boolean negated) {
        Exemplar nearest = null;
        double best = SemanticMatch.BASELINE;
        Exemplar opposite = null;
        double oppositeBest = SemanticMatch.BASELINE;
        for (Exemplar e : exemplars) {
            double similarity = SentenceEncoder.similarity(vector, e.vector());
            if (e.negated() == negated) {
                if (nearest == null || similarity > best) {
                    nearest = e;
                    best = Math.max(similarity, SemanticMatch.BASELINE);
                }
            } else if (opposite == null || similarity > oppositeBest) {
                opposite = e;
                oppositeBest = similarity;
            }
        }
        Exemplar counter = null;
        double counterBest = SemanticMatch.BASELINE;
        for (Exemplar c : counters) {
            if (c.negated() != negated) {
                continue;
            }
            double similarity = SentenceEncoder.similarity(vector, c.vector());
            if (counter == null || similarity > counterBest) {
                counter = c;
                counterBest = similarity;
            }
        }
        return new SemanticMatch(
                segment,
                Optional.ofNullable(nearest),
                best,
                Optional.ofNullable(counter),
                counterBest,
                Optional.ofNullable(opposite),
                oppositeBest);
    }
}
