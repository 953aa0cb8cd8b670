package org.extramile.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * A Content-Type or Accept header that is not a media type is a 400 problem. Left to Jersey, it answers a bare 400
 * that no exception mapper sees, and the container dresses it as an HTML error page.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class MediaTypeHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !parses(contentType)) {
            refuse(
                    response,
                    "The Content-Type header '" + shown(contentType)
                            + "' is not a media type: send e.g. application/json.");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank()) {
            for (String range : accept.split(",")) {
                if (!parses(range)) {
                    refuse(
                            response,
                            "The Accept header '" + shown(accept)
                                    + "' is not a list of media types: send e.g. application/json.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean parses(String mediaType) {
        try {
            MediaType.valueOf(mediaType.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String shown(String header) {
        return header.length() > 100 ? header.substring(0, 100) + "…" : header;
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        ProblemWriter.write(response, Response.Status.BAD_REQUEST, "malformed-header", detail);
    }
}
