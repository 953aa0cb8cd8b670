package org.extramile.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Publication;
import org.extramile.rubric.PublishedVersion;
import org.extramile.rubric.Rubric;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricDraftView;
import org.extramile.rubric.VersionChanges;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioView;
import org.extramile.scenario.StepView;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The rubric draft of one scenario as a form: criteria with their levels and evidence, saved on
 * the version read (a stale save names who saved in between and keeps what was typed), and
 * published after a confirmation naming the version it creates.
 */
@Named
@ViewScoped
public class RubricEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    RescorePanel rescores;

    private String slug;
    private String scenarioTitle;
    private List<StepView> steps = List.of();
    private long version;
    private String updatedBy;
    private Instant updatedAt;
    private Integer latestPublished;
    private List<CriterionForm> criteria = new ArrayList<>();
    private boolean stale;
    private List<VersionChanges> versions = List.of();

    public void load() {
        if (slug == null) {
            Pages.notFound();
            return;
        }
        try {
            ScenarioView scenario = catalogue.get(slug, true);
            scenarioTitle = scenario.title();
            steps = scenario.steps();
            show(rubrics.draft(slug));
            versions = rubrics.history(slug);
            rescores.show(slug, latestPublished);
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    public void save() {
        if (store()) {
            Failures.info(Texts.text("rubric.saved", version));
        }
    }

    /** Saves what is on the form, then freezes it as the next version. */
    public void publish() {
        if (!store()) {
            return;
        }
        try {
            Publication publication = rubrics.publish(slug, Pages.caller());
            PublishedVersion published = publication.version();
            show(rubrics.draft(slug));
            versions = rubrics.history(slug);
            rescores.show(slug, latestPublished);
            Failures.info(Texts.text(
                    publication.added() ? "rubric.published" : "rubric.publishedUnchanged", published.number()));
            if (publication.added() && rescores.getPending() > 0) {
                Failures.info(Texts.text("rescore.afterPublish", rescores.getPending(), published.number()));
            }
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    public void addCriterion() {
        criteria.add(CriterionForm.blank(steps.isEmpty() ? null : steps.get(0).key()));
    }

    public void removeCriterion(CriterionForm criterion) {
        criteria.remove(criterion);
    }

    public void addLevel(CriterionForm criterion) {
        criterion.addLevel();
    }

    public void removeLevel(CriterionForm criterion, CriterionForm.LevelForm level) {
        criterion.getLevels().remove(level);
    }

    /** The version publishing will create, for the confirmation to name. */
    public int getNextVersion() {
        return latestPublished == null ? 1 : latestPublished + 1;
    }

    private boolean store() {
        Rubric rubric;
        try {
            rubric =
                    new Rubric(criteria.stream().map(CriterionForm::toCriterion).toList());
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return false;
        }
        try {
            RubricDraftView saved = rubrics.revise(slug, version, rubric, Pages.caller());
            show(saved);
            return true;
        } catch (ConflictException conflict) {
            RubricDraftView current = rubrics.draft(slug);
            stale = true;
            Failures.error(Texts.text(
                    "rubric.conflict", current.updatedBy(), when(current.updatedAt()), version, current.version()));
            return false;
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return false;
        }
    }

    private void show(RubricDraftView draft) {
        version = draft.version();
        updatedBy = draft.updatedBy();
        updatedAt = draft.updatedAt();
        latestPublished = draft.latestPublished();
        criteria = draft.criteria().stream().map(CriterionForm::of).collect(Collectors.toCollection(ArrayList::new));
        stale = false;
    }

    private static String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    public String getUpdated() {
        return updatedAt == null ? "" : when(updatedAt);
    }

    public List<String> getKinds() {
        return List.of(CriterionKind.SCORED.name(), CriterionKind.CRITICAL.name(), CriterionKind.PENALTY.name());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getScenarioTitle() {
        return scenarioTitle;
    }

    public List<StepView> getSteps() {
        return steps;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Integer getLatestPublished() {
        return latestPublished;
    }

    public List<CriterionForm> getCriteria() {
        return criteria;
    }

    /** The published versions, newest first, with what each changed. */
    public List<VersionChanges> getVersions() {
        return versions;
    }

    public boolean isStale() {
        return stale;
    }
}
