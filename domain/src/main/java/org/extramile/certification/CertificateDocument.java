package org.extramile.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders a certificate as a tagged PDF (PDF/UA, so screen readers can read it): holder, program, dates, serial,
 * issuer, scores, and a QR code to the verification page. The font is embedded (PDFBox's Liberation Sans), so the
 * document looks the same everywhere.
 */
final class CertificateDocument {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** openhtmltopdf logs every step at INFO; its warnings still show. Held so the setting is not collected. */
    private static final java.util.logging.Logger RENDERER_LOG =
            quiet(java.util.logging.Logger.getLogger("com.openhtmltopdf"));

    private CertificateDocument() {}

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    static byte[] render(String serial, CertificateSnapshot s, Instant issued, Instant expires, String verifyUrl) {
        StringBuilder scores = new StringBuilder();
        for (CertificateSnapshot.ScenarioResult r : s.results()) {
            scores.append("<tr><td>")
                    .append(escape(r.title()))
                    .append("</td><td class=\"n\">")
                    .append(percent(r.share()))
                    .append("</td></tr>");
        }
        String html = TEMPLATE.replace("{{holder}}", escape(s.holderName()))
                .replace("{{program}}", escape(s.programTitle()))
                .replace("{{description}}", escape(s.programDescription()))
                .replace("{{issuer}}", escape(s.issuer().name()))
                .replace("{{issuerUrl}}", escape(s.issuer().url()))
                .replace("{{issued}}", DATE.format(issued))
                .replace("{{expires}}", DATE.format(expires))
                .replace("{{serial}}", escape(serial))
                .replace("{{overall}}", percent(s.overallScore()))
                .replace("{{scores}}", scores)
                .replace("{{verifyUrl}}", escape(verifyUrl))
                .replace("{{qr}}", qrDataUri(verifyUrl));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> CertificateDocument.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the certificate " + serial, e);
        }
    }

    private static String qrDataUri(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 6;
            BufferedImage image = new BufferedImage(
                    matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("Cannot draw the QR code for " + text, e);
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** XHTML text: the names in a certificate come from people and must never become markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static final String TEMPLATE =
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <title>Certificate {{serial}}: {{program}}</title>
            <meta name="subject" content="Certificate of completion"/>
            <meta name="author" content="{{issuer}}"/>
            <style>
              @page { size: A4 landscape; margin: 18mm; }
              body { font-family: 'Liberation Sans'; color: #1a1a1a; }
              h1 { font-size: 30pt; margin: 0 0 4mm 0; color: #0b4f6c; }
              .lead { font-size: 13pt; margin: 0 0 2mm 0; }
              .holder { font-size: 26pt; margin: 4mm 0; }
              .program { font-size: 18pt; margin: 2mm 0 6mm 0; }
              table { border-collapse: collapse; margin: 4mm 0; }
              th, td { text-align: left; padding: 1.5mm 4mm 1.5mm 0; font-size: 11pt; }
              td.n, th.n { text-align: right; }
              .meta { font-size: 10pt; margin-top: 6mm; }
              .qr { position: absolute; right: 0; bottom: 0; width: 38mm; text-align: center; font-size: 8pt; }
              .qr img { width: 36mm; height: 36mm; }
            </style>
            </head>
            <body>
            <h1>Certificate of completion</h1>
            <p class="lead">This certifies that</p>
            <p class="holder">{{holder}}</p>
            <p class="lead">has completed the program</p>
            <p class="program">{{program}}</p>
            <p>{{description}}</p>
            <table>
            <caption>Scores: overall {{overall}}</caption>
            <thead><tr><th scope="col">Scenario</th><th scope="col" class="n">Score</th></tr></thead>
            <tbody>{{scores}}</tbody>
            </table>
            <p class="meta">Issued {{issued}} by {{issuer}} ({{issuerUrl}}). Valid until {{expires}}.<br/>
            Serial {{serial}}. Verify at {{verifyUrl}}</p>
            <div class="qr"><img src="{{qr}}" alt="QR code linking to the verification page {{verifyUrl}}"/>
            <p>Scan to verify</p></div>
            </body>
            </html>
            """;
}
