package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.extramile.shared.PublicAddress;
import org.junit.jupiter.api.Test;

class OpenBadgeTest {

    private final Links links = links("https://training.example.org/");

    @Test
    void shouldMirrorTheCredentialInTheRegisteredClaims() throws Exception {
        Certificate certificate = certificate();

        Map<String, Object> claims = OpenBadge.claims(certificate, "urn:extramile:person:sam", links);

        assertThat(claims.get("@context"))
                .isEqualTo(List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(claims.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(claims.get("jti")).isEqualTo(claims.get("id"));
        assertThat(claims.get("id"))
                .isEqualTo("https://training.example.org/api/certificates/XM-0123-4567-89AB-C/credential");
        assertThat(claims.get("iss")).isEqualTo(((Map<?, ?>) claims.get("issuer")).get("id"));
        assertThat(claims.get("sub")).isEqualTo("urn:extramile:person:sam");
        assertThat(claims.get("nbf"))
                .isEqualTo(Instant.parse("2026-11-29T09:00:00Z").getEpochSecond());
        assertThat(claims.get("validUntil")).isEqualTo("2027-11-29T09:00:00Z");
        Map<?, ?> subject = (Map<?, ?>) claims.get("credentialSubject");
        assertThat(((Map<?, ?>) subject.get("achievement")).get("name")).isEqualTo("Customer Experience Essentials");
        assertThat((List<?>) subject.get("result")).hasSize(2);
        assertThat(((Map<?, ?>) claims.get("credentialStatus")).get("statusListIndex"))
                .isEqualTo("7");

        ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), JWTClaimsSet.parse(claims));
        jwt.sign(new ECDSASigner(key));
        SignedJWT parsed = SignedJWT.parse(jwt.serialize());
        assertThat(parsed.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
        assertThat(parsed.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(certificate.expiresAt());
    }

    @Test
    void shouldSetTheBitOfAWithdrawnCertificateInAListThatHidesWho() throws Exception {
        java.util.BitSet withdrawn = new java.util.BitSet();
        withdrawn.set(3);
        String encoded = StatusList.encode(withdrawn, 10);

        assertThat(encoded).startsWith("u");
        byte[] bytes = new GZIPInputStream(
                        new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertThat(bytes).hasSize(131_072 / 8);
        assertThat(bytes[0]).isEqualTo((byte) 0b0001_0000);
        assertThat(bytes[1]).isZero();
    }

    static Certificate certificate() {
        return new Certificate(
                "XM-0123-4567-89AB-C",
                1L,
                1L,
                CertificateDocumentTest.SNAPSHOT,
                Instant.parse("2026-11-29T09:00:00Z"),
                Instant.parse("2027-11-29T09:00:00Z"),
                7,
                null);
    }

    static Links links(String base) {
        Links links = new Links();
        links.address = PublicAddress.at(base);
        return links;
    }
}
