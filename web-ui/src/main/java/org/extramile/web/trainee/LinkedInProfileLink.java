package org.extramile.web.trainee;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.extramile.certification.CertificateView;

/**
 * LinkedIn's "add to profile" address for a certificate: the form of the profile's licences and certifications, filled
 * in with the program, the issuer, the dates and the verification link, so that whoever reads the profile can check
 * the certificate. Only a valid certificate is offered: one revoked, expired or superseded is nothing to show.
 */
final class LinkedInProfileLink {

    private static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private LinkedInProfileLink() {}

    static Optional<String> of(CertificateView certificate, ZoneId zone) {
        if (!"valid".equals(certificate.status())) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("startTask", "CERTIFICATION_NAME");
        fields.put("name", certificate.programTitle());
        fields.put("organizationName", certificate.issuer().name());
        putMonth(fields, "issue", certificate.issuedAt(), zone);
        putMonth(fields, "expiration", certificate.expiresAt(), zone);
        fields.put("certUrl", certificate.verificationUrl());
        fields.put("certId", certificate.serial());
        return Optional.of(ADD_TO_PROFILE + "?"
                + fields.entrySet().stream()
                        .map(field ->
                                field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    /** LinkedIn takes a year and a month, as the holder's calendar reads the day; a certificate may never expire. */
    private static void putMonth(Map<String, String> fields, String prefix, Instant at, ZoneId zone) {
        if (at != null) {
            ZonedDateTime day = at.atZone(zone);
            fields.put(prefix + "Year", String.valueOf(day.getYear()));
            fields.put(prefix + "Month", String.valueOf(day.getMonthValue()));
        }
    }
}
