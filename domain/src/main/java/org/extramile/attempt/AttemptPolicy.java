package org.extramile.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Optional;

/** How often a scenario may be attempted: at most so many attempts, so long apart. Unlimited by default. */
@Entity
@Table(name = "attempt_policy")
public class AttemptPolicy {

    @Id
    @Column(name = "scenario_id")
    private Long scenarioId;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "cooldown_minutes")
    private Integer cooldownMinutes;

    @Version
    private long version;

    protected AttemptPolicy() {}

    AttemptPolicy(Long scenarioId) {
        this.scenarioId = scenarioId;
    }

    void change(Integer maxAttempts, Integer cooldownMinutes) {
        this.maxAttempts = maxAttempts;
        this.cooldownMinutes = cooldownMinutes;
    }

    public Optional<Integer> maxAttempts() {
        return Optional.ofNullable(maxAttempts);
    }

    public Optional<Duration> cooldown() {
        return Optional.ofNullable(cooldownMinutes).map(Duration::ofMinutes);
    }

    public Integer cooldownMinutes() {
        return cooldownMinutes;
    }
}
