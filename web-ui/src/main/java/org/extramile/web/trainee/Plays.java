package org.extramile.web.trainee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.extramile.attempt.RolePlay;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/** Starting a role-play and opening it, from the catalogue or from a result. */
@ApplicationScoped
public class Plays {

    @Inject
    RolePlay rolePlay;

    /** Starts playing a scenario, or finds the attempt in progress on it, and opens the play page. */
    public String start(String slug) {
        try {
            return open(rolePlay.start(slug, Pages.caller()).attempt().id());
        } catch (NotFoundException unknown) {
            Failures.error(Texts.text("play.cannotStart"));
            return null;
        }
    }

    static String open(UUID attempt) {
        return "/play?faces-redirect=true&attempt=" + attempt;
    }
}
