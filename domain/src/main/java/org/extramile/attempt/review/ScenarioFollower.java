package org.extramile.attempt.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A trainer who looks after a scenario: the answers of its trainees waiting for review are theirs to settle. */
@Entity
@Table(name = "scenario_follower")
@IdClass(ScenarioFollower.Key.class)
class ScenarioFollower {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "scenario_id")
    private Long scenarioId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected ScenarioFollower() {}

    ScenarioFollower(Long accountId, Long scenarioId, Instant followedAt) {
        this.accountId = accountId;
        this.scenarioId = scenarioId;
        this.followedAt = followedAt;
    }

    /** The primary key: one row per trainer and scenario. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long accountId;
        private Long scenarioId;

        protected Key() {}

        Key(Long accountId, Long scenarioId) {
            this.accountId = accountId;
            this.scenarioId = scenarioId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(scenarioId, key.scenarioId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, scenarioId);
        }
    }
}
