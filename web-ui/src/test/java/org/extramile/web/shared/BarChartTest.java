package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void shouldDrawOneBarPerFigureScaledToTheLargestAndNameItForScreenReaders() {
        String svg = BarChart.svg(
                "dist",
                "Scores",
                "Two attempts",
                List.of(new BarChart.Bar("0%", 1, "1"), new BarChart.Bar("90%", 2, "2")),
                0);

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"dist-title dist-desc\"");
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(svg).contains("height=\"174.0\"").contains("height=\"87.0\"");
    }

    @Test
    void shouldKeepTheFirstAndLastLabelOfAManyBarChartInsideItsEdgesAndWriteOnlyTheTallestValue() {
        List<BarChart.Bar> days = IntStream.rangeClosed(1, 30)
                .mapToObj(day -> new BarChart.Bar(day + " Nov", day % 3, Integer.toString(day % 3)))
                .toList();

        String svg = BarChart.svg("days", "Attempts", "30 days", days, 0);

        assertThat(svg)
                .contains("text-anchor=\"start\">1 Nov<", "text-anchor=\"middle\">6 Nov<")
                .contains("text-anchor=\"end\">30 Nov<")
                .doesNotContain(">2 Nov<");
        assertThat(svg.split("<text class=\"chart-value\"", -1))
                .as("one value, the scale the other columns are read by")
                .hasSize(2);
        assertThat(svg.substring(svg.indexOf("<text class=\"chart-value\"")))
                .as("over the latest of the tallest: 29 Nov, the middle of the 29th of 30 columns 640 / 30 wide")
                .startsWith("<text class=\"chart-value\" x=\"608.0\"")
                .contains(">2</text>");
    }

    @Test
    void shouldDrawNamedThingsAsRowsEachUnderItsWholeLabelAndNameThemForScreenReaders() {
        String longTitle = "Reassures her it's genuine and makes checkout effortless, with a word for the cashier too";
        String html = BarChart.rows(
                "misses",
                "Miss rate",
                "Two criteria",
                List.of(new BarChart.Bar("Tells her honestly", 0.5, "50%"), new BarChart.Bar(longTitle, 0.25, "25%")),
                1);

        assertThat(html)
                .startsWith("<div class=\"bar-chart rows\" role=\"img\" aria-labelledby=\"misses-title misses-desc\">")
                .contains("id=\"misses-title\">Miss rate<", "id=\"misses-desc\">Two criteria<");
        assertThat(html.split("class=\"chart-row\"", -1)).hasSize(3);
        assertThat(html)
                .contains("<span class=\"chart-label\">Tells her honestly</span><span class=\"chart-track\">"
                        + "<span class=\"chart-bar\" style=\"width: 50.0%\"></span></span>"
                        + "<span class=\"chart-value\">50%</span>")
                .contains(">" + longTitle + "</span>", "width: 25.0%");
        assertThat(BarChart.rows(
                        "few", "x", "y", List.of(new BarChart.Bar("A", 2, "2"), new BarChart.Bar("B", 1, "1")), 0))
                .as("scaled to the largest")
                .contains("width: 100.0%", "width: 50.0%");
    }

    @Test
    void shouldEscapeLabelsThatComeFromPeople() {
        String svg = BarChart.svg("c", "<script>", "x", List.of(new BarChart.Bar("<b>\"A&B\"</b>", 1, "1")), 0);

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;&quot;A&amp;B&quot;");
        assertThat(BarChart.rows("r", "x", "<y>", List.of(new BarChart.Bar("<i>", 1, "<1>")), 0))
                .doesNotContain("<i>", "<1>", "<y>")
                .contains("&lt;i&gt;", "&lt;1&gt;");
    }
}
