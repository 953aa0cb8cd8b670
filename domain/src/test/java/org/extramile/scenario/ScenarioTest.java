package org.extramile.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void shouldPresentItselfInTheCatalogue() {
        Scenario scenario =
                new Scenario("late-delivery", " Late delivery ", "A parcel is late.", null, ScenarioStatus.DRAFT, NOW);

        assertThat(scenario.summary())
                .isEqualTo(new ScenarioSummary(
                        "late-delivery", "Late delivery", "A parcel is late.", null, ScenarioStatus.DRAFT, 0));
    }

    @Test
    void shouldRejectASlugThatIsNotKebabCase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Scenario("Late Delivery", "Late", "A parcel.", null, ScenarioStatus.DRAFT, NOW))
                .withMessageContaining("slug");
    }

    @Test
    void shouldRejectAnEmptyTitle() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Scenario("late", " ", "A parcel.", null, ScenarioStatus.DRAFT, NOW))
                .withMessageContaining("title");
    }
}
