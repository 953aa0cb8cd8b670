package org.extramile.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.extramile.people.PasswordLinkView;
import org.extramile.people.PasswordLinks;
import org.extramile.shared.InvalidException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Texts;

/**
 * A person chooses their password through a mailed link (HR's invitation, or the reset they asked for): the page
 * needs no login, and a link that expired or was used shows what to do instead of a form.
 */
@Named
@RequestScoped
public class WelcomeForm {

    @Inject
    PasswordLinks links;

    private String token;
    private String newPassword;
    private String repeated;
    private PasswordMeter meter;
    private Optional<PasswordLinkView> holder;
    /** The token {@link #holder} was read for: a postback sets the token again after the page first asked. */
    private String holderToken;

    /**
     * The token from the link, or from the form sent back: read before anything else, since whether the form is there
     * at all (and so processed) depends on it.
     */
    @PostConstruct
    void readToken() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        token = parameters.getOrDefault("token", parameters.get("welcome:token"));
    }

    /** Whose link it is while it works; null for one that expired, was used, or never was. */
    public PasswordLinkView getHolder() {
        if (holder == null || !Objects.equals(token, holderToken)) {
            holder = links.holder(token);
            holderToken = token;
        }
        return holder.orElse(null);
    }

    public void choose() throws IOException {
        if (!PasswordForm.newPasswordFits("welcome", newPassword, repeated, personal())) {
            return;
        }
        try {
            links.choose(token, newPassword);
        } catch (RuntimeException e) {
            // The rules were checked above: what is left to refuse is the link, gone stale since the page opened.
            if (Failures.find(e, InvalidException.class).isEmpty()) {
                throw e;
            }
            holder = Optional.empty();
            Failures.error(Texts.text("welcome.refused"));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordSet=true");
    }

    /** How hard the new password typed so far is to guess; measured once a request, however often the page asks. */
    public PasswordMeter getMeter() {
        if (meter == null) {
            meter = PasswordMeter.of(newPassword, personal());
        }
        return meter;
    }

    /** The link holder's username and name, which a guesser tries first. */
    private String[] personal() {
        PasswordLinkView whose = getHolder();
        return whose == null ? new String[0] : new String[] {whose.username(), whose.displayName()};
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
}
