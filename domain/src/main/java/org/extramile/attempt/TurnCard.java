package org.extramile.attempt;

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
import java.time.Instant;
import java.util.UUID;
import org.extramile.scoring.ScoreCard;
import org.hibernate.annotations.Immutable;

/** A score card a turn has had, kept for good: a past result can always be traced. */
@Entity
@Immutable
@Table(name = "turn_card")
public class TurnCard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "turn_card_seq")
    @SequenceGenerator(name = "turn_card_seq", sequenceName = "turn_card_seq", allocationSize = 50)
    private Long id;

    @Column(name = "turn_id", nullable = false)
    private UUID turnId;

    @Column(name = "rubric_version_id", nullable = false)
    private Long rubricVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardSource source;

    @Convert(converter = ScoreCardConverter.class)
    @Column(nullable = false, length = 1_000_000)
    private ScoreCard card;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected TurnCard() {}

    public TurnCard(Turn turn, CardSource source, String by, Instant now) {
        this.turnId = turn.id();
        this.rubricVersionId = turn.rubricVersionId();
        this.source = source;
        this.card = turn.card();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public UUID turnId() {
        return turnId;
    }

    public Long rubricVersionId() {
        return rubricVersionId;
    }

    public CardSource source() {
        return source;
    }

    public ScoreCard card() {
        return card;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
