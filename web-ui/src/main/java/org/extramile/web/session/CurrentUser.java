package org.extramile.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.extramile.api.security.OneTimePasswordGate;
import org.extramile.api.security.SingleSignOut;
import org.extramile.people.AccountView;
import org.extramile.people.Accounts;
import org.extramile.people.Role;

/** The person logged in, for the layout: name, role, navigation, logout. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    @Inject
    SingleSignOut singleSignOut;

    private Optional<AccountView> account;

    private Optional<AccountView> account() {
        if (account == null) {
            // On an error page (a 404 sent by a page) the security context no longer knows the caller; the
            // request still does, and the layout should not look logged out.
            Principal caller = Optional.ofNullable(securityContext.getCallerPrincipal())
                    .orElseGet(() -> faces.getExternalContext().getUserPrincipal());
            account = caller == null ? Optional.empty() : accounts.find(caller.getName());
        }
        return account;
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(AccountView::displayName).orElse("");
    }

    public String getMainRole() {
        return account().map(a -> a.mainRole().name()).orElse("");
    }

    /** Whether the person logs in with a password here, which they may change (not only through the provider). */
    public boolean isPasswordUser() {
        return account().map(AccountView::hasPassword).orElse(false);
    }

    /** Whether a one-time password keeps the person on the password page until they choose their own. */
    public boolean isChoosingPassword() {
        return Boolean.TRUE.equals(faces.getExternalContext().getRequestMap().get(OneTimePasswordGate.CHOOSING));
    }

    public boolean has(String role) {
        return account().map(a -> a.has(Role.valueOf(role))).orElse(false);
    }

    /** Where each role starts its work: the page it opens most. */
    public String home() {
        String page = account()
                .map(a -> switch (a.mainRole()) {
                    case ADMIN -> "/admin/accounts";
                    case HR -> "/hr/dashboard";
                    case TRAINER -> "/trainer/scenarios";
                    case TRAINEE -> "/scenarios";
                })
                .orElse("/login");
        return page + "?faces-redirect=true";
    }

    /** Ends the session, then the provider's too when single sign-on began it (on a shared till, it must). */
    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> idToken = singleSignOut.idToken(request);
        request.logout();
        external.invalidateSession();
        external.redirect(singleSignOut.afterLogout(request, idToken));
    }
}
