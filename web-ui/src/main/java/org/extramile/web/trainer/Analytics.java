package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.extramile.analytics.AnalyticsFilter;
import org.extramile.analytics.ScenarioAnalytics;
import org.extramile.analytics.ScenarioStanding;
import org.extramile.analytics.TrainingAnalytics;
import org.extramile.people.BranchView;
import org.extramile.people.Branches;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.BarChart;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.FilterQuery;
import org.extramile.web.shared.FilterValues;
import org.extramile.web.shared.Formats;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The analytics page: every scenario compared, or one scenario's figures, drawn as charts with the same figures in
 * tables; over a period and a branch when chosen. The filter lives in the address, as on HR's records page, so a
 * filtered view can be shared, and the links from the comparison to a scenario keep it.
 */
@Named
@RequestScoped
public class Analytics {

    static final String PATH = "/trainer/analytics.xhtml";

    @Inject
    TrainingAnalytics analytics;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    Branches branches;

    @Inject
    Formats formats;

    private String scenario;
    private String from;
    private String to;
    private String branch;
    private List<BranchView> branchList = List.of();
    private List<ScenarioSummary> scenarios = List.of();
    private ScenarioAnalytics figures;
    private List<ScenarioStanding> standings;

    public void load() {
        scenarios = catalogue.visibleTo(true);
        branchList = branches.list();
        try {
            AnalyticsFilter filter = new AnalyticsFilter(
                    FilterValues.date("from", from, false), FilterValues.date("to", to, true), branch);
            if (scenario == null || scenario.isBlank()) {
                scenario = null;
                standings = analytics.standings(filter);
            } else {
                figures = analytics.of(scenario, filter);
            }
        } catch (NotFoundException e) {
            figures = null;
        } catch (InvalidException refused) {
            Failures.report(refused);
            Pages.answerWith(400);
        }
    }

    /** Whether a period or a branch narrows the figures. */
    public boolean isFiltered() {
        return !filterQuery().encoded().isEmpty();
    }

    /** The chosen branch's name, or its code as typed when no branch has it. */
    public String getBranchName() {
        return branchList.stream()
                .filter(b -> b.code().equals(branch))
                .map(BranchView::name)
                .findFirst()
                .orElse(branch);
    }

    /** This page's address (without the context path) for one scenario, or the comparison, under the same filter. */
    public String link(String slug) {
        return filterQuery().with("scenario", slug).appendTo(PATH);
    }

    /** The same scenario, or the comparison, without the period and the branch. */
    public String getUnfilteredLink() {
        return new FilterQuery().with("scenario", scenario).appendTo(PATH);
    }

