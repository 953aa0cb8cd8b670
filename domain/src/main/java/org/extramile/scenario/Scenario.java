package org.extramile.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A role-play taken from one source story. */
@Entity
@Table(name = "scenario")
public class Scenario {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_SLUG = 80;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;

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

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Scenario() {}

    public Scenario(String slug, String title, String summary, String sourceStory, ScenarioStatus status, Instant now) {
        if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "A slug is lowercase words joined by dashes, at most 80 characters: " + slug);
        }
        this.slug = slug;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(now, "now");
        retell(title, summary, sourceStory, now);
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
