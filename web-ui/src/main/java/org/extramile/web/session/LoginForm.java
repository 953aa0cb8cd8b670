package org.extramile.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;
import org.extramile.api.security.Authentication;
import org.extramile.api.security.ReturnPath;

/** The login form: hands the typed credentials to the authentication mechanism. */
@Named
@RequestScoped
public class LoginForm {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + ReturnPath.safe(next));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure(external), null));
                password = null;
            }
        }
        return null;
    }

    /** Why the login failed; a lock says how long to wait, and reads the same whether the account exists or not. */
    private String failure(ExternalContext external) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "org.extramile.web.messages", faces.getViewRoot().getLocale());
        if (external.getRequestMap().get(Authentication.UNAVAILABLE) != null) {
            return texts.getString("login.unavailable");
        }
        if (external.getRequestMap().get(Authentication.LOCKED_FOR) instanceof Duration locked) {
            long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
            return MessageFormat.format(texts.getString("login.lock.wait"), minutes);
        }
        return texts.getString("login.failed");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
