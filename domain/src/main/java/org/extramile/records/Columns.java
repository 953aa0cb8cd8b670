package org.extramile.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns of the tabular formats (CSV, XLSX): the fixed ones, a score column per scenario in scope, and
 * {@code other_scores} for the rare certificate whose snapshot holds a scenario its program no longer requires, so
 * that no score is lost from a table whose columns must be known before the first row.
 */
final class Columns {

    static final List<String> BEFORE_SCORES = List.of(
            "employee_number",
            "name",
            "email",
            "branch",
            "program",
            "program_title",
            "serial",
            "status",
            "issued_at",
            "expires_at",
            "overall_score");
    static final List<String> AFTER_SCORES = List.of("other_scores", "verification_url");
    static final String SCORE_PREFIX = "score_";

    private Columns() {}

    static List<String> header(List<String> scenarios) {
        List<String> header = new ArrayList<>(BEFORE_SCORES);
        scenarios.forEach(s -> header.add(SCORE_PREFIX + s));
        header.addAll(AFTER_SCORES);
        return header;
    }

    /** The scores of scenarios without a column of their own, as {@code slug=share} joined by semicolons. */
    static String otherScores(Map<String, Double> scores, List<String> scenarios) {
        return scores.entrySet().stream()
                .filter(e -> !scenarios.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + round(e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** A share of points to four decimals: what a person reads and a spreadsheet sums. */
    static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    /**
     * Text typed by people, made inert for spreadsheets: a leading =, +, -, @, tab or carriage return would make
     * Excel or LibreOffice run it as a formula (CSV injection), so such a value gets a leading apostrophe, which
     * spreadsheets show as text and do not display.
     */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
