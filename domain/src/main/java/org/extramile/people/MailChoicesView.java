package org.extramile.people;

import java.io.Serializable;

/**
 * What mail a person gets and may do without: where it goes and in which language (null: none yet, the
 * installation's), whether mail is set up at all, and each optional mail, {@code offered} when the person's roles
 * make it theirs. Certificates issued, a reviewed result and links to choose a password always come: they are the
 * person's own business. {@code deadlineReminders} go with {@code expiryRemindersOffered}: both are a trainee's.
 */
public record MailChoicesView(
        String email,
        String language,
        boolean mailOn,
        boolean reviewDigestOffered,
        boolean reviewDigest,
        boolean expiryRemindersOffered,
        boolean expiryReminders,
        boolean deadlineReminders,
        boolean lateDigestOffered,
        boolean lateDigest,
        int version)
        implements Serializable {}
