package org.extramile.api.limits;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import org.extramile.api.problem.Problems;

/**
 * Refuses an address that holds a NUL character ({@code %00}) in its path or query: no slug, name, code or filter
 * here may contain one, and PostgreSQL refuses it in any text it is asked to compare, which would otherwise surface as
 * a 500 from whichever lookup met it first.
 */
@Provider
@PreMatching
public class NulCharacterGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        if (holdsNul(uri.getRawPath()) || holdsNul(uri.getRawQuery())) {
            request.abortWith(Problems.response(
                    Response.Status.BAD_REQUEST,
                    "invalid-input",
                    "The address holds a NUL character (%00): no name, slug, code or filter here may contain one."));
        }
    }

    private static boolean holdsNul(String raw) {
        return raw != null && raw.toLowerCase(Locale.ROOT).contains("%00");
    }
}
