package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LabelledClausesTest {

    private static final String KEY = "fetch";

    @Test
    void shouldLeanTowardsTheMetAnswersAClauseResemblesMoreThanTheOthers() {
        LabelledClauses clauses = pool(unit(1, 0, 0), unit(0, 1, 0));

        // Like the met answer's offer (0.96), unlike the unmet answer's clause (0.28).
        LabelledClauses.Lean lean = clauses.lean(KEY, new double[] {0.96, 0.28}, false, 1, -1);

        assertThat(lean.value()).isCloseTo(0.68, within(1e-9));
        assertThat(lean.nearest()).contains("met");
    }

    @Test
    void shouldNotLeanOnAClauseThatAnUnmetAnswerNearlySaysToo() {
        LabelledClauses clauses = pool(unit(1, 0, 0), unit(0, 1, 0));

        // "I'm so sorry": a met answer's copy is closer (0.99) than the unmet answer's (0.96), which says it too.
        assertThat(clauses.lean(KEY, new double[] {0.99, 0.96}, false, 1, -1).value())
                .isZero();
        // Halfway between distinct (0.80) and shared (0.95), half the lean counts.
        assertThat(clauses.lean(KEY, new double[] {0.975, 0.875}, false, 1, -1).value())
                .isCloseTo(0.05, within(1e-9));
    }

    @Test
    void shouldKeepANegativeLeanWhole() {
        LabelledClauses clauses = pool(unit(1, 0, 0), unit(0, 1, 0));

        assertThat(clauses.lean(KEY, new double[] {0.70, 0.97}, false, 1, -1).value())
                .isCloseTo(-0.27, within(1e-9));
    }

    /** One met answer (0) with one clause, one unmet answer (1) with one clause. */
    private static LabelledClauses pool(float[] met, float[] unmet) {
        LabelledClauses.Builder builder = new LabelledClauses.Builder();
        builder.label(KEY, builder.pool("met", met, false), 0, 1);
        builder.label(KEY, builder.pool("unmet", unmet, false), 1, 0);
        return builder.build();
    }

    private static float[] unit(float... v) {
        return v;
    }
}
