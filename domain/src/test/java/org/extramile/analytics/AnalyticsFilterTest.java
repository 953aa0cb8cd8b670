package org.extramile.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.extramile.shared.InvalidException;
import org.junit.jupiter.api.Test;

class AnalyticsFilterTest {

    private static final Instant DAY = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStartsNamingTheParameter() {
        assertThatThrownBy(() -> new AnalyticsFilter(DAY, DAY, null))
                .isInstanceOf(InvalidException.class)
                .satisfies(e -> assertThat(((InvalidException) e).violations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.pointer()).isEqualTo("/from")));
    }

    @Test
    void shouldReadABlankBranchAsEveryBranchAndTrimAGivenOne() {
        assertThat(new AnalyticsFilter(null, DAY, " ").branch()).isNull();
        assertThat(new AnalyticsFilter(DAY, null, " HARBOUR ").branch()).isEqualTo("HARBOUR");
    }
}
