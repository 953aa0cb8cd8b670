package org.extramile.web.trainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.extramile.analytics.ScenarioAnalytics;
import org.extramile.analytics.ScenarioStanding;
import org.extramile.analytics.TrainingAnalytics;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.BarChart;
import org.extramile.web.shared.Texts;

/**
 * The analytics page: every scenario compared, or one scenario's figures, drawn as charts with the same figures in
 * tables.
 */
@Named
@RequestScoped
public class Analytics {

    @Inject
    TrainingAnalytics analytics;

    @Inject
    ScenarioCatalogue catalogue;

    private String scenario;
    private List<ScenarioSummary> scenarios = List.of();
    private ScenarioAnalytics figures;
    private List<ScenarioStanding> standings;

    public void load() {
        scenarios = catalogue.visibleTo(true);
        if (scenario == null || scenario.isBlank()) {
            scenario = null;
            standings = analytics.standings();
            return;
        }
        try {
            figures = analytics.of(scenario);
        } catch (NotFoundException e) {
            figures = null;
        }
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
        return BarChart.svg(
                "attempts", Texts.text("analytics.attempts"), Texts.text("analytics.attempts.desc"), bars, 0);
    }

    /** Whether any attempt was started in the chart's 30 days: a chart of zeros says less than a sentence. */
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
