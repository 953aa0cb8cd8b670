package org.extramile.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", " ::1", ""));

    @Test
    void shouldBelieveNoHeaderFromAPeerThatIsNotATrustedProxy() {
        assertThat(proxies.client("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(TrustedProxies.of(List.of()).client("10.0.0.7", List.of("198.51.100.1")))
                .isEqualTo("10.0.0.7");
    }

    @Test
    void shouldTakeTheNearestHopThatIsNotATrustedProxy() {
        // The client forged a first entry; our proxies appended the address they saw.
        assertThat(proxies.client("10.0.0.7", List.of("1.2.3.4, 198.51.100.23", "10.1.2.3")))
                .isEqualTo("198.51.100.23");
        assertThat(proxies.client("::1", List.of("2001:db8::5"))).isEqualTo("2001:db8::5");
    }

    @Test
    void shouldStopAtAHopThatIsNotAnAddressAndNeverLookANameUp() {
        assertThat(proxies.client("10.0.0.7", List.of("198.51.100.23, unknown")))
                .isEqualTo("10.0.0.7");
        assertThat(proxies.client("10.0.0.7", List.of("attacker.example"))).isEqualTo("10.0.0.7");
    }

    @Test
    void shouldTakeTheFirstHopWhenEveryHopIsTrusted() {
        assertThat(proxies.client("10.0.0.7", List.of("10.9.9.9, 10.0.0.8"))).isEqualTo("10.9.9.9");
        assertThat(proxies.client("10.0.0.7", List.of())).isEqualTo("10.0.0.7");
    }

    @Test
    void shouldRefuseAConfigurationThatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example"))).hasMessageContaining("'proxy.example'");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).hasMessageContaining("0 to 32");
    }
}
