package org.extramile.api.problem;

import jakarta.ws.rs.core.Response;

/**
 * A JSON body whose string holds a NUL character ({@code \u0000}): no name, answer, title or reason here may contain
 * one, and PostgreSQL refuses it in any text it stores or compares.
 */
public class NulInBodyException extends RefusedBodyException {

    private static final long serialVersionUID = 1L;

    public NulInBodyException() {
        super("A string in the request body holds a NUL character");
    }

    @Override
    public Response response() {
        return Problems.response(
                Response.Status.BAD_REQUEST,
                "invalid-input",
                "A string in the request body holds a NUL character (\\u0000): no text here may contain one. "
                        + "Remove it and send the request again.",
                null,
                this);
    }
}
