package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.extramile.attempt.review.FollowedScenarios;
import org.extramile.attempt.review.Review;
import org.extramile.scenario.NewScenario;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioAuthoring;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.library.LibraryUpdate;
import org.extramile.scenario.library.LibraryUpdates;
import org.extramile.scenario.pack.ScenarioPacks;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * Every scenario, drafts and archived ones too, with the rubric version trainees are scored by; the form that starts
 * a new one as a draft, whose script and rubric are then written on their own pages; and the one that imports a
 * scenario pack as a draft.
 */
@Named
@RequestScoped
public class ScenarioList {

    /** A pack is a few dozen kilobytes; this leaves room for many labelled examples and stays under the page limit. */
    static final long MAX_PACK_BYTES = 5L * 1024 * 1024;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    ScenarioAuthoring authoring;

    @Inject
    ScenarioPacks packs;

    @Inject
    FollowedScenarios followed;

    @Inject
    Review review;

    @Inject
    LibraryUpdates library;

    private List<ScenarioView> scenarios;
    private Set<String> following;
    private Map<String, Long> waiting;
    private Set<String> updated;
    private String title;
    private String slug;
    private String summary;
    private String sourceStory;
    private Part pack;
    private String packSlug;

    /** How many answers wait for review in the scenario. */
    public long waiting(String scenario) {
        if (waiting == null) {
            waiting = review.waitingByScenario();
        }
        return waiting.getOrDefault(scenario, 0L);
    }

    /** Whether ExtraMile's library offers a newer edition of the scenario. */
    public boolean libraryUpdate(String scenario) {
        if (updated == null) {
            updated = library.pending().stream().map(LibraryUpdate::slug).collect(Collectors.toSet());
        }
        return updated.contains(scenario);
    }

    /** The waiting count's link as a screen reader says it: the count first, as it shows. */
    public String waitingLabel(ScenarioView scenario) {
        return Texts.text("authoring.waiting.label", waiting(scenario.slug()), scenario.title());
    }

    /** Whether the trainer follows the scenario. */
    public boolean follows(String scenario) {
        if (following == null) {
            following = followed.of(Pages.caller()).stream()
                    .map(ScenarioSummary::slug)
                    .collect(Collectors.toSet());
        }
        return following.contains(scenario);
    }

    /**
     * Follows the scenario, or stops following it, and says what that changes; the page is loaded again, so that the
     * header's count of answers waiting for review counts the scenarios now followed.
     */
    public String toggleFollowing(ScenarioView scenario) {
        boolean follow = !follows(scenario.slug());
        try {
            int following = (follow
                            ? followed.follow(Pages.caller(), scenario.slug())
                            : followed.unfollow(Pages.caller(), scenario.slug()))
                    .size();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Failures.info(
                    Texts.text(follow ? "authoring.followed" : "authoring.unfollowed", scenario.title(), following));
            return "/trainer/scenarios?faces-redirect=true";
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return null;
        }
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
            Failures.report(refused, slugMadeFromBlank(slug, title));
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Failures.info(Texts.text("authoring.created", title.strip()));
        return "/trainer/scenario?faces-redirect=true&slug=" + chosen;
    }

    /**
     * Imports a scenario pack (as exported from here or another installation) as a new draft and opens its script;
     * a pack that breaks a rule is refused whole, with every reason.
     */
    public String importPack() {
        if (pack == null || pack.getSize() == 0) {
            Failures.error(Texts.text("authoring.import.noFile"));
            return null;
        }
        if (pack.getSize() > MAX_PACK_BYTES) {
            Failures.error(Texts.text("authoring.import.tooBig", MAX_PACK_BYTES / (1024 * 1024)));
            return null;
        }
        ScenarioSummary created;
        try (InputStream in = pack.getInputStream()) {
            String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            created = packs.importPack(
                    document, packSlug == null || packSlug.isBlank() ? null : packSlug.strip(), Pages.caller());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (ConflictException taken) {
            Failures.error(Texts.text("authoring.import.taken"));
            return null;
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Failures.info(Texts.text("authoring.imported", created.title()));
        return "/trainer/scenario?faces-redirect=true&slug=" + created.slug();
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

    /** The slug's broken rules go unsaid when it was to be made from a title that is missing too: one message says it. */
    static Set<String> slugMadeFromBlank(String slug, String title) {
        return isBlank(slug) && isBlank(title) ? Set.of("/slug") : Set.of();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Read when the page shows them, so that a form refused on this page still shows the list above it. */
    public List<ScenarioView> getScenarios() {
        if (scenarios == null) {
            scenarios = catalogue.visibleTo(true).stream()
                    .map(summary -> catalogue.get(summary.slug(), true))
                    .toList();
        }
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

    public Part getPack() {
        return pack;
    }

    public void setPack(Part pack) {
        this.pack = pack;
    }

    public String getPackSlug() {
        return packSlug;
    }

    public void setPackSlug(String packSlug) {
        this.packSlug = packSlug;
    }

    public String getSourceStory() {
        return sourceStory;
    }

    public void setSourceStory(String sourceStory) {
        this.sourceStory = sourceStory;
    }
}
