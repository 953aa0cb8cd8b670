package org.extramile.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.extramile.certification.CertificateSnapshot;
import org.extramile.certification.CertificateSnapshot.ScenarioResult;
import org.extramile.certification.Issuer;
import org.extramile.shared.JsonDocuments;
import org.junit.jupiter.api.Test;

/** The export's streaming reader picks the right fields out of a snapshot as the certificate stores it. */
class SnapshotFieldsTest {

    @Test
    void shouldReadTheExportedFieldsOfAStoredSnapshot() {
        CertificateSnapshot snapshot = new CertificateSnapshot(
                "Lee, Ann \"Annie\"",
                "E-100",
                "cx-essentials",
                "Customer Experience Essentials",
                "A description with {\"braces\": [1, 2]}",
                "Pass every scenario",
                new Issuer("ExtraMile", "https://example.com", null),
                List.of(
                        new ScenarioResult("free-upgrade", "A free upgrade", 0.875, 1, Instant.EPOCH),
                        new ScenarioResult("buy-the-missing-drink", "The drink", 1.0, 2, Instant.EPOCH)),
                0.9375);

        SnapshotFields fields = SnapshotFields.read(JsonDocuments.write(snapshot));

        assertThat(fields.holderName()).isEqualTo("Lee, Ann \"Annie\"");
        assertThat(fields.employeeNumber()).isEqualTo("E-100");
        assertThat(fields.programSlug()).isEqualTo("cx-essentials");
        assertThat(fields.programTitle()).isEqualTo("Customer Experience Essentials");
        assertThat(fields.overallScore()).isEqualTo(0.9375);
        assertThat(fields.scores())
                .containsExactly(
                        java.util.Map.entry("free-upgrade", 0.875), java.util.Map.entry("buy-the-missing-drink", 1.0));
    }
}
