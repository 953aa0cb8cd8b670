package org.extramile.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.extramile.scenario.Script;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;

/** The editable rubric of one scenario. Its version guards against two authors overwriting each other. */
@Entity
@Table(name = "rubric_draft")
public class RubricDraft {

    @Id
    @Column(name = "scenario_id")
    private Long scenarioId;

    @Convert(converter = RubricConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private Rubric content;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected RubricDraft() {}

    public RubricDraft(Long scenarioId, Rubric rubric, String by, Instant now) {
        this.scenarioId = scenarioId;
        this.content = rubric;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * Replaces the criteria, if the author edited the version that is current; a stale version means
     * someone else saved in between, and their work must not be silently lost.
     */
    public void revise(long editedVersion, Rubric rubric, Script script, String by, Instant now) {
        if (editedVersion != version) {
            throw new ConflictException(
                    "You edited version " + editedVersion + " of the draft, but it is now at version " + version
                            + " (saved by " + updatedBy + "): reload it and apply your change again.");
        }
        InvalidException.throwIfAny(rubric.violations(script));
        this.content = rubric;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long scenarioId() {
        return scenarioId;
    }

    public Rubric rubric() {
        return content;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
