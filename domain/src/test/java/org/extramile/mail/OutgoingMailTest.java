package org.extramile.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant QUEUED = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void shouldWaitLongerAfterEachFailureAndGiveUpAfterSomeTwoDays() {
        OutgoingMail mail = new OutgoingMail(new Mail("ann@example.com", "Subject", "Body"), QUEUED);
        assertThat(mail.nextAttemptAt()).isEqualTo(QUEUED);
        Instant now = QUEUED;
        Duration waited = Duration.ZERO;
        for (Duration wait : OutgoingMail.RETRIES) {
            mail.failed(now, "451 try again later", false);
            assertThat(mail.waiting()).isTrue();
            assertThat(mail.nextAttemptAt()).isEqualTo(now.plus(wait));
            now = mail.nextAttemptAt();
            waited = waited.plus(wait);
        }
        mail.failed(now, "451 try again later", false);

        assertThat(mail.givenUp()).isTrue();
        assertThat(mail.waiting()).isFalse();
        assertThat(mail.attempts()).isEqualTo(OutgoingMail.RETRIES.size() + 1);
        assertThat(waited).isBetween(Duration.ofHours(40), Duration.ofHours(50));
    }

    @Test
    void shouldGiveUpAtOnceOnAnAddressNoAttemptCanReach() {
        OutgoingMail mail = new OutgoingMail(new Mail("no-such-person@example.com", "Subject", "Body"), QUEUED);

        mail.failed(QUEUED, "550 5.1.1 mailbox unknown", true);

        assertThat(mail.givenUp()).isTrue();
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.mail().body()).as("what it said goes with it").isNull();
    }

    @Test
    void shouldForgetTheErrorAndTheBodyOnceSent() {
        OutgoingMail mail = new OutgoingMail(new Mail("ann@example.com", "Subject", "Body"), QUEUED);
        mail.failed(QUEUED, "x".repeat(2000), false);
        mail.sent(QUEUED.plusSeconds(60));

        assertThat(mail.waiting()).isFalse();
        assertThat(mail.givenUp()).isFalse();
        assertThat(mail.attempts()).isEqualTo(2);
        assertThat(mail.mail().body())
                .as("a link it held opens nothing from a copy of the database")
                .isNull();
    }

    @Test
    void shouldShowAnAdministratorHowItsDeliveryGoesAndWhenItIsTriedAgain() {
        OutgoingMail mail = new OutgoingMail(new Mail("ann@example.com", "Subject", "Body"), QUEUED);
        mail.failed(QUEUED, "Cannot reach the SMTP server", false);

        OutgoingMailView waiting = mail.view();
        assertThat(waiting.status()).isEqualTo(MailStatus.WAITING);
        assertThat(waiting.nextAttemptAt()).isEqualTo(QUEUED.plus(OutgoingMail.RETRIES.get(0)));
        assertThat(waiting.lastError()).isEqualTo("Cannot reach the SMTP server");

        mail.failed(QUEUED.plusSeconds(60), "550 5.1.1 mailbox unknown", true);
        OutgoingMailView givenUp = mail.view();
        assertThat(givenUp.status()).isEqualTo(MailStatus.GIVEN_UP);
        assertThat(givenUp.givenUpAt()).isEqualTo(QUEUED.plusSeconds(60));
        assertThat(givenUp.nextAttemptAt()).as("never tried again").isNull();
        assertThat(givenUp.lastError()).isEqualTo("550 5.1.1 mailbox unknown");
        assertThat(givenUp.attempts()).isEqualTo(2);
    }

    @Test
    void shouldNameItsStatusAsAQueryParameterDoes() {
        assertThat(MailStatus.GIVEN_UP.parameter()).isEqualTo("given-up");
        assertThat(MailStatus.ofParameter("given-up")).contains(MailStatus.GIVEN_UP);
        assertThat(MailStatus.ofParameter("GIVEN_UP")).isEmpty();
    }
}
