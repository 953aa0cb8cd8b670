package org.extramile.certification;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trainee's way to one program's certificate: each required scenario with the best share of points passed since
 * their latest certificate of it ({@code countedSince} that certificate's issue, null if they never held one), how
 * many are passed and their average, the average the program asks for (null if none), and the certificate they
 * hold in force ({@code certificate}, {@code validUntil}; null if none). {@code dueBy}: by when the program asks them to
 * first earn it, counted from their hire date or as HR extended it ({@code extended}; null without a deadline, a
 * hire date, or once they have held one of its certificates: renewing is the expiry's business); {@code overdue} once
 * that day has passed.
 */
public record ProgressView(
        String program,
        String title,
        String description,
        List<ScenarioProgress> scenarios,
        Instant countedSince,
        int passed,
        Double average,
        Double minAverage,
        String certificate,
        Instant validUntil,
        LocalDate dueBy,
        boolean overdue,
        boolean extended)
        implements Serializable {

    public ProgressView {
        scenarios = List.copyOf(scenarios);
    }

    static ProgressView of(
            Program program,
            List<ScenarioProgress> scenarios,
            Double minAverage,
            Certificate latest,
            Certificate inForce,
            LocalDate hired,
            LocalDate extendedTo,
            LocalDate today) {
        boolean extended =
                latest == null && extendedTo != null && program.dueBy(hired).isPresent();
        LocalDate dueBy = latest != null
                ? null
                : extended ? extendedTo : program.dueBy(hired).orElse(null);
        List<Double> passes = scenarios.stream()
                .filter(ScenarioProgress::passed)
                .map(ScenarioProgress::best)
                .toList();
        Double average = passes.isEmpty()
                ? null
                : passes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new ProgressView(
                program.slug(),
                program.title(),
                program.description(),
                scenarios,
                latest == null ? null : latest.issuedAt(),
                passes.size(),
                average,
                minAverage,
                inForce == null ? null : inForce.serial(),
                inForce == null ? null : inForce.expiresAt(),
                dueBy,
                dueBy != null && today.isAfter(dueBy),
                extended);
    }

    /** One required scenario: {@code best} is the best share of points passed, null while not passed. */
    public record ScenarioProgress(String slug, String title, boolean passed, Double best) implements Serializable {}
}
