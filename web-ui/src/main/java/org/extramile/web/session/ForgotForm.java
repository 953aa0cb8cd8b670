package org.extramile.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.extramile.people.PasswordResets;

/**
 * "Forgot your password?" from the login page: the person gives their username or email address, and the page says
 * the same whatever it was, so that it tells nobody who has an account.
 */
@Named
@RequestScoped
public class ForgotForm {

    @Inject
    PasswordResets resets;

    private String who;

    /** Whether links can be mailed here; without mail, a one-time password from HR is the way back in. */
    public boolean isAvailable() {
        return resets.available();
    }

    public int getMinutes() {
        return resets.minutes();
    }

    public void send() throws IOException {
        resets.request(who);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/forgot.xhtml?sent=true");
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
