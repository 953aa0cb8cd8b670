package org.extramile.web.shared;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server: no script, an image to a screen reader named by its title and description (the same
 * figures are always given in a table beside it), and every label escaped. Columns suit an ordered scale with short
 * labels (tenths of the points, days); rows suit named things (criteria, branches), whose names would run into each
 * other under columns.
 */
public final class BarChart {

    /** One bar: its label and value; {@code shown} is the value as printed beside the bar. */
    public record Bar(String label, double value, String shown) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int AXIS = 28;
    private static final int TOP = 18;

    private BarChart() {}

    /** Vertical bars, drawn in SVG, scaled to the largest value (or to {@code max} when it is larger, e.g. 1 for shares). */
    public static String svg(String id, String title, String description, List<Bar> bars, double max) {
        double top = top(bars, max);
        double slot = (double) WIDTH / Math.max(1, bars.size());
        double barWidth = Math.max(2, slot * 0.7);
        StringBuilder svg = open(
                        id, "bar-chart columns", "viewBox=\"0 0 " + WIDTH + ' ' + HEIGHT + "\"", title, description)
                .append("<line x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(HEIGHT - AXIS)
                .append("\" y2=\"")
                .append(HEIGHT - AXIS)
                .append("\" class=\"chart-axis\"/>");
        boolean labelEvery = bars.size() <= 12;
        // Too many columns to write each value: the tallest (the latest of them) gives the scale the rest are read by.
        int tallest = -1;
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).value() > 0
                    && (tallest < 0 || bars.get(i).value() >= bars.get(tallest).value())) {
                tallest = i;
            }
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double height = top == 0 ? 0 : (HEIGHT - AXIS - TOP) * bar.value() / top;
            double x = i * slot + (slot - barWidth) / 2;
            double y = HEIGHT - AXIS - height;
            rect(svg, format(x), format(y), format(barWidth), format(height), bar);
            if (labelEvery) {
                text(svg, "chart-label", format(i * slot + slot / 2), HEIGHT - AXIS + 16, "middle", bar.label());
            } else if (i % 5 == 0 || i == bars.size() - 1) {
                // Labels wider than their bar's slot: the first and last are kept inside the chart's edges.
                boolean last = i == bars.size() - 1;
                String anchor = i == 0 ? "start" : last ? "end" : "middle";
                double at = i == 0 ? x : last ? x + barWidth : i * slot + slot / 2;
                text(svg, "chart-label", format(at), HEIGHT - AXIS + 16, anchor, bar.label());
            }
            if (bar.value() > 0 && (labelEvery || i == tallest)) {
                text(svg, "chart-value", format(i * slot + slot / 2), y - 4, "middle", bar.shown());
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Horizontal bars, one a row under its label, scaled to the largest value (or to {@code max} when it is larger).
     * Drawn in HTML rather than SVG so that a long label wraps on a narrow screen instead of running off it; like
     * the columns, an image to a screen reader, named by its title and description.
     */
    public static String rows(String id, String title, String description, List<Bar> bars, double max) {
        double top = top(bars, max);
        StringBuilder html = new StringBuilder()
                .append("<div class=\"bar-chart rows\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><span class=\"visually-hidden\" id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</span><span class=\"visually-hidden\" id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</span>");
        for (Bar bar : bars) {
            html.append("<div class=\"chart-row\"><span class=\"chart-label\">")
                    .append(escape(bar.label()))
                    .append("</span><span class=\"chart-track\"><span class=\"chart-bar\" style=\"width: ")
                    .append(format(top == 0 ? 0 : 100 * bar.value() / top))
                    .append("%\"></span></span><span class=\"chart-value\">")
                    .append(escape(bar.shown()))
                    .append("</span></div>");
        }
        return html.append("</div>").toString();
    }

    private static double top(List<Bar> bars, double max) {
        return Math.max(max, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    }

    private static StringBuilder open(String id, String kind, String size, String title, String description) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
                .append(kind)
                .append("\" role=\"img\" ")
                .append(size)
                .append(" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /** A bar, which names its label and figure to a pointer hovering it. */
    private static void rect(StringBuilder svg, String x, String y, String width, String height, Bar bar) {
        svg.append("<rect class=\"chart-bar\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\"><title>")
                .append(escape(bar.label() + ": " + bar.shown()))
                .append("</title></rect>");
    }

    private static void text(StringBuilder svg, String kind, String x, double y, String anchor, String text) {
        svg.append("<text class=\"")
                .append(kind)
                .append("\" x=\"")
                .append(x)
                .append("\" y=\"")
                .append(format(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
