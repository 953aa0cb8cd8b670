package org.extramile.scenario.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.extramile.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ScenarioCopyTest {

    @Test
    void shouldTakeTheTitleGivenStripped() {
        assertThat(new ScenarioCopy("jar-pharmacy", "  The jar at the pharmacy ").titleOf("The sale jar"))
                .isEqualTo("The jar at the pharmacy");
    }

    @Test
    void shouldMarkTheOriginalsTitleAsACopyWhenNoneIsGiven() {
        assertThat(new ScenarioCopy("jar-pharmacy", null).titleOf("The sale jar"))
                .isEqualTo("The sale jar (copy)");
        assertThat(new ScenarioCopy("jar-pharmacy", " ").titleOf("The sale jar"))
                .isEqualTo("The sale jar (copy)");
    }

    @Test
    void shouldCutALongTitleSoThatTheCopysFits() {
        String copied = new ScenarioCopy("long", null).titleOf("x".repeat(Scenario.MAX_TITLE));

        assertThat(copied).hasSize(Scenario.MAX_TITLE).endsWith("x (copy)");
    }
}
