package org.extramile.web.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;

/**
 * An answer as HTML with its evidence marked: every character of the answer is escaped, and only
 * the {@code <mark>} elements this class writes are markup, so an answer holding {@code <script>}
 * shows as text.
 */
public final class Highlighter {

    /** A stretch of the answer, by character offsets (end exclusive), and what it is evidence of. */
    public record Span(int start, int end, String label) {}

    private Highlighter() {}

    /**
     * A scored answer with the evidence of its met criteria and of the penalties it showed marked,
     * each labelled with the criterion's title: the trainee's own words that earned (or cost) points.
     */
    public static String highlight(String text, ScoreCard card) {
        List<Span> spans = Stream.concat(card.criteria().stream(), card.penalties().stream())
                .filter(CriterionScore::met)
                .flatMap(score -> score.evidence().stream()
                        .map(evidence -> new Span(evidence.start(), evidence.end(), score.title())))
                .toList();
        return highlight(text, spans);
    }

    public static String highlight(String text, List<Span> spans) {
        List<Span> merged = merge(text.length(), spans);
        StringBuilder html = new StringBuilder(text.length() + merged.size() * 40);
        int at = 0;
        for (Span span : merged) {
            html.append(escape(text.substring(at, span.start())));
            html.append("<mark title=\"")
                    .append(escape(span.label()))
                    .append("\">")
                    .append(escape(text.substring(span.start(), span.end())))
                    .append("</mark>");
            at = span.end();
        }
        html.append(escape(text.substring(at)));
        return html.toString();
    }

    /** Spans clipped to the text, in order, overlapping ones joined with both labels. */
    static List<Span> merge(int length, List<Span> spans) {
        List<Span> sorted = spans.stream()
                .map(s -> new Span(Math.max(0, s.start()), Math.min(length, s.end()), s.label()))
                .filter(s -> s.start() < s.end())
                .sorted(Comparator.comparingInt(Span::start).thenComparingInt(Span::end))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                String label = last.label().equals(span.label()) || last.label().contains(span.label())
                        ? last.label()
                        : last.label() + "; " + span.label();
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end()), label));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
