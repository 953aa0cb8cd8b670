package org.extramile.certification;

import java.time.Instant;
import java.util.List;
import org.extramile.people.Account;

/**
 * What a certificate certifies, frozen at issue: later changes to the holder's name, the program or a rubric never
 * reach it. {@code overallScore} is the mean of the scenarios' shares of points.
 */
public record CertificateSnapshot(
        String holderName,
        String employeeNumber,
        String programSlug,
        String programTitle,
        String programDescription,
        String criteria,
        Issuer issuer,
        List<ScenarioResult> results,
        double overallScore) {

    /** This snapshot naming nobody: its holder's personal data was erased. */
    CertificateSnapshot erased() {
        return new CertificateSnapshot(
                Account.ERASED,
                null,
                programSlug,
                programTitle,
                programDescription,
                criteria,
                issuer,
                results,
                overallScore);
    }

    /** The best passing attempt of one required scenario, and the rubric version that scored it. */
    public record ScenarioResult(String scenario, String title, double share, int rubricVersion, Instant passedAt) {}

    public CertificateSnapshot {
        results = List.copyOf(results);
    }
}
