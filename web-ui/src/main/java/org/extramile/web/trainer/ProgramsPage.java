package org.extramile.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.extramile.certification.Issuer;
import org.extramile.certification.ProgramDefinition;
import org.extramile.certification.ProgramView;
import org.extramile.certification.Programs;
import org.extramile.records.DeadlineChange;
import org.extramile.records.LateTrainees;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioStatus;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The programs, each with the scenarios it requires by title and its pass rule, and a form that starts a program or
 * changes the one named in the address. A stale save keeps what was typed and says so; certificates already issued
 * keep what they certified.
 */
@Named
@ViewScoped
public class ProgramsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_VALIDITY_MONTHS = 12;

    @Inject
    Programs programs;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    LateTrainees late;

    /** A program as the list shows it. */
    public record Row(
            String slug,
            String title,
            String description,
            List<Required> scenarios,
            Double minAverage,
            int validityMonths,
            Integer dueDays,
            LocalDate dueSince,
            String issuer,
            Instant updatedAt,
            String updatedBy)
            implements Serializable {}

    /**
     * A scenario a program requires, by title; {@code note} says when trainees cannot play it (a draft, or archived:
     * then no one can earn the program until it is replaced).
     */
    public record Required(String title, String note) implements Serializable {}

    private String slug;
    private List<Row> rows = List.of();
    private Map<String, String> scenarioChoices = Map.of();
    private boolean editing;
    private Long version;
    private String title;
    private String newSlug;
    private String description;
    private List<String> scenarios = new ArrayList<>();
    private Integer minAveragePercent;
    private Integer validityMonths;
    /** Days after a person's hire by which they must first earn it; null: no deadline. */
    private Integer dueDays;
    /** The deadline as saved, and what the one typed would change: who would be late today. */
    private Integer savedDueDays;

    private DeadlineChange deadlineChange;

    private String issuerName;
    private String issuerUrl;
    private String issuerLogoUrl;

    /** Lists the programs, and fills the form with the program named in the address or a new one's defaults. */
    public void load() {
        showList();
        if (slug == null || slug.isBlank()) {
            editing = false;
            validityMonths = DEFAULT_VALIDITY_MONTHS;
            Issuer issuer = programs.defaultIssuer();
            issuerName = issuer.name();
            issuerUrl = issuer.url();
            return;
        }
        try {
            fill(programs.get(slug));
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    /** Creates the program and opens it, or saves the change to the one being edited. */
    public String save() {
        String chosen =
                editing ? slug : newSlug == null || newSlug.isBlank() ? ScenarioList.slugOf(title) : newSlug.strip();
        ProgramDefinition definition = new ProgramDefinition(
                chosen,
                title,
                description,
                scenarios == null ? List.of() : List.copyOf(scenarios),
                minAveragePercent == null ? null : minAveragePercent / 100.0,
                validityMonths,
                dueDays,
                new Issuer(issuerName, issuerUrl, blankToNull(issuerLogoUrl)),
                version);
        DeadlineChange change = editing ? changeOfDeadline() : null;
        try {
            if (!editing) {
                programs.create(definition, Pages.caller());
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getFlash()
                        .setKeepMessages(true);
                Failures.info(Texts.text("programs.created", title.strip()));
                return "/trainer/programs?faces-redirect=true&slug=" + chosen;
            }
            fill(programs.update(slug, definition, Pages.caller()));
            showList();
            Failures.info(
                    change != null && change.moreLate() > 0
                            ? Texts.text("programs.savedLate", change.moreLate())
                            : Texts.text("programs.saved"));
        } catch (ConflictException refused) {
            Failures.error(
                    editing
                            ? Texts.text(
                                    "programs.conflict",
                                    version,
                                    programs.get(slug).version())
                            : refused.getMessage());
        } catch (RuntimeException refused) {
            Failures.report(refused, editing ? Set.of() : ScenarioList.slugMadeFromBlank(newSlug, title));
        }
        return null;
    }

    /** Tells, as the trainer types a deadline, how many trainees it would make late today (or no longer late). */
    public void previewDeadline() {
        deadlineChange = editing && !Objects.equals(dueDays, savedDueDays) ? changeOfDeadline() : null;
    }

    /** What saving the deadline typed would change; null for days out of range, which saving refuses anyway. */
    private DeadlineChange changeOfDeadline() {
        if (dueDays != null && (dueDays < 1 || dueDays > ProgramDefinition.MAX_DUE_DAYS)) {
            return null;
        }
        return late.ifDueIn(slug, dueDays);
    }

    private void showList() {
        Map<String, ScenarioSummary> known = new LinkedHashMap<>();
        catalogue.visibleTo(true).forEach(scenario -> known.put(scenario.slug(), scenario));
        List<ProgramView> all = programs.all();
        rows = all.stream()
                .map(p -> new Row(
                        p.slug(),
                        p.title(),
                        p.description(),
                        p.scenarios().stream()
                                .map(s -> required(s, known.get(s)))
                                .toList(),
                        p.minAverage(),
                        p.validityMonths(),
                        p.dueDays(),
                        p.dueSince(),
                        p.issuer().name(),
                        p.updatedAt(),
                        p.updatedBy()))
                .toList();
        Set<String> requiredBySlug = slug == null
                ? Set.of()
                : all.stream()
                        .filter(p -> p.slug().equals(slug))
                        .flatMap(p -> p.scenarios().stream())
                        .collect(java.util.stream.Collectors.toSet());
        Map<String, String> choices = new LinkedHashMap<>();
        for (ScenarioSummary scenario : known.values()) {
            // An archived scenario stays a choice while the program being edited requires it, so that saving
            // removes it only when the trainer unticks it.
            if (scenario.status() != ScenarioStatus.ARCHIVED || requiredBySlug.contains(scenario.slug())) {
                choices.put(choiceLabel(scenario), scenario.slug());
            }
        }
        scenarioChoices = choices;
    }

    private static Required required(String slug, ScenarioSummary scenario) {
        if (scenario == null) {
            return new Required(slug, null);
        }
        return new Required(
                scenario.title(),
                scenario.status() == ScenarioStatus.PUBLISHED
                        ? null
                        : Texts.text("programs.required." + scenario.status()));
    }

    /** A draft can be required before it is published, an archived one kept: the label says trainees cannot play it. */
    private static String choiceLabel(ScenarioSummary scenario) {
        return switch (scenario.status()) {
            case PUBLISHED -> scenario.title();
            case ARCHIVED -> Texts.text("programs.archivedChoice", scenario.title());
            default -> Texts.text("programs.draftChoice", scenario.title());
        };
    }

    private void fill(ProgramView program) {
        editing = true;
        version = program.version();
        title = program.title();
        description = program.description();
        scenarios = new ArrayList<>(program.scenarios());
        minAveragePercent = program.minAverage() == null ? null : (int) Math.round(program.minAverage() * 100);
        validityMonths = program.validityMonths();
        dueDays = program.dueDays();
        savedDueDays = dueDays;
        deadlineChange = null;
        issuerName = program.issuer().name();
        issuerUrl = program.issuer().url();
        issuerLogoUrl = program.issuer().logoUrl();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The scenarios a program can require, by title, in the catalogue's order. */
    public Map<String, String> getScenarioChoices() {
        return scenarioChoices;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getVersion() {
        return version;
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

    public String getNewSlug() {
        return newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getScenarios() {
        return scenarios;
    }

    public void setScenarios(List<String> scenarios) {
        this.scenarios = scenarios;
    }

    public Integer getMinAveragePercent() {
        return minAveragePercent;
    }

    public void setMinAveragePercent(Integer minAveragePercent) {
        this.minAveragePercent = minAveragePercent;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public DeadlineChange getDeadlineChange() {
        return deadlineChange;
    }

    public Integer getDueDays() {
        return dueDays;
    }

    public void setDueDays(Integer dueDays) {
        this.dueDays = dueDays;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public void setIssuerName(String issuerName) {
        this.issuerName = issuerName;
    }

    public String getIssuerUrl() {
        return issuerUrl;
    }

    public void setIssuerUrl(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    public String getIssuerLogoUrl() {
        return issuerLogoUrl;
    }

    public void setIssuerLogoUrl(String issuerLogoUrl) {
        this.issuerLogoUrl = issuerLogoUrl;
    }
}
