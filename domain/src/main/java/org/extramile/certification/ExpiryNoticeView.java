package org.extramile.certification;

import java.time.Duration;
import java.time.Instant;

/**
 * A certificate that expires soon, as its holder and HR are told: when it expires, the day to renew it by (the day
 * before, so the program passed again issues the new certificate while the old one still stands), which window's
 * notice this is and when it was written.
 */
public record ExpiryNoticeView(
        String serial,
        String holderName,
        String employeeNumber,
        String program,
        String programTitle,
        int windowDays,
        Instant expiresAt,
        Instant renewBy,
        Instant noticedAt) {

    static ExpiryNoticeView of(ExpiryNotice notice, Certificate certificate, String employeeNumber) {
        CertificateSnapshot snapshot = certificate.snapshot();
        return new ExpiryNoticeView(
                certificate.serial(),
                snapshot.holderName(),
                employeeNumber,
                snapshot.programSlug(),
                snapshot.programTitle(),
                notice.windowDays(),
                certificate.expiresAt(),
                certificate.expiresAt().minus(Duration.ofDays(1)),
                notice.noticedAt());
    }
}
