package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import it.support.Api;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A trainee completes Customer Experience Essentials over REST and gets exactly one certificate: its PDF, its
 * public verification, its signed credential, and what HR can do to it afterwards.
 */
class CertificateIssuingIT extends OverHttp {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldIssueOneCertificateWhenTheLastRequiredScenarioIsPassed() throws Exception {
        String trainee = Trainees.create("certified");
        plays.pass(trainee, "free-upgrade");
        plays.pass(trainee, "fetch-from-another-branch");
        assertThat(mine(trainee)).isEmpty();
        JsonObject halfway = essentials(trainee);
        assertThat(halfway.getInt("passed")).isEqualTo(2);
        assertThat(halfway).doesNotContainKey("certificate");
        assertThat(halfway).doesNotContainKey("countedSince");
        assertThat(halfway.getJsonArray("scenarios").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("slug") + ":" + s.getBoolean("passed"))
                .containsExactly("free-upgrade:true", "fetch-from-another-branch:true", "buy-the-missing-drink:false");
        assertThat(halfway.getJsonArray("scenarios")
                        .getJsonObject(0)
                        .getJsonNumber("best")
                        .doubleValue())
                .isGreaterThan(0.5);

        plays.pass(trainee, "buy-the-missing-drink");
        plays.pass(trainee, "free-upgrade");

        JsonArray certificates = mine(trainee);
        assertThat(certificates).hasSize(1);
        assertThat(count(trainee)).isEqualTo(1);
        JsonObject certificate = certificates.getJsonObject(0);
        assertThat(certificate.getString("status")).isEqualTo("valid");
        assertThat(essentials(trainee).getString("certificate")).isEqualTo(certificate.getString("serial"));
        assertThat(essentials(trainee).getString("validUntil")).isEqualTo(certificate.getString("expiresAt"));
        assertThat(certificate.getString("program")).isEqualTo("cx-essentials");
        assertThat(certificate.getJsonArray("results")).hasSize(3);
        String serial = certificate.getString("serial");

        byte[] pdf = api.bytes("/api/certificates/" + serial + "/pdf", trainee);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Trainee " + trainee).contains(serial).contains("Customer Experience Essentials");
        }

