package org.extramile.records;

import java.time.Instant;
import java.util.Map;

/**
 * One certificate as HR exports it. The identity columns (employee number, email, branch) are the holder's as of
 * now; the name, the program and the scores are the certificate's frozen snapshot; {@code status} is its standing
 * as of the export. {@code scores} maps each scenario slug to its share of points, in the snapshot's order.
 */
public record CertificationRecord(
        String employeeNumber,
        String name,
        String email,
        String branch,
        String program,
        String programTitle,
        String serial,
        String status,
        Instant issuedAt,
        Instant expiresAt,
        double overallScore,
        Map<String, Double> scores,
        String verificationUrl) {}
