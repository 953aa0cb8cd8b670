package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateDocumentTest {

    static final CertificateSnapshot SNAPSHOT = new CertificateSnapshot(
            "Zoë O'Brien <script>",
            "E-1001",
            "cx-essentials",
            "Customer Experience Essentials",
            "Going the extra mile.",
            "Pass every one of these role-play scenarios.",
            new Issuer("ExtraMile Training", "https://extramile.example.org", null),
            List.of(
                    new CertificateSnapshot.ScenarioResult(
                            "free-upgrade",
                            "The sale jar that isn't there",
                            0.875,
                            1,
                            Instant.parse("2026-11-20T10:00:00Z")),
                    new CertificateSnapshot.ScenarioResult(
                            "buy-the-missing-drink", "The Diet Coke", 0.7, 2, Instant.parse("2026-11-21T10:00:00Z"))),
            0.7875);

    @Test
    void shouldPrintTheHolderProgramDatesSerialAndScoresInATaggedPdf() throws IOException {
        byte[] pdf = CertificateDocument.render(
                "XM-0123-4567-89AB-C",
                SNAPSHOT,
                Instant.parse("2026-11-29T09:00:00Z"),
                Instant.parse("2027-11-29T09:00:00Z"),
                "https://training.example.org/verify/XM-0123-4567-89AB-C");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Zoë O'Brien <script>")
                    .contains("Customer Experience Essentials")
                    .contains("XM-0123-4567-89AB-C")
                    .contains("29 November 2026")
                    .contains("29 November 2027")
                    .contains("ExtraMile Training")
                    .contains("88%")
                    .contains("79%");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged for accessibility")
                    .isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).contains("XM-0123-4567-89AB-C");
        }
    }
}
