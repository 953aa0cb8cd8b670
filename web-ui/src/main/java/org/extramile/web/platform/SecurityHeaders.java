package org.extramile.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extramile.api.security.SingleSignOnSettings;

/**
 * Headers that keep browsers from being turned against our users: no framing (clickjacking), no guessing of
 * content types, no leaking of addresses to other sites, and content only from this installation. Inline scripts
 * stay allowed because Faces and PrimeFaces write event handlers inline; everything else is locked to 'self'.
 */
// Forwards and error pages too: annotated filters run in no set order, and one that forwards first (VerifyLinks)
// would otherwise answer without these headers.
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    SingleSignOnSettings singleSignOn;

    private String policy;

    @Override
    public void init() {
        // The logout form's answer leads on to the provider's end of session (SingleSignOut): a form may go there.
        policy = singleSignOn
                .providerOrigin()
                .map(provider -> POLICY.replace("form-action 'self'", "form-action 'self' " + provider))
                .orElse(POLICY);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        chain.doFilter(request, response);
    }
}
