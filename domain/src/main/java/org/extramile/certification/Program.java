package org.extramile.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A named set of scenarios that earns a certificate: every one passed, and optionally a minimum average. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @Convert(converter = SlugListConverter.class)
    @Column(nullable = false, length = 4000)
    private List<String> scenarios;

    @Column(name = "min_average", precision = 4, scale = 3)
    private BigDecimal minAverage;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "due_days")
    private Integer dueDays;

    /** The day the deadline was introduced: who was hired before it has the same days from it. */
    @Column(name = "due_since")
    private LocalDate dueSince;

    @Embedded
    private Issuer issuer;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Program() {}

    Program(ProgramDefinition definition, String by, Instant now, LocalDate today) {
        this.slug = definition.slug();
        define(definition, by, now, today);
    }

    /**
     * Sets what the definition says. A deadline introduced today counts from today for those hired before (nobody is
     * late the day it is set); a deadline changed keeps the day it was introduced, a deadline removed forgets it.
     */
    void define(ProgramDefinition definition, String by, Instant now, LocalDate today) {
        this.dueSince = dueSinceIf(definition.dueDays(), today);
        this.title = definition.title().strip();
        this.description = definition.description().strip();
        this.scenarios = List.copyOf(definition.scenarios());
        this.minAverage = definition.minAverage() == null
                ? null
                : BigDecimal.valueOf(definition.minAverage()).setScale(3, RoundingMode.HALF_UP);
        this.validityMonths = definition.validityMonths();
        this.dueDays = definition.dueDays();
        this.issuer = definition.issuer();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * The day a deadline of {@code days} (null: none) would count from for those hired before, were it set today: the
     * day this program's deadline was introduced if it has one, today if it has none, null without a deadline.
     */
    public LocalDate dueSinceIf(Integer days, LocalDate today) {
        if (days == null) {
            return null;
        }
        return dueDays == null ? today : dueSince;
    }

    /** The issuer changed its name (the organisation was renamed); its address and logo stay. */
    void renameIssuer(String name, String by, Instant now) {
        this.issuer = new Issuer(name, issuer.url(), issuer.logoUrl());
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * Whether these best passing results (scenario slug to share of points) complete the program: every required
     * scenario passed, and their average at least the minimum, if there is one.
     */
    public boolean completedBy(Map<String, Double> bestPasses) {
        if (!bestPasses.keySet().containsAll(scenarios)) {
            return false;
        }
        double average =
                scenarios.stream().mapToDouble(bestPasses::get).average().orElse(0);
        return minAverage == null || average >= minAverage.doubleValue() - 1e-9;
    }

    public boolean requires(String scenario) {
        return scenarios.contains(scenario);
    }

    public Long id() {
        return id;
    }

    /** Days after hire (or after {@link #dueSince()}) by which it must be first earned; null: no deadline. */
    public Integer dueDays() {
        return dueDays;
    }

    public LocalDate dueSince() {
        return dueSince;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> scenarios() {
        return scenarios;
    }

    public int validityMonths() {
        return validityMonths;
    }

    /**
     * By when a person hired on {@code hired} must first earn the certificate: the deadline's days after the hire
     * date, or after the day the deadline was introduced for those hired before it; empty without a deadline.
     */
    public Optional<LocalDate> dueBy(LocalDate hired) {
        return dueDays == null || hired == null ? Optional.empty() : Optional.of(dueBy(hired, dueSince, dueDays));
    }

    /** The rule of {@link #dueBy(LocalDate)}, for those who read a program's columns rather than the program. */
    public static LocalDate dueBy(LocalDate hired, LocalDate dueSince, int dueDays) {
        LocalDate from = dueSince != null && hired.isBefore(dueSince) ? dueSince : hired;
        return from.plusDays(dueDays);
    }

    public Issuer issuer() {
        return issuer;
    }

    public long version() {
        return version;
    }

    /** What the certificate's achievement says it took, in words. */
    public String criteriaNarrative() {
        String rule = "Pass every one of these role-play scenarios: " + String.join(", ", scenarios) + ".";
        return minAverage == null
                ? rule
                : rule + " Their best scores must average at least " + Math.round(minAverage.doubleValue() * 100)
                        + "%.";
    }

    public ProgramView view() {
        return new ProgramView(
                slug,
                title,
                description,
                scenarios,
                minAverage == null ? null : minAverage.doubleValue(),
                validityMonths,
                dueDays,
                dueSince,
                issuer,
                version,
                updatedAt,
                updatedBy);
    }
}
