package org.extramile.api.problem;

import java.io.IOException;
import java.util.Optional;

/**
 * A request body went past the configured maximum while it was being read. An {@link IOException}, because that is
 * what a body's reader may throw; JSON-B, Jersey and our services wrap it, so the mappers look for it in the cause
 * chain and answer 413 whatever wrapped it.
 */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The detail a caller reads in the 413 problem. */
    public static String detail(long maxBytes) {
        return "The request body is larger than this API takes (" + size(maxBytes)
                + "): send less, e.g. split a roster or a scenario pack into smaller ones.";
    }

    static Optional<BodyTooLargeException> in(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    private static String size(long bytes) {
        long mebibyte = 1024L * 1024L;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MB" : bytes + " bytes";
    }
}
