package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.extramile.attempt.AttemptRepository;
import org.extramile.attempt.ReviewBacklog;
import org.extramile.jobs.JobOutcome;
import org.extramile.mail.Mail;
import org.extramile.mail.MailSettings;
import org.extramile.mail.MailTexts;
import org.extramile.mail.Outbox;
import org.extramile.people.Account;
import org.extramile.people.AccountRepository;
import org.extramile.people.Role;
import org.extramile.shared.PublicAddress;

/**
 * Tells each trainer by mail that answers the scorer was unsure of came in: a trainee's verdict stands unchecked
 * until a trainer reviews it, and nobody opens the review page every day to find out.
 */
@ApplicationScoped
public class ReviewDigest {

    @Inject
    AttemptRepository attempts;

    @Inject
    AccountRepository accounts;

    @Inject
    MailSettings mail;

    @Inject
    Outbox outbox;

    @Inject
    PublicAddress publicAddress;

    @Inject
    FollowedScenarios followed;

    /**
     * Mails every active trainer with an address who did not turn the digest off, if answers came for review since
     * {@code since}: in the scenarios they follow, or in any when they follow none.
     */
    @Transactional
    public JobOutcome send(Instant since) {
        if (!mail.enabled()) {
            return new JobOutcome(0, "nothing mailed: mail is off");
        }
        ReviewBacklog backlog = attempts.reviewBacklog(since, Optional.empty());
        if (backlog.since() == 0) {
            return new JobOutcome(
                    0,
                    "nothing mailed: no answer came for review since " + since + " (" + backlog.waiting()
                            + " waiting)");
        }
        int mailed = 0;
        for (Account trainer : accounts.mailableWithRole(Role.TRAINER)) {
            if (!trainer.wantsReviewDigest()) {
                continue;
            }
            Optional<Mail> digest = followed.followsAny(trainer.id())
                    ? followedDigest(trainer, since)
                    : Optional.of(digest(trainer, "review.digest.body", backlog, since, "/trainer/review.xhtml"));
            digest.ifPresent(outbox::queue);
            mailed += digest.isPresent() ? 1 : 0;
        }
        return new JobOutcome(
                mailed,
                mailed + " trainer(s) mailed: " + backlog.since() + " new answer(s) for review, " + backlog.waiting()
                        + " waiting");
    }

    /** The digest of the scenarios a trainer follows, if answers came in them. */
    private Optional<Mail> followedDigest(Account trainer, Instant since) {
        ReviewBacklog theirs = attempts.reviewBacklog(since, Optional.of(trainer.id()));
        return theirs.since() == 0
                ? Optional.empty()
                : Optional.of(digest(
                        trainer, "review.digest.body.followed", theirs, since, "/trainer/review.xhtml?followed=true"));
    }

    private Mail digest(Account trainer, String body, ReviewBacklog backlog, Instant since, String review) {
        MailTexts texts = mail.texts(trainer.language());
        return new Mail(
                        trainer.email().orElseThrow(),
                        texts.text("review.digest.subject", backlog.waiting()),
                        texts.text(
                                body,
                                trainer.displayName(),
                                backlog.since(),
                                texts.dateTime(since),
                                backlog.waiting(),
                                texts.dateTime(backlog.oldest()),
                                publicAddress.of(review),
                                publicAddress.of("/account.xhtml"),
                                publicAddress.of("/trainer/scenarios.xhtml")))
                .asBulk();
    }
}
