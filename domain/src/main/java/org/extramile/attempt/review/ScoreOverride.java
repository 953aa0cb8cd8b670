package org.extramile.attempt.review;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.extramile.attempt.ScoreCardConverter;
import org.extramile.scoring.ScoreCard;
import org.hibernate.annotations.Immutable;

/** The audit of a trainer's override of one criterion on one turn: who, when, before, after and why. */
@Entity
@Immutable
@Table(name = "score_override")
public class ScoreOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_override_seq")
    @SequenceGenerator(name = "score_override_seq", sequenceName = "score_override_seq", allocationSize = 50)
    private Long id;

    @Column(name = "turn_id", nullable = false)
    private UUID turnId;

    @Column(nullable = false, length = 60)
    private String criterion;

    @Column(name = "level_before", nullable = false, length = 60)
    private String levelBefore;

    @Column(name = "level_after", nullable = false, length = 60)
    private String levelAfter;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Convert(converter = ScoreCardConverter.class)
    @Column(name = "card_before", nullable = false, length = 1_000_000)
    private ScoreCard cardBefore;

    @Convert(converter = ScoreCardConverter.class)
    @Column(name = "card_after", nullable = false, length = 1_000_000)
    private ScoreCard cardAfter;

    @Column(name = "overridden_by", nullable = false, length = 64)
    private String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    private Instant overriddenAt;

    protected ScoreOverride() {}

    ScoreOverride(
            UUID turnId,
            String criterion,
            String levelBefore,
            String levelAfter,
            String reason,
            ScoreCard cardBefore,
            ScoreCard cardAfter,
            String by,
            Instant at) {
        this.turnId = turnId;
        this.criterion = criterion;
        this.levelBefore = levelBefore;
        this.levelAfter = levelAfter;
        this.reason = reason;
        this.cardBefore = cardBefore;
        this.cardAfter = cardAfter;
        this.overriddenBy = by;
        this.overriddenAt = at;
    }

    OverrideView view(UUID attemptId) {
        return new OverrideView(
                attemptId,
                turnId,
                criterion,
                levelBefore,
                levelAfter,
                cardBefore.points(),
                cardAfter.points(),
                reason,
                overriddenBy,
                overriddenAt);
    }
}
