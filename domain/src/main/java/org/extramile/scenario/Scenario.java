package org.extramile.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/** A role-play taken from one source story. */
@Entity
@Table(name = "scenario")
public class Scenario {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_SLUG = 80;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final double DEFAULT_PASS_MARK = 0.6;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_seq")
    @SequenceGenerator(name = "scenario_seq", sequenceName = "scenario_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_SLUG)
    private String slug;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(name = "source_story", length = 200)
    private String sourceStory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScenarioStatus status;

    @Convert(converter = ScriptConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private Script script;

    @Column(name = "pass_mark", nullable = false, precision = 4, scale = 3)
    private BigDecimal passMark;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Scenario() {}

    public Scenario(String slug, String title, String summary, String sourceStory, ScenarioStatus status, Instant now) {
        this(slug, title, summary, sourceStory, null, DEFAULT_PASS_MARK, status, now);
    }

    public Scenario(
            String slug,
            String title,
            String summary,
            String sourceStory,
            Script script,
            double passMark,
            ScenarioStatus status,
            Instant now) {
        if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "A slug is lowercase words joined by dashes, at most 80 characters: " + slug);
        }
        this.slug = slug;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(now, "now");
        retell(title, summary, sourceStory, now);
        rewrite(script == null ? Script.opening() : script, passMark, now);
    }

    /** Changes how the scenario presents itself in the catalogue. */
    public void retell(String title, String summary, String sourceStory, Instant now) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A scenario's title is 1 to 200 characters.");
        }
        if (summary == null || summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("A scenario's summary is 1 to 2000 characters.");
        }
        this.title = title.strip();
        this.summary = summary.strip();
        this.sourceStory = sourceStory;
        this.updatedAt = now;
    }

    /** Changes what happens in the role-play and the share of points that passes it. */
    public void rewrite(Script script, double passMark, Instant now) {
        InvalidException.throwIfAny(script.violations());
        if (!(passMark > 0 && passMark <= 1)) {
            throw new InvalidException(List.of(
                    new Violation("/passMark", "A pass mark is a share of the points, above 0 and at most 1.")));
        }
        this.script = script;
        this.passMark = BigDecimal.valueOf(passMark).setScale(3, RoundingMode.HALF_UP);
        this.updatedAt = now;
    }

    /** Takes the scenario out of the catalogue; its attempts and versions stay. Publishing again opens it. */
    public void archive(Instant now) {
        status = ScenarioStatus.ARCHIVED;
        updatedAt = now;
    }

    /** The scenario becomes playable once its rubric is first published. */
    public void open() {
        status = ScenarioStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Script script() {
        return script;
    }

    public double passMark() {
        return passMark.doubleValue();
    }

    public String title() {
        return title;
    }

    public String sourceStory() {
        return sourceStory;
    }

    public String slug() {
        return slug;
    }

    public ScenarioStatus status() {
        return status;
    }

    public ScenarioSummary summary() {
        return new ScenarioSummary(slug, title, summary, sourceStory, status, version);
    }
}
