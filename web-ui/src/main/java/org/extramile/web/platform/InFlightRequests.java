package org.extramile.web.platform;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Counts the requests in flight, so a shutdown can wait for them; once the node drains, refuses new ones with a 503
 * problem that tells the client to send it again (to another node, through the load balancer). Counts each request
 * once (not its forwards), around everything the application does for it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InFlightRequests extends HttpFilter {

    private static final String REFUSAL = Json.createObjectBuilder()
            .add("type", "https://extramile.org/problems/shutting-down")
            .add("title", "Shutting down")
            .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
            .add(
                    "detail",
                    "This server is stopping and takes no new requests. Nothing was done: send the same"
                            + " request again, and another server will answer it.")
            .build()
            .toString();

    @Inject
    GracefulShutdown shutdown;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Drain drain = shutdown.drain();
        if (!drain.enter()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "1");
            response.setHeader("Connection", "close");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(REFUSAL);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            drain.leave();
        }
    }
}
