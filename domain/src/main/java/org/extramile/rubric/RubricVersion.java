package org.extramile.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.extramile.scenario.Script;
import org.hibernate.annotations.Immutable;

/**
 * A published rubric, frozen with the script it scores and the pass mark: every attempt records
 * the version that scored it, so a score can always be reproduced. Never changed once written.
 */
@Entity
@Immutable
@Table(name = "rubric_version")
public class RubricVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_version_seq")
    @SequenceGenerator(name = "rubric_version_seq", sequenceName = "rubric_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scenario_id", nullable = false)
    private Long scenarioId;

    @Column(nullable = false)
    private int number;

    @Convert(converter = RubricConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private Rubric content;

    @Convert(converter = org.extramile.scenario.ScriptConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private Script script;

    @Column(name = "pass_mark", nullable = false, precision = 4, scale = 3)
    private BigDecimal passMark;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    protected RubricVersion() {}

    RubricVersion(Long scenarioId, int number, Rubric rubric, Script script, double passMark, String by, Instant now) {
        this.scenarioId = scenarioId;
        this.number = number;
        this.content = rubric;
        this.script = script;
        this.passMark = BigDecimal.valueOf(passMark).setScale(3, RoundingMode.HALF_UP);
        this.publishedBy = by;
        this.publishedAt = now;
    }

    Long scenarioId() {
        return scenarioId;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Rubric rubric() {
        return content;
    }

    public Script script() {
        return script;
    }

    public double passMark() {
        return passMark.doubleValue();
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    /** Whether this version froze exactly this rubric, script and pass mark. */
    boolean freezes(Rubric rubric, Script script, double passMark) {
        return content.equals(rubric)
                && this.script.equals(script)
                && this.passMark.compareTo(BigDecimal.valueOf(passMark).setScale(3, RoundingMode.HALF_UP)) == 0;
    }

    public PublishedVersion summary() {
        return new PublishedVersion(number, publishedAt, publishedBy);
    }
}
