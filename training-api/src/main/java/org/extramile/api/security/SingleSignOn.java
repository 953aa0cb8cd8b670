package org.extramile.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.extramile.people.AccountView;
import org.extramile.people.ProviderIdentity;
import org.extramile.people.ProviderSignIn;
import org.extramile.people.ProviderSubject;
import org.extramile.people.Role;
import org.extramile.people.SignInRefused;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;

/**
 * Signing in through the organisation's identity provider, for {@link Authentication}: on {@link #START} and
 * {@link #CALLBACK} it hands the request to Soteria's OpenID Connect mechanism (the authorization code flow with
 * state and nonce, the token request, the ID token's signature and claims), and takes the caller that mechanism
 * would log in: {@link ProviderSignIn} turns it into an ExtraMile account whose roles its provider groups map to,
 * and the session is that account's, exactly as after a password login. The provider's tokens are dropped then,
 * all but the ID token, which {@link SingleSignOut} hands back to the provider at logout: ExtraMile never calls the
 * provider with them.
 */
@ApplicationScoped
public class SingleSignOn {

    /** Where the login page's "Sign in with ..." button leads: on to the provider. */
    public static final String START = "/sso/login";

    /** Where the provider sends the browser back with an authorization code. */
    public static final String CALLBACK = "/sso/callback";

    /** Request attribute: the {@link SignInRefused.Reason} of a refused sign-in, or {@link #FAILED}. */
    public static final String OUTCOME = "org.extramile.sso.outcome";

    /** The outcome of a sign-in that went wrong on the way (the provider refused or was unreachable, a bad token). */
    public static final String FAILED = "FAILED";

    /** Session attribute: the page to open once signed in, kept while the browser is at the provider. */
    static final String NEXT = "org.extramile.sso.next";

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    SingleSignOnSettings settings;

    // Soteria's mechanism is a bean of its own class (@Typed), so it can be asked for by name; created on first use.
    @Inject
    Instance<OpenIdAuthenticationMechanism> openId;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    ProviderSignIn signIns;

    @Inject
    SingleSignOut signOut;

    /** Whether this request is one of single sign-on's, which only exist when it is configured. */
    boolean handles(HttpServletRequest request) {
        String path = path(request);
        return settings.isEnabled() && (path.equals(START) || path.equals(CALLBACK));
    }

    AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        boolean start = path(request).equals(START);
        if (start) {
            request.getSession().setAttribute(NEXT, ReturnPath.safe(request.getParameter("next")));
        }
        try {
            return openId.get().validateRequest(request, response, new Delegated(context, start));
        } catch (AuthenticationException | RuntimeException failure) {
            // Soteria throws IllegalStateException for a bad token or an unreachable provider, NoSuchElementException
            // for a callback with no sign-in under way, even NullPointerException when no identity store vouches for
            // the caller: the person sees "did not work". Anyone can call the callback: no stack trace unless asked.
            LOG.warning("Single sign-on through " + settings.getProviderUri() + " failed: " + failure);
            LOG.log(Level.FINE, "Single sign-on failure", failure);
            request.setAttribute(OUTCOME, FAILED);
            return context.doNothing();
        } finally {
            if (!start) {
                forgetProviderTokens();
            }
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** What Soteria's mechanism sees: the start is protected (so it goes to the provider), the login is ours. */
    private final class Delegated extends HttpMessageContextWrapper {

        private final boolean start;

        Delegated(HttpMessageContext context, boolean start) {
            super(context);
            this.start = start;
        }

        @Override
        public boolean isProtected() {
            // Soteria redirects to the provider only for a protected resource; the start page is public.
            return start || super.isProtected();
        }

        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // The session registered is the ExtraMile account's, below, not the provider's caller.
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            HttpServletRequest request = getRequest();
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                request.setAttribute(OUTCOME, FAILED);
                return getWrapped().doNothing();
            }
            Set<String> groups = result.getCallerGroups();
            ProviderIdentity identity = new ProviderIdentity(
                    subject(),
                    result.getCallerPrincipal().getName(),
                    claim("name").orElse(null),
                    claim("email").orElse(null),
                    groups,
                    settings.rolesFor(groups));
            AccountView account;
            try {
                account = signIns.signIn(identity);
            } catch (SignInRefused refused) {
                LOG.info("Single sign-on refused: " + refused.getMessage());
                request.setAttribute(OUTCOME, refused.reason().name());
                return getWrapped().doNothing();
            }
            signOut.remember(request.getSession(), idToken());
            Set<String> roles = account.roles().stream().map(Role::name).collect(Collectors.toSet());
            getWrapped().setRegisterSession(account.username(), roles);
            return getWrapped().notifyContainerAboutLogin(new CallerPrincipal(account.username()), roles);
        }
    }

    /** Who the person is at the provider for good: the ID token's issuer and subject, which Soteria has verified. */
    private ProviderSubject subject() {
        JwtClaims claims = openIdContext.get().getIdentityToken().getJwtClaims();
        return new ProviderSubject(
                claims.getIssuer().orElse(null), claims.getSubject().orElse(null));
    }

    /** The ID token as the provider signed it, which a logout hands back to the provider as its hint. */
    private String idToken() {
        return openIdContext.get().getIdentityToken().getToken();
    }

    /** A claim of the ID token, or else of the provider's userinfo endpoint (one call, made only when needed). */
    private Optional<String> claim(String name) {
        OpenIdContext context = openIdContext.get();
        Optional<String> inToken = context.getIdentityToken().getJwtClaims().getStringClaim(name);
        if (inToken.isPresent()) {
            return inToken;
        }
        try {
            return context.getClaims().getStringClaim(name);
        } catch (RuntimeException userinfoFailed) {
            // A name and an email are nice to have: the account works without them.
            LOG.log(Level.FINE, "The provider's userinfo endpoint did not answer", userinfoFailed);
            return Optional.empty();
        }
    }

    /**
     * Soteria keeps the tokens in a session-scoped bean, whose userinfo claims are not Serializable (sessions must be,
     * to replicate); ExtraMile's session needs none of them once the callback is answered, signed in or not.
     */
    private void forgetProviderTokens() {
        openIdContext.destroy(openIdContext.get());
    }
}
