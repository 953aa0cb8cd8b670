package org.extramile.api.problem;

import jakarta.ws.rs.core.Response;

/** A request body went past the configured maximum while it was being read: 413. */
public class BodyTooLargeException extends RefusedBodyException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /**
     * 413. The connection is closed after it, so the server does not read the rest of a body it will not use only to
     * keep the connection alive.
     */
    @Override
    public Response response() {
        return Response.fromResponse(Problems.response(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", detail(maxBytes), null, this))
                .header("Connection", "close")
                .build();
    }

    /** The detail a caller reads in the 413 problem. */
    public static String detail(long maxBytes) {
        return "The request body is larger than this API takes (" + size(maxBytes)
                + "): send less, e.g. split a roster or a scenario pack into smaller ones.";
    }

    private static String size(long bytes) {
        long mebibyte = 1024L * 1024L;
        return bytes % mebibyte == 0 ? bytes / mebibyte + " MB" : bytes + " bytes";
    }
}
