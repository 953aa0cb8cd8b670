package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void shouldCountPassesFromItsIssueWhenEveryPassItWasMadeOfCameBefore() {
        Instant issued = Instant.parse("2026-11-29T09:00:00Z");

        assertThat(certificate(issued, CertificateDocumentTest.SNAPSHOT).countsPassesAfter())
                .isEqualTo(issued);
    }

    @Test
    void shouldNotCountAgainThePassThatEarnedItWithinTheSecondItIsDated() {
        Instant issued = Instant.parse("2026-11-29T09:00:00Z");
        Instant earning = Instant.parse("2026-11-29T09:00:00.734512Z");
        CertificateSnapshot s = CertificateDocumentTest.SNAPSHOT;
        CertificateSnapshot earned = new CertificateSnapshot(
                s.holderName(),
                s.employeeNumber(),
                s.programSlug(),
                s.programTitle(),
                s.programDescription(),
                s.criteria(),
                s.issuer(),
                List.of(
                        s.results().get(0),
                        new CertificateSnapshot.ScenarioResult(
                                "buy-the-missing-drink", "The Diet Coke", 0.7, 2, earning)),
                s.overallScore());

        assertThat(certificate(issued, earned).countsPassesAfter()).isEqualTo(earning);
    }

    private static Certificate certificate(Instant issued, CertificateSnapshot snapshot) {
        return new Certificate("XM-0123-4567-89AB-C", 1L, 1L, snapshot, issued, issued.plusSeconds(86_400), 7, null);
    }
}
