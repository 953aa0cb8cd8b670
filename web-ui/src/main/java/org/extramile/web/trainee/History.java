package org.extramile.web.trainee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extramile.attempt.AttemptSummary;
import org.extramile.attempt.MyAttempts;
import org.extramile.attempt.RolePlay;
import org.extramile.attempt.ScenarioHistory;
import org.extramile.web.shared.Formats;
import org.extramile.web.shared.Pages;

/** The trainee's history: per scenario the first, best and latest share, as a chart and a table; every attempt. */
@Named
@RequestScoped
public class History {

    /** Height of one bar and of a scenario's title line in the chart, in pixels. */
    static final int ROW = 22;

    /** Where bars start, as a share of the chart's width: the words "First", "Best", "Latest" come before. */
    static final double BARS_FROM = 0.2;

    /** The widest a bar gets (a share of 1), as a share of the chart's width; its figure follows it. */
    static final double BARS_WIDTH = 0.65;

    @Inject
    RolePlay rolePlay;

    @Inject
    Formats formats;

    private List<AttemptSummary> attempts = List.of();
    private List<Row> rows = List.of();

    /** One scenario's record, with its title. */
    public record Row(String slug, String title, ScenarioHistory history) {}

    /** A bar of the chart, laid out: its top, its width and where its figure goes, in percent of the width. */
    public record Bar(String kind, int y, double width, double figureAt, String figure) {}

    /** A scenario's title line in the chart. */
    public record Label(String text, int y) {}

    public void load() {
        MyAttempts mine = rolePlay.mine(Pages.caller());
        attempts = mine.attempts();
        Map<String, String> titles = attempts.stream()
                .collect(Collectors.toMap(AttemptSummary::scenario, AttemptSummary::title, (a, b) -> a));
        rows = mine.scenarios().stream()
                .map(h -> new Row(h.scenario(), titles.getOrDefault(h.scenario(), h.scenario()), h))
                .toList();
    }

    /** Scenarios with at least one completed attempt: the only ones with figures to draw. */
    public List<Row> getCharted() {
        return rows.stream().filter(r -> r.history().completed() > 0).toList();
    }

    public List<Label> getLabels() {
        List<Label> labels = new ArrayList<>();
        int y = 0;
        for (Row row : getCharted()) {
            labels.add(new Label(row.title(), y + ROW - 6));
            y += ROW * 4;
        }
        return labels;
    }

    public List<Bar> getBars() {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Row row : getCharted()) {
            ScenarioHistory h = row.history();
            bars.add(bar("first", y + ROW, h.first()));
            bars.add(bar("best", y + ROW * 2, h.best()));
            bars.add(bar("latest", y + ROW * 3, h.latest()));
            y += ROW * 4;
        }
        return bars;
    }

    public int getChartHeight() {
        return getCharted().size() * ROW * 4;
    }

    private Bar bar(String kind, int y, Double share) {
        double value = share == null ? 0 : share;
        double width = value * BARS_WIDTH * 100;
        return new Bar(kind, y + 3, width, (BARS_FROM * 100) + width + 1, formats.percent(share));
    }

    public int getBarsFrom() {
        return (int) (BARS_FROM * 100);
    }

    public List<AttemptSummary> getAttempts() {
        return attempts;
    }

    public List<Row> getRows() {
        return rows;
    }
}