    /** The filter in a sentence: which attempts the figures count. */
    public String getFilterSummary() {
        List<String> parts = new ArrayList<>();
        if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
            parts.add(Texts.text("analytics.filter.between", day(from), day(to)));
        } else if (from != null && !from.isBlank()) {
            parts.add(Texts.text("analytics.filter.from", day(from)));
        } else if (to != null && !to.isBlank()) {
            parts.add(Texts.text("analytics.filter.to", day(to)));
        }
        if (branch != null && !branch.isBlank()) {
            parts.add(Texts.text("analytics.filter.branch", getBranchName()));
        }
        return Texts.text("analytics.filter.summary", String.join(Texts.text("analytics.filter.and"), parts));
    }

    private String day(String value) {
        return formats.day(LocalDate.parse(value.strip()));
    }

    private FilterQuery filterQuery() {
        return new FilterQuery().with("from", from).with("to", to).with("branch", branch);
    }

    /** Each scenario's share of trainees passing at their first completed attempt, hardest first. */
    public String getStandingsChart() {
        // Scenarios nobody has finished have nothing to draw; the table beside the chart lists them.
        List<BarChart.Bar> bars = standings.stream()
                .filter(s -> s.firstTries() > 0)
                .map(s -> new BarChart.Bar(s.title(), s.firstTimePassRate(), percent(s.firstTimePassRate())))
                .toList();
        return BarChart.rows(
                "standings", Texts.text("analytics.standings"), Texts.text("analytics.standings.desc"), bars, 1);
    }

    /** Each step's reach: the share of the attempts read that got that far. */
    public String getPathChart() {
        List<BarChart.Bar> bars = figures.steps().stream()
                .map(step -> new BarChart.Bar(stepName(step), reachShare(step), percent(reachShare(step))))
                .toList();
        return BarChart.rows(
                "paths",
                Texts.text("analytics.paths"),
                Texts.text("analytics.paths.desc", figures.attemptsRead()),
                bars,
                1);
    }

    /** A step as a trainer knows it: its place in the script and its key. */
    public String stepName(ScenarioAnalytics.StepFigures step) {
        return step.place() == 0
                ? Texts.text("analytics.step.removed", step.key())
                : Texts.text("analytics.step.name", step.place(), step.key());
    }

    public double reachShare(ScenarioAnalytics.StepFigures step) {
        return figures.attemptsRead() == 0 ? 0 : (double) step.reached() / figures.attemptsRead();
    }

    /** Where a step's answers led, each with its share of them. */
    public String onward(ScenarioAnalytics.StepFigures step) {
        if (step.answered() == 0) {
            return Texts.text("analytics.onward.none");
        }
        List<String> parts = new ArrayList<>();
        for (ScenarioAnalytics.Onward led : step.onward()) {
            parts.add(Texts.text(
                    "analytics.onward",
                    led.step() == null ? Texts.text("analytics.onward.end") : led.step(),
                    led.answers(),
                    percent((double) led.answers() / step.answered())));
        }
        return String.join(" · ", parts);
    }

    /** Whether any scenario has a settled first try to compare: a chart of dashes says less than a sentence. */
    public boolean isAnyFirstTry() {
        return standings.stream().anyMatch(s -> s.firstTries() > 0);
    }

    public String percentOrDash(Double share) {
        return share == null ? "—" : percent(share);
    }

    public String getDistributionChart() {
        return BarChart.svg(
                "distribution",
                Texts.text("analytics.distribution"),
                Texts.text("analytics.distribution.desc", figures.completed()),
                getBuckets(),
                0);
    }

    public String getMissChart() {
        List<BarChart.Bar> bars = figures.criteria().stream()
                .map(c -> new BarChart.Bar(c.title(), c.missRate(), percent(c.missRate())))
                .toList();
        return BarChart.rows(
                "misses",
                Texts.text("analytics.misses"),
                Texts.text("analytics.misses.desc", figures.turnsRead()),
                bars,
                1);
    }

    public String getAttemptsChart() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Texts.locale());
        List<BarChart.Bar> bars = figures.attemptsPerDay().stream()
                .map(d -> new BarChart.Bar(day.format(d.day()), d.attempts(), Long.toString(d.attempts())))
                .toList();
        String[] range = getAttemptDays();
        return BarChart.svg(
                "attempts",
                Texts.text("analytics.attempts"),
                Texts.text("analytics.attempts.desc", range[0], range[1]),
                bars,
                0);
    }

    /** The chart's first and last day, as the page says them; null when the period has not begun. */
    public String[] getAttemptDays() {
        List<ScenarioAnalytics.DayCount> days = figures.attemptsPerDay();
        if (days.isEmpty()) {
            return null;
        }
        return new String[] {
            formats.day(days.get(0).day()),
            formats.day(days.get(days.size() - 1).day())
        };
    }

    /** Whether any attempt was started in the chart's days: a chart of zeros says less than a sentence. */
    public boolean isAnyRecentAttempt() {
        return figures.attemptsPerDay().stream().anyMatch(d -> d.attempts() > 0);
    }

    /** The distribution as rows: a tenth of the points and how many attempts ended there. */
    public List<BarChart.Bar> getBuckets() {
        List<BarChart.Bar> buckets = new ArrayList<>();
        int[] counts = figures.distribution();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new BarChart.Bar(bucket(i), counts[i], Integer.toString(counts[i])));
        }
        return buckets;
    }

    public String bucket(int tenth) {
        return tenth * 10 + "%";
    }

    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public List<BranchView> getBranches() {
        return branchList;
    }

    public List<ScenarioSummary> getScenarios() {
        return scenarios;
    }

    public List<ScenarioStanding> getStandings() {
        return standings;
    }

    public ScenarioAnalytics getFigures() {
        return figures;
    }
}
