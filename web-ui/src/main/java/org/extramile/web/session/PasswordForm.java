package org.extramile.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.extramile.api.security.ReturnPath;
import org.extramile.api.security.StaleSessionGuard;
import org.extramile.people.AccountView;
import org.extramile.people.Accounts;
import org.extramile.people.PasswordChange;
import org.extramile.people.PasswordState;
import org.extramile.people.PasswordStrength;
import org.extramile.people.People;
import org.extramile.shared.InvalidException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * A person chooses their own password: the first thing asked after logging in with a one-time one, and there for
 * anyone from the header. The rules are checked here first so that each is told in the reader's language, beside
 * its field; the use case checks them again.
 */
@Named
@RequestScoped
public class PasswordForm {

    static final int MAX_LENGTH = 200;

    @Inject
    People people;

    @Inject
    Accounts accounts;

    private String currentPassword;
    private String newPassword;
    private String repeated;
    private PasswordMeter meter;
    private String next;
    private Boolean oneTime;

    /** Whether the caller logs in with a one-time password, so must choose one before anything else. */
    public boolean isOneTime() {
        if (oneTime == null) {
            oneTime = accounts.passwordState(Pages.caller()) != PasswordState.OWN;
        }
        return oneTime;
    }

    public void change() throws IOException {
        boolean fine = newPasswordFits("password", newPassword, repeated, personal())
                & check("password", !newPassword.equals(currentPassword), "new", "password.same");
        if (!fine) {
            return;
        }
        try {
            people.changePassword(Pages.caller(), new PasswordChange(currentPassword, newPassword));
        } catch (RuntimeException e) {
            // What is left to refuse is the current password; anything else is not the form's to explain.
            if (Failures.find(e, InvalidException.class).isEmpty()) {
                throw e;
            }
            check("password", false, "current", "password.current.wrong");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        StaleSessionGuard.renew((HttpSession) external.getSession(true));
        Failures.info(Texts.text("password.changed"));
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + ReturnPath.safe(next));
    }

    /** How hard the new password typed so far is to guess; measured once a request, however often the page asks. */
    public PasswordMeter getMeter() {
        if (meter == null) {
            meter = PasswordMeter.of(newPassword, personal());
        }
        return meter;
    }

    /** The caller's username and name, which a guesser tries first. */
    private String[] personal() {
        String caller = Pages.caller();
        return new String[] {
            caller, accounts.find(caller).map(AccountView::displayName).orElse(null)
        };
    }

    /**
     * The rules a new password keeps wherever it is chosen, each told beside its field of the form; {@code personal}:
     * the person's username and name, which make a password easy to guess.
     */
    static boolean newPasswordFits(String form, String newPassword, String repeated, String... personal) {
        boolean length = check(form, newPassword.length() >= PasswordChange.MIN_LENGTH, "new", "password.tooShort")
                & check(form, newPassword.length() <= MAX_LENGTH, "new", "password.tooLong");
        // Only a password of a fit length is judged for guessing: one message at a time beside the field.
        boolean strong = length && hardToGuess(form, newPassword, personal);
        boolean same = check(form, newPassword.equals(repeated), "repeated", "password.mismatch");
        return strong && same;
    }

    private static boolean hardToGuess(String form, String newPassword, String... personal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return PasswordStrength.weakness(newPassword, faces.getViewRoot().getLocale(), personal)
                .map(why -> {
                    faces.addMessage(
                            form + ":new",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("password.weak", why), null));
                    faces.validationFailed();
                    return false;
                })
                .orElse(true);
    }

    static boolean check(String form, boolean holds, String field, String key) {
        if (!holds) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(
                    form + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(key, PasswordChange.MIN_LENGTH), null));
            faces.validationFailed();
        }
        return holds;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
