package org.extramile.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void shouldWriteOneOriginOneWay() {
        assertThat(Origins.of("HTTPS://Extramile.Example.com:443/login.xhtml?next=/"))
                .contains("https://extramile.example.com");
        assertThat(Origins.of("http://localhost:8080")).contains("http://localhost:8080");
        assertThat(Origins.of("http://10.0.0.5:80/api/attempts")).contains("http://10.0.0.5");
    }

    @Test
    void shouldFindNoOriginInWhatIsNotAnAbsoluteUrl() {
        assertThat(Origins.of("null")).isEmpty();
        assertThat(Origins.of("/api/attempts")).isEmpty();
        assertThat(Origins.of("http://exa mple.com")).isEmpty();
    }
}
