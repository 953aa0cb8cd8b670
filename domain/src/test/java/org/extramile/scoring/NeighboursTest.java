package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Segmenter;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    private static final String KEY = "deflects";

    private static final Segmenter SEGMENTER = new Segmenter(new AnswerAnalyzer());

    @Test
    void shouldLeanInFullFromAClauseOfThreeContentWords() {
        Segment clause = clause("we keep running out of them");

        assertThat(leanOf(clause)).isCloseTo(0.60, within(1e-9));
    }

    @Test
    void shouldLeanOnlyInPartFromAShortClause() {
        // "I'm afraid" copied from an answer labelled as deflecting is one content word: a third of the lean.
        Segment clause = clause("I'm afraid");

        assertThat(clause.contentTokens()).isEqualTo(1);
        assertThat(leanOf(clause)).isCloseTo(0.20, within(1e-9));
    }

    @Test
    void shouldLeanInFullFromAShortClauseThatWasAWholeLabelledAnswer() {
        // "It's fine." labelled as reassuring on its own: the label can only speak of that clause.
        LabelledClauses.Builder builder = new LabelledClauses.Builder();
        builder.label(KEY, builder.pool("It's fine.", new float[] {1, 0, 0}, false), 0, 1);
        builder.label(KEY, builder.pool("unmet", new float[] {0, 1, 0}, false), 1, 0);

        double lean = new Neighbours(builder.build(), KEY, List.of(new double[] {0.90, 0.30}), -1)
                .lean(clause("Fine."), false, 1)
                .value();

        assertThat(lean).isCloseTo(0.60, within(1e-9));
    }

    @Test
    void shouldKeepANegativeLeanWholeWhateverTheClauseLength() {
        Segment clause = clause("Sorry!");
        LabelledClauses pool = pool();

        double lean = new Neighbours(pool, KEY, List.of(new double[] {0.30, 0.90, 0.10}), -1)
                .lean(clause, false, 1)
                .value();

        assertThat(lean).isCloseTo(-0.60, within(1e-9));
    }

    /** A clause that copies the met answer's first clause (0.90) and is far from the others (0.30, 0.10). */
    private static double leanOf(Segment clause) {
        return new Neighbours(pool(), KEY, List.of(new double[] {0.90, 0.30, 0.10}), -1)
                .lean(clause, false, 1)
                .value();
    }

    private static Segment clause(String text) {
        List<Segment> clauses = SEGMENTER.segment(text);
        assertThat(clauses).hasSize(1);
        return clauses.get(0);
    }

    /** A met answer of two clauses (0), an unmet answer of one (1). */
    private static LabelledClauses pool() {
        LabelledClauses.Builder builder = new LabelledClauses.Builder();
        builder.label(KEY, builder.pool("met", new float[] {1, 0, 0}, false), 0, 1);
        builder.label(KEY, builder.pool("unmet", new float[] {0, 1, 0}, false), 1, 0);
        builder.label(KEY, builder.pool("and more", new float[] {0, 0, 1}, false), 0, 1);
        return builder.build();
    }
}
