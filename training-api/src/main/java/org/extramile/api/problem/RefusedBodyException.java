package org.extramile.api.problem;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;

/**
 * A request body refused while it was being read (too large, or holding what no field may hold). An
 * {@link IOException}, because that is what a body's reader may throw; JSON-B, Jersey and our services wrap it, so
 * the mappers look for it in the cause chain and answer with its own problem whatever wrapped it.
 */
public abstract class RefusedBodyException extends IOException {

    private static final long serialVersionUID = 1L;

    protected RefusedBodyException(String message) {
        super(message);
    }

    /** The problem this refusal is answered with. */
    public abstract Response response();

    static Optional<RefusedBodyException> in(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedBodyException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
