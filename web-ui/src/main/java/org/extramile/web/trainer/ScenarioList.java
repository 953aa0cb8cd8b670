package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.extramile.scenario.NewScenario;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioView;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Texts;

/**
 * Every scenario, drafts and archived ones too, with the rubric version trainees are scored by; and the form that
 * starts a new one as a draft, whose script and rubric are then written on their own pages.
 */
@Named
@RequestScoped
public class ScenarioList {

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioAuthoring authoring;

    private List<ScenarioView> scenarios = List.of();
    private String title;
    private String slug;
    private String summary;
    private String sourceStory;

    public void load() {
        scenarios = catalogue.visibleTo(true).stream()
                .map(summary -> catalogue.get(summary.slug(), true))
                .toList();
    }

    /** Starts the scenario as a draft and opens its script; a slug left blank is made from the title. */
    public String create() {
        String chosen = slug == null || slug.isBlank() ? slugOf(title) : slug.strip();
        try {
            authoring.create(new NewScenario(chosen, title, summary, blankToNull(sourceStory), null, null));
        } catch (ConflictException taken) {
            Failures.error(taken.getMessage());
            return null;
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Failures.info(Texts.text("authoring.created", title.strip()));
        return "/trainer/scenario?faces-redirect=true&slug=" + chosen;
    }

    /** "The sale jar that isn't there!" as "the-sale-jar-that-isn-t-there": lowercase words joined by dashes. */
    static String slugOf(String title) {
        if (title == null) {
            return "";
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= Scenario.MAX_SLUG
                ? slug
                : slug.substring(0, Scenario.MAX_SLUG).replaceAll("-[^-]*$", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public List<ScenarioView> getScenarios() {
        return scenarios;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSourceStory() {
        return sourceStory;
    }

    public void setSourceStory(String sourceStory) {
        this.sourceStory = sourceStory;
    }
}
