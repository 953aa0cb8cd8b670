package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.extramile.attempt.Attempt;
import org.extramile.attempt.AttemptResult;
import org.extramile.mail.Mail;
import org.extramile.mail.MailSettings;
import org.extramile.mail.MailTexts;
import org.extramile.mail.Outbox;
import org.extramile.people.Account;
import org.extramile.scenario.Scenario;
import org.extramile.shared.PublicAddress;

/**
 * Tells a trainee by mail that a trainer settled the last doubt about a finished attempt: until then its result was
 * marked "may still change", and nobody opens their history every day to see whether it did.
 */
@ApplicationScoped
class ReviewedMail {

    @Inject
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    PublicAddress publicAddress;

    /** Queued in the transaction of the review that settled it; nothing when the trainee has no address. */
    void settled(Attempt attempt, Scenario scenario, AttemptResult result) {
        Account trainee = em.find(Account.class, attempt.accountId());
        MailTexts texts = settings.texts(trainee.language());
        trainee.email()
                .ifPresent(to -> outbox.queue(new Mail(
                        to,
                        texts.text("review.done.subject", scenario.title()),
                        texts.text(
                                "review.done.body",
                                trainee.displayName(),
                                scenario.title(),
                                texts.date(attempt.startedAt()),
                                texts.text(result.passed() ? "review.done.passed" : "review.done.failed"),
                                result.points(),
                                result.maxPoints(),
                                publicAddress.of("/play.xhtml?attempt=" + attempt.id())))));
    }
}
