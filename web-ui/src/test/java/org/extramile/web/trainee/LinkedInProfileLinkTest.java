package org.extramile.web.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extramile.certification.CertificateView;
import org.extramile.certification.Issuer;
import org.junit.jupiter.api.Test;

class LinkedInProfileLinkTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Test
    void shouldFillLinkedInsCertificationFormWithTheProgramTheIssuerTheDatesAndTheVerificationLink() {
        CertificateView certificate =
                certificate("valid", Instant.parse("2026-03-31T20:00:00Z"), Instant.parse("2027-03-31T20:00:00Z"));

        URI link = URI.create(LinkedInProfileLink.of(certificate, SYDNEY).orElseThrow());

        assertThat(link.getScheme() + "://" + link.getHost() + link.getPath())
                .isEqualTo("https://www.linkedin.com/profile/add");
        assertThat(fields(link))
                .containsEntry("startTask", "CERTIFICATION_NAME")
                .containsEntry("name", "Customer Experience Essentials & More")
                .containsEntry("organizationName", "Café Corner Ltd")
                .as("the first of April in Sydney, where the holder's calendar says it was issued")
                .containsEntry("issueYear", "2026")
                .containsEntry("issueMonth", "4")
                .containsEntry("expirationYear", "2027")
                .containsEntry("expirationMonth", "4")
                .containsEntry("certUrl", "https://training.example.com/verify.xhtml?serial=XM-2026-ABCD")
                .containsEntry("certId", "XM-2026-ABCD");
    }

    @Test
    void shouldLeaveTheExpiryOutForACertificateThatNeverExpires() {
        URI link = URI.create(
                LinkedInProfileLink.of(certificate("valid", Instant.parse("2026-06-15T10:00:00Z"), null), SYDNEY)
                        .orElseThrow());

        assertThat(fields(link))
                .containsEntry("issueMonth", "6")
                .doesNotContainKeys("expirationYear", "expirationMonth");
    }

    @Test
    void shouldOfferNothingForACertificateThatIsNoLongerValid() {
        for (String status : List.of("revoked", "expired", "superseded")) {
            assertThat(LinkedInProfileLink.of(certificate(status, Instant.parse("2025-01-10T10:00:00Z"), null), SYDNEY))
                    .as(status)
                    .isEmpty();
        }
    }

    private static CertificateView certificate(String status, Instant issued, Instant expires) {
        return new CertificateView(
                "XM-2026-ABCD",
                status,
                "Sam Taylor",
                "cx-essentials",
                "Customer Experience Essentials & More",
                new Issuer("Café Corner Ltd", "https://training.example.com", null),
                issued,
                expires,
                0.9,
                List.of(),
                null,
                null,
                null,
                null,
                "00",
                "https://training.example.com/verify.xhtml?serial=XM-2026-ABCD");
    }

    private static Map<String, String> fields(URI link) {
        return Arrays.stream(link.getRawQuery().split("&"))
                .map(field -> field.split("=", 2))
                .collect(Collectors.toMap(
                        field -> field[0], field -> URLDecoder.decode(field[1], StandardCharsets.UTF_8)));
    }
}
