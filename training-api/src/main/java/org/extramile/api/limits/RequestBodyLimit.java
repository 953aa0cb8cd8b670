package org.extramile.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.extramile.api.problem.BodyTooLargeException;

/**
 * The API's request bodies are at most {@code extramile.api.max-body-bytes} (default 10 MB). A declared
 * Content-Length past it is refused at once, before anything is read; a chunked body is counted as it is read, and
 * the read that goes past the limit fails with {@link BodyTooLargeException}, which the problem mappers answer with
 * 413. Either way the body is never held whole beyond the limit. Endpoints may set a lower limit of their own (a
 * roster is at most 5 MB).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

    public static final String MAX_BYTES_KEY = "extramile.api.max-body-bytes";
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final long serialVersionUID = 1L;

    private long maxBytes;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        maxBytes = ConfigProvider.getConfig()
                .getOptionalValue(MAX_BYTES_KEY, Long.class)
                .orElse(DEFAULT_MAX_BYTES);
        if (maxBytes <= 0) {
            throw new ServletException(MAX_BYTES_KEY + " must be a positive number of bytes, not " + maxBytes);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // Nothing of the body is read: closing the connection spares reading it only to keep the connection alive.
        response.setHeader("Connection", "close");
        ProblemWriter.write(
                response,
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "body-too-large",
                BodyTooLargeException.detail(maxBytes));
    }
}
