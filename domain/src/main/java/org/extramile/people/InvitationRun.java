package org.extramile.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.extramile.shared.Progress;

/** A bulk invitation run in the background, from its start to its end: how far it is, then what it did. */
@Entity
@Table(name = "invitation_run")
class InvitationRun {

    private static final int MAX_FAILURE = 2000;

    @Id
    private UUID id;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvitationStatus status;

    /** Those who could not log in when it started: the bar's end. */
    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int looked;

    @Column(nullable = false)
    private int mailed;

    @Column(name = "still_working", nullable = false)
    private int stillWorking;

    @Column(length = MAX_FAILURE)
    private String failure;

    @ElementCollection
    @CollectionTable(name = "invitation_run_without_email", joinColumns = @JoinColumn(name = "run_id"))
    @Column(name = "employee_number", nullable = false, length = 32)
    private List<String> withoutEmail = new ArrayList<>();

    protected InvitationRun() {}

    InvitationRun(UUID id, String startedBy, Instant startedAt, int total) {
        this.id = id;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.total = total;
        this.status = InvitationStatus.RUNNING;
    }

    void reached(int looked, int total) {
        this.looked = looked;
        this.total = total;
    }

    void done(BulkInvitation result, Instant at) {
        this.status = InvitationStatus.DONE;
        this.mailed = result.mailed();
        this.stillWorking = result.linkStillWorks();
        this.withoutEmail = new ArrayList<>(result.withoutEmail());
        this.endedAt = at;
    }

    void failed(String why, Instant at) {
        this.status = InvitationStatus.FAILED;
        this.failure = why.length() > MAX_FAILURE ? why.substring(0, MAX_FAILURE) : why;
        this.endedAt = at;
    }

    InvitationRunView view() {
        return new InvitationRunView(
                id,
                status,
                Progress.of(looked, total),
                status == InvitationStatus.DONE
                        ? new BulkInvitation(
                                mailed,
                                stillWorking,
                                withoutEmail.stream().sorted().toList())
                        : null,
                startedBy,
                startedAt,
                endedAt,
                failure);
    }
}
