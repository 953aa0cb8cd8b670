package it.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Whether a chart's labels can be read as the browser lays them out: none runs into another or off the chart (by more
 * than a glyph's overhang, as a "T" has at its left).
 */
public final class ChartLabels {

    private static final String CLASHES =
            """
            const chart = arguments[0].getBoundingClientRect();
            const boxes = [...arguments[0].querySelectorAll('.chart-label')].map(t => t.getBoundingClientRect());
            const clashes = [];
            boxes.forEach((a, i) => {
              if (a.left < chart.left - 2 || a.right > chart.right + 2) clashes.push('label ' + i + ' leaves the chart');
              boxes.slice(i + 1).forEach((b, j) => {
                if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                  clashes.push('labels ' + i + ' and ' + (i + 1 + j) + ' overlap');
                }
              });
            });
            return clashes.join('; ');
            """;

    private ChartLabels() {}

    /** The labels that overlap or leave the chart, described; empty when every label stands clear. */
    public static String clashes(WebDriver page, WebElement chart) {
        return (String) ((JavascriptExecutor) page).executeScript(CLASHES, chart);
    }
}