        Api.Reply verified = api.get("/api/certificates/" + serial.toLowerCase(), null);
        assertThat(verified.status()).isEqualTo(200);
        JsonObject view = verified.json().asJsonObject();
        assertThat(view.getString("holderName")).isEqualTo("Trainee " + trainee);
        assertThat(view.getString("pdfSha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(view.getString("verificationUrl")).endsWith("/verify/" + serial);

        String other = Trainees.create("nosy");
        assertThat(api.get("/api/certificates/" + serial + "/pdf", other, "application/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(api.bytes("/api/certificates/" + serial + "/pdf", "hr")).isEqualTo(pdf);
    }

    @Test
    void shouldSignTheCredentialWithAKeyFromTheJwks() throws Exception {
        String trainee = Trainees.create("badge");
        RolePlays.ESSENTIALS.forEach(slug -> plays.pass(trainee, slug));
        String serial = mine(trainee).getJsonObject(0).getString("serial");

        Api.Reply credential = api.get("/api/certificates/" + serial + "/credential", trainee, "application/vc+jwt");
        assertThat(credential.status()).as(credential.toString()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(credential.body());
        JWKSet jwks = JWKSet.parse(api.get("/.well-known/jwks.json", null).body());
        ECKey key = (ECKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();

        Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
        assertThat(claims.get("type").toString()).contains("OpenBadgeCredential");
        assertThat(claims.get("jti")).isEqualTo(claims.get("id"));
        Map<?, ?> subject = (Map<?, ?>) claims.get("credentialSubject");
        assertThat(((Map<?, ?>) subject.get("achievement")).get("name")).isEqualTo("Customer Experience Essentials");

        String[] parts = credential.body().split("\\.");
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new Payload(jwt.getPayload().toString().replace("Essentials", "Mastery")).toBytes());
        assertThat(forged).isNotEqualTo(parts[1]);
        JWSObject tampered = JWSObject.parse(parts[0] + "." + forged + "." + parts[2]);
        assertThat(tampered.verify(new ECDSAVerifier(key))).isFalse();
    }

    @Test
    void shouldShowARevocationInVerificationAndTheStatusList() throws Exception {
        String trainee = Trainees.create("revoked");
        RolePlays.ESSENTIALS.forEach(slug -> plays.pass(trainee, slug));
        String serial = mine(trainee).getJsonObject(0).getString("serial");

        assertThat(api.postJson("/api/certificates/" + serial + "/revoke", trainee, "{\"reason\": \"mine\"}")
                        .status())
                .isEqualTo(403);
        Api.Reply noReason = api.postJson("/api/certificates/" + serial + "/revoke", "hr", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("/reason");
        assertThat(statusBit(serial)).isFalse();

        Api.Reply revoked = api.postJson(
                "/api/certificates/" + serial + "/revoke", "hr", "{\"reason\": \"Issued to the wrong person\"}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

        JsonObject view = api.get("/api/certificates/" + serial, null).json().asJsonObject();
        assertThat(view.getString("status")).isEqualTo("revoked");
        assertThat(view.getString("revocationReason")).isEqualTo("Issued to the wrong person");
        assertThat(view.getString("revokedAt")).isNotBlank();
        assertThat(statusBit(serial)).isTrue();
        assertThat(api.postJson("/api/certificates/" + serial + "/revoke", "hr", "{\"reason\": \"again\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/audit?action=CERTIFICATE_REVOKE", "hr").body())
                .contains(serial)
                .contains("Issued to the wrong person");
    }

    @Test
    void shouldReissueUnderANewSerialAndRecertifyAfterExpiry() throws Exception {
        String trainee = Trainees.create("expired");
        RolePlays.ESSENTIALS.forEach(slug -> plays.pass(trainee, slug));
        String serial = mine(trainee).getJsonObject(0).getString("serial");

        Api.Reply reissued =
                api.postJson("/api/certificates/" + serial + "/reissue", "hr", "{\"reason\": \"Name corrected\"}");
        assertThat(reissued.status()).as(reissued.toString()).isEqualTo(200);
        String next = reissued.json().asJsonObject().getString("serial");
        assertThat(next).isNotEqualTo(serial);
        JsonObject old = api.get("/api/certificates/" + serial, null).json().asJsonObject();
        assertThat(old.getString("status")).isEqualTo("superseded");
        assertThat(old.getString("supersededBy")).isEqualTo(next);

        TestDatabase.updateOne("update certificate set expires_at = now() - interval '1 day' where serial = ?", next);
        assertThat(api.get("/api/certificates/" + next, null)
                        .json()
                        .asJsonObject()
                        .getString("status"))
                .isEqualTo("expired");
        assertThat(mine(trainee)).hasSize(2);
        JsonObject renewal = essentials(trainee);
        assertThat(renewal).doesNotContainKey("certificate");
        assertThat(renewal.getInt("passed"))
                .as("passes before the certificate count no more")
                .isZero();
        assertThat(renewal).containsKey("countedSince");

        RolePlays.ESSENTIALS.forEach(slug -> plays.pass(trainee, slug));
        JsonArray history = mine(trainee);
        assertThat(history).as("recertified, every earlier certificate kept").hasSize(3);
        assertThat(history.getJsonObject(0).getString("status")).isEqualTo("valid");
        assertThat(history.getJsonObject(0).getString("serial")).isNotIn(serial, next);
    }

    /** The trainee's way to Customer Experience Essentials, as the scenarios page shows it. */
    private JsonObject essentials(String trainee) {
        Api.Reply reply = api.get("/api/me/programs", trainee);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("program").equals("cx-essentials"))
                .findFirst()
                .orElseThrow();
    }

    private JsonArray mine(String trainee) {
        return api.get("/api/me/certificates", trainee).json().asJsonArray();
    }

    private static int count(String trainee) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from certificate c join account a on a.id = c.account_id where a.username = ?")) {
            query.setString(1, trainee);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private boolean statusBit(String serial) throws Exception {
        int index;
        try (Connection db = TestDatabase.connect();
                PreparedStatement query =
                        db.prepareStatement("select status_index from certificate where serial = ?")) {
            query.setString(1, serial);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                index = rows.getInt(1);
            }
        }
        String encoded = api.get("/api/credentials/status/revocation", null)
                .json()
                .asJsonObject()
                .getJsonObject("credentialSubject")
                .getString("encodedList");
        byte[] bits = new GZIPInputStream(
                        new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
