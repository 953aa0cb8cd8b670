package org.extramile.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.extramile.api.problem.Problems;

/**
 * Cross-site request forgery: a browser sends its session cookie with any request to us, even one that another site's
 * page starts. So a request that changes something is refused when it says it comes from another origin (Origin, or
 * Referer when Origin is missing), and a change made with the browser session must say where it comes from at all
 * (or carry {@value #HEADER}, which no other site can add without our consent). API clients that send HTTP Basic
 * and no Origin, as scripts and integrations do, are not affected.
 */
@Provider
@PreMatching
// Before anything else reads the request: a forged request is turned away however it would have been answered.
@Priority(Priorities.AUTHENTICATION - 100)
public class SameOriginGuard implements ContainerRequestFilter {

    /** The header that a page of ours may send instead of Origin; its value does not matter. */
    public static final String HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        Optional<String> claimed = claimedOrigin(request);
        if (claimed.isPresent()) {
            if (!trusted(request).contains(claimed.get())) {
                request.abortWith(forbidden("This request came from another site (" + claimed.get()
                        + "): changes through the API are accepted from ExtraMile's own pages only. Scripts and"
                        + " integrations call the API directly, with HTTP Basic authentication."));
            }
            return;
        }
        if (bySession(request) && request.getHeaderString(HEADER) == null) {
            request.abortWith(forbidden("A change made with a browser session must say where it comes from: send the"
                    + " Origin header (browsers do) or '" + HEADER + ": XMLHttpRequest'. Scripts and integrations log"
                    + " in with HTTP Basic authentication instead."));
        }
    }

    /** Origin, or failing it the origin of Referer; "null" (a sandboxed or privacy-stripped page) counts as foreign. */
    private static Optional<String> claimedOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            return Optional.of(Origins.of(origin).orElse("null"));
        }
        String referer = request.getHeaderString("Referer");
        return referer == null
                ? Optional.empty()
                : Optional.of(Origins.of(referer).orElse("null"));
    }

    /** This request's own origin, the configured public address, and any origins configured as our own. */
    private static List<String> trusted(ContainerRequestContext request) {
        var config = ConfigProvider.getConfig();
        Stream<String> configured = Stream.concat(
                config.getOptionalValue("extramile.public-url", String.class).stream(),
                config
                        .getOptionalValues("extramile.security.allowed-origins", String.class)
                        .orElse(List.of())
                        .stream());
        return Stream.concat(Stream.of(request.getUriInfo().getRequestUri().toString()), configured)
                .map(Origins::of)
                .flatMap(Optional::stream)
                .toList();
    }

    /** A caller known from its session cookie: logged in, without credentials of its own on this request. */
    private static boolean bySession(ContainerRequestContext request) {
        return request.getSecurityContext().getUserPrincipal() != null
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    private static Response forbidden(String detail) {
        return Problems.response(Response.Status.FORBIDDEN, "cross-site-request", detail);
    }
}
