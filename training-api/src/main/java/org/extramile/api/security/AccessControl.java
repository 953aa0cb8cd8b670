package org.extramile.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.extramile.api.problem.Problems;

/**
 * Closed by default: a resource method is public only with {@code @PermitAll}; otherwise it needs
 * a logged-in caller, and with {@code @RolesAllowed} one of those roles. No login is 401 (with a
 * Basic challenge), a login without the role is 403.
 */
@Provider
// Before Jersey's own @RolesAllowed filter, which answers 403 even where a login is missing.
@Priority(Priorities.AUTHENTICATION)
public class AccessControl implements ContainerRequestFilter {

    /** The Accept header the client sent, kept here by a filter that replaced it (a download link's format). */
    public static final String ASKED_ACCEPT = "org.extramile.api.askedAccept";

    static final String CHALLENGE = "Basic realm=\"ExtraMile\", charset=\"UTF-8\"";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() == null || annotated(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(navigation(request) ? toLoginPage(request) : unauthorized());
            return;
        }
        if (annotated(DenyAll.class) || !mayCall(security)) {
            request.abortWith(Problems.response(
                    Response.Status.FORBIDDEN, "forbidden", "Your account's roles do not allow this request."));
        }
    }

    private boolean mayCall(SecurityContext security) {
        RolesAllowed roles = annotation(RolesAllowed.class);
        return roles == null || Arrays.stream(roles.value()).anyMatch(security::isUserInRole);
    }

    private boolean annotated(Class<? extends java.lang.annotation.Annotation> type) {
        return annotation(type) != null;
    }

    /** The method's annotation wins over the class's. */
    private <A extends java.lang.annotation.Annotation> A annotation(Class<A> type) {
        A onMethod = resource.getResourceMethod().getAnnotation(type);
        if (onMethod != null || hasAnyAccessAnnotation(resource.getResourceMethod())) {
            return onMethod;
        }
        return resource.getResourceClass().getAnnotation(type);
    }

    private static boolean hasAnyAccessAnnotation(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /**
     * A browser opening an API address as a page: an export link followed after the session expired. A Basic
     * challenge would pop up the browser's own password prompt; the login page brings the person back here.
     */
    private static boolean navigation(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        // Browsers say so only to secure origins; over plain HTTP a navigation is told by its asking for a page.
        String mode = request.getHeaderString("Sec-Fetch-Mode");
        String accept = request.getProperty(ASKED_ACCEPT) instanceof String asked
                ? asked
                : request.getHeaderString(HttpHeaders.ACCEPT);
        return mode == null ? accept != null && accept.contains("text/html") : mode.equals("navigate");
    }

    private static Response toLoginPage(ContainerRequestContext request) {
        URI api = request.getUriInfo().getBaseUri(); // ends with the application path, "api/"
        URI asked = request.getUriInfo().getRequestUri();
        String context = api.getRawPath().substring(0, api.getRawPath().length() - "api/".length());
        String next = asked.getRawPath().substring(context.length() - 1)
                + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        return Response.seeOther(api.resolve(context
                        + Authentication.LOGIN_PAGE.substring(1)
                        + "?next="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .build();
    }

    static Response unauthorized() {
        Response problem = Problems.response(
                Response.Status.UNAUTHORIZED,
                "unauthorized",
                "Log in first: send your ExtraMile username and password with HTTP Basic authentication.");
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }
}
