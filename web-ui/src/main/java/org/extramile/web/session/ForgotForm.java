package org.extramile.web.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.extramile.api.security.ClientAddress;
import org.extramile.people.PasswordResetThrottle;
import org.extramile.people.PasswordResets;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Texts;

/**
 * "Forgot your password?" from the login page: the person gives their username or email address, and the page says
 * the same whatever it was, so that it tells nobody who has an account.
 */
@Named
@RequestScoped
public class ForgotForm {

    private static final Logger LOG = Logger.getLogger(ForgotForm.class.getName());

    @Inject
    PasswordResets resets;

    @Inject
    PasswordResetThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Resource
    ManagedExecutorService background;

    private String who;

    /** Whether links can be mailed here; without mail, a one-time password from HR is the way back in. */
    public boolean isAvailable() {
        return resets.available();
    }

    public int getMinutes() {
        return resets.minutes();
    }

    public void send() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String address = clientAddress.of((HttpServletRequest) external.getRequest());
        Duration wait = throttle.wait(address);
        if (!wait.isZero()) {
            // Said whoever was asked for, so the pause tells nobody who has an account either.
            Failures.error(Texts.text("forgot.throttled", Math.max(1, wait.toMinutes() + 1)));
            return;
        }
        throttle.requested(address);
        // In the background: answered as fast whether an account matched (a link written and mailed) or not, the
        // page's timing tells nobody who has an account either.
        String asked = who;
        background.execute(() -> {
            try {
                resets.request(asked);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A password reset request failed", e);
            }
        });
        external.redirect(external.getRequestContextPath() + "/forgot.xhtml?sent=true");
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }
}
