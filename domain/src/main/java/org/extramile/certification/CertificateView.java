package org.extramile.certification;

import java.time.Instant;
import java.util.List;

/**
 * A certificate as anyone may verify it: every field printed on its PDF, its standing, and the PDF's SHA-256. The
 * employee number stays private to the holder and HR.
 */
public record CertificateView(
        String serial,
        String status,
        String holderName,
        String program,
        String programTitle,
        Issuer issuer,
        Instant issuedAt,
        Instant expiresAt,
        double overallScore,
        List<CertificateSnapshot.ScenarioResult> results,
        Instant revokedAt,
        String revocationReason,
        String supersededBy,
        String reissueOf,
        String pdfSha256,
        String verificationUrl) {

    static CertificateView of(Certificate c, Instant now, Links links) {
        CertificateSnapshot s = c.snapshot();
        return new CertificateView(
                c.serial(),
                c.standing(now),
                s.holderName(),
                s.programSlug(),
                s.programTitle(),
                s.issuer(),
                c.issuedAt(),
                c.expiresAt(),
                s.overallScore(),
                s.results(),
                c.revokedAt(),
                c.revocationReason(),
                c.supersededBy(),
                c.reissueOf(),
                c.pdfSha256(),
                links.verification(c.serial()));
    }
}
