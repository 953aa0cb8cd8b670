package org.extramile.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.extramile.people.PersonErased;

/** One mail in the outbox: waiting, sent, or given up after its last attempt failed. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    /**
     * The waits after each failed attempt: an SMTP server restarting is back within minutes, one misconfigured within
     * hours, once an administrator has read the jobs page; after the last, some two days on, the mail is given up.
     */
    static final List<Duration> RETRIES = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofHours(24));

    private static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    /** Kept only while the mail waits: it may hold a link that lets its reader choose a password. */
    @Column(length = 20000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    @Column(nullable = false)
    private boolean bulk;

    protected OutgoingMail() {}

    /** If the mail is about an erased person, names them by their pseudonym instead; whether it was. */
    boolean scrub(PersonErased erased) {
        if (!erased.isAbout(subject) && !erased.isAbout(body)) {
            return false;
        }
        subject = erased.scrub(subject);
        body = erased.scrub(body);
        return true;
    }

    OutgoingMail(Mail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.bulk = mail.bulk();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    Long id() {
        return id;
    }

    Mail mail() {
        return new Mail(recipient, subject, body, bulk);
    }

    int attempts() {
        return attempts;
    }

    boolean waiting() {
        return sentAt == null && givenUpAt == null;
    }

    boolean givenUp() {
        return givenUpAt != null;
    }

    void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
        body = null;
    }

    /** An attempt failed: tried again after the next wait, or given up after the last (or at once, if hopeless). */
    void failed(Instant now, String error, boolean hopeless) {
        attempts++;
        lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (hopeless || attempts > RETRIES.size()) {
            givenUpAt = now;
            body = null;
        } else {
            nextAttemptAt = now.plus(RETRIES.get(attempts - 1));
        }
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    MailStatus status() {
        return sentAt != null ? MailStatus.SENT : givenUpAt != null ? MailStatus.GIVEN_UP : MailStatus.WAITING;
    }

    OutgoingMailView view() {
        MailStatus status = status();
        return new OutgoingMailView(
                id,
                recipient,
                subject,
                status,
                createdAt,
                attempts,
                status == MailStatus.WAITING ? nextAttemptAt : null,
                sentAt,
                givenUpAt,
                lastError);
    }
}
