package org.extramile.web.shared;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as inline SVG, drawn on the server: no script, readable by screen readers through its title and
 * description (the same figures are always given in a table beside it), and every label escaped.
 */
public final class BarChart {

    /** One bar: its label and value; {@code shown} is the value as printed above the bar. */
    public record Bar(String label, double value, String shown) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int AXIS = 28;
    private static final int TOP = 18;

    private BarChart() {}

    /** Vertical bars scaled to the largest value (or to {@code max} when it is larger, e.g. 1 for shares). */
    public static String svg(String id, String title, String description, List<Bar> bars, double max) {
        double top = Math.max(max, bars.stream().mapToDouble(Bar::value).max().orElse(0));
        double slot = (double) WIDTH / Math.max(1, bars.size());
        double barWidth = Math.max(2, slot * 0.7);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"")
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
                .append("</desc>")
                .append("<line x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(HEIGHT - AXIS)
                .append("\" y2=\"")
                .append(HEIGHT - AXIS)
                .append("\" class=\"chart-axis\"/>");
        boolean labelEvery = bars.size() <= 12;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double height = top == 0 ? 0 : (HEIGHT - AXIS - TOP) * bar.value() / top;
            double x = i * slot + (slot - barWidth) / 2;
            double y = HEIGHT - AXIS - height;
            svg.append("<rect class=\"chart-bar\" x=\"")
                    .append(format(x))
                    .append("\" y=\"")
                    .append(format(y))
                    .append("\" width=\"")
                    .append(format(barWidth))
                    .append("\" height=\"")
                    .append(format(height))
                    .append("\"><title>")
                    .append(escape(bar.label() + ": " + bar.shown()))
                    .append("</title></rect>");
            if (labelEvery || i % 5 == 0 || i == bars.size() - 1) {
                svg.append("<text class=\"chart-label\" x=\"")
                        .append(format(i * slot + slot / 2))
                        .append("\" y=\"")
                        .append(HEIGHT - AXIS + 16)
                        .append("\" text-anchor=\"middle\">")
                        .append(escape(bar.label()))
                        .append("</text>");
            }
            if (labelEvery && bar.value() > 0) {
                svg.append("<text class=\"chart-value\" x=\"")
                        .append(format(i * slot + slot / 2))
                        .append("\" y=\"")
                        .append(format(y - 4))
                        .append("\" text-anchor=\"middle\">")
                        .append(escape(bar.shown()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
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
