package org.extramile.people;

import jakarta.validation.constraints.NotNull;

/**
 * A person's choice of the mails one may do without: {@code reviewDigest} (trainers), {@code expiryReminders} and
 * {@code deadlineReminders} (trainees), {@code lateDigest} (HR); a choice left out stays as it was. {@code version}: that of the choices the
 * person saw.
 */
public record MailChoices(
        Boolean reviewDigest,
        Boolean expiryReminders,
        Boolean deadlineReminders,
        Boolean lateDigest,
        @NotNull(message = "'version' is required: the version of the choices you saw (GET /api/me/mail).")
                Integer version) {}
