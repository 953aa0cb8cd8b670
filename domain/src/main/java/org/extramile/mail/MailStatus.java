package org.extramile.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a mail is: waiting for its next attempt, taken by the server, or given up. */
public enum MailStatus {
    WAITING,
    SENT,
    GIVEN_UP;

    /** The name a query parameter or a page's link uses: {@code waiting}, {@code sent}, {@code given-up}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MailStatus> ofParameter(String value) {
        return Arrays.stream(values())
                .filter(status -> status.parameter().equals(value))
                .findFirst();
    }
}
