package org.extramile.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void shouldBeOnForTheEmbeddedDatabase() {
        assertThat(DemoMode.decide(Optional.empty(), "jdbc:h2:file:/var/lib/extramile/db"))
                .isTrue();
    }

    @Test
    void shouldBeOffForPostgreSql() {
        assertThat(DemoMode.decide(Optional.empty(), "jdbc:postgresql://db/extramile"))
                .isFalse();
    }

    @Test
    void shouldFollowAnExplicitSettingOnEitherDatabase() {
        assertThat(DemoMode.decide(Optional.of(true), "jdbc:postgresql://db/extramile"))
                .isTrue();
        assertThat(DemoMode.decide(Optional.of(false), "jdbc:h2:file:/tmp/x")).isFalse();
    }
}
