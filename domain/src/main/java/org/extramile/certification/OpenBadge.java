package org.extramile.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as an Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials data model 2.0), and the
 * JWT claims that secure it: the credential is the payload, and iss, jti, sub, nbf and exp mirror its issuer, id,
 * subject, validFrom and validUntil (VC-JOSE).
 */
final class OpenBadge {

    static final String TYPE = "vc+jwt";

    private OpenBadge() {}

    static Map<String, Object> claims(Certificate certificate, String subjectId, Links links) {
        Map<String, Object> credential = credential(certificate, subjectId, links);
        Map<String, Object> claims = new LinkedHashMap<>(credential);
        claims.put("iss", links.issuer(certificate.snapshot().programSlug()));
        claims.put("jti", credential.get("id"));
        claims.put("sub", subjectId);
        claims.put("nbf", certificate.issuedAt().getEpochSecond());
        claims.put("exp", certificate.expiresAt().getEpochSecond());
        return claims;
    }

    static Map<String, Object> credential(Certificate certificate, String subjectId, Links links) {
        CertificateSnapshot s = certificate.snapshot();
        String achievementId = links.achievement(s.programSlug());
        List<Object> descriptions = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        for (CertificateSnapshot.ScenarioResult r : s.results()) {
            String descriptionId = achievementId + "#" + r.scenario();
            descriptions.add(ordered(
                    "id",
                    descriptionId,
                    "type",
                    List.of("ResultDescription"),
                    "name",
                    r.title(),
                    "resultType",
                    "Percent"));
            results.add(ordered(
                    "type", List.of("Result"),
                    "resultDescription", descriptionId,
                    "value", Long.toString(Math.round(r.share() * 100))));
        }
        Map<String, Object> achievement = ordered(
                "id", achievementId,
                "type", List.of("Achievement"),
                "achievementType", "Certificate",
                "name", s.programTitle(),
                "description", s.programDescription(),
                "criteria", Map.of("narrative", s.criteria()),
                "resultDescription", descriptions);
        Map<String, Object> issuer = ordered(
                "id", links.issuer(s.programSlug()),
                "type", List.of("Profile"),
                "name", s.issuer().name(),
                "url", s.issuer().url());
        if (s.issuer().logoUrl() != null) {
            issuer.put("image", Map.of("id", s.issuer().logoUrl(), "type", "Image"));
        }
        Map<String, Object> credential = ordered(
                "@context",
                        List.of(
                                "https://www.w3.org/ns/credentials/v2",
                                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                "id", links.credential(certificate.serial()),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"),
                "name", s.programTitle(),
                "issuer", issuer,
                "validFrom", iso(certificate.issuedAt()),
                "validUntil", iso(certificate.expiresAt()));
        credential.put(
                "credentialSubject",
                ordered(
                        "id", subjectId,
                        "type", List.of("AchievementSubject"),
                        "achievement", achievement,
                        "result", results));
        credential.put(
                "credentialStatus",
                ordered(
                        "id",
                        links.statusList() + "#" + certificate.statusIndex(),
                        "type",
                        "BitstringStatusListEntry",
                        "statusPurpose",
                        "revocation",
                        "statusListIndex",
                        Integer.toString(certificate.statusIndex()),
                        "statusListCredential",
                        links.statusList()));
        return credential;
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
