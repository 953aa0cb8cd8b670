package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void shouldEscapeLabelsThatComeFromPeople() {
        String svg = BarChart.svg("c", "<script>", "x", List.of(new BarChart.Bar("<b>\"A&B\"</b>", 1, "1")), 0);

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;&quot;A&amp;B&quot;");
    }
}
