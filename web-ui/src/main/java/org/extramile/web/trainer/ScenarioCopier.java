package org.extramile.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.scenario.pack.ScenarioCopy;
import org.extramile.scenario.pack.ScenarioPacks;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * Copies the scenario on the page as a new draft, to adapt it (a library scenario for another shop, say) and leave the
 * original as it is; the form offers a slug and a title in the page's language, which the trainer may change.
 */
@Named
@ViewScoped
public class ScenarioCopier implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SUFFIX = "-copy";

    @Inject
    ScenarioPacks packs;

    private String slug;
    private String title;

    /** Offers "original-copy" and "Original (copy)" until the trainer types their own. */
    public void offer(String original, String originalTitle) {
        if (original == null) {
            return;
        }
        if (slug == null) {
            slug = original.substring(0, Math.min(original.length(), Scenario.MAX_SLUG - SUFFIX.length())) + SUFFIX;
        }
        if (title == null && originalTitle != null) {
            title = Texts.text("scenario.copy.defaultTitle", originalTitle);
        }
    }

    /** Makes the copy and opens it, or says why not (a slug taken, one that breaks the rules). */
    public String copy(String original) {
        ScenarioSummary created;
        try {
            created = packs.copy(original, new ScenarioCopy(strip(slug), strip(title)), Pages.caller());
        } catch (ConflictException taken) {
            Failures.error(Texts.text("scenario.copy.taken", strip(slug)));
            return null;
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Failures.info(Texts.text("scenario.copy.made", created.title()));
        return "/trainer/scenario?faces-redirect=true&slug=" + created.slug();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
