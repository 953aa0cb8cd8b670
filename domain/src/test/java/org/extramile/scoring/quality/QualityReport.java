package org.extramile.scoring.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes the figures of every measured scenario to docs/scoring-quality.md. */
final class QualityReport {

    private QualityReport() {}

    /**
     * One scenario's figures: on the evaluation split with calibrated and default models, the rubric's ceiling there,
     * and the cross-validation on the calibration split at growing shares of its labels (the last uses them all;
     * empty for the fixture).
     */
    record Scenario(
            ScenarioQuality calibrated, ScenarioQuality defaults, RubricCeiling ceiling, List<ScenarioQuality> curve) {

        Optional<ScenarioQuality> crossValidated() {
            return curve.isEmpty() ? Optional.empty() : Optional.of(curve.get(curve.size() - 1));
        }
    }

    static void write(
            Path file, List<Scenario> scenarios, List<Double> curveShares, int evaluationLooks, String notes) {
        StringBuilder md = new StringBuilder();
        md.append("# Scoring quality\n\n");
        md.append(
                        "Agreement of the scorer with trainers' labels, on the **evaluation** split of each scenario's labelled set ")
                .append("(`domain/src/test/resources/scoring/labelled/<slug>.json`). The scorer is calibrated on the ")
                .append("calibration split only; rubric authors never tune on the evaluation split.\n\n");
        md.append("The evaluation splits have been looked at ")
                .append(evaluationLooks)
                .append(" times (each computation of these figures for a changed scorer or a changed set counts one); ")
                .append(
                        "every modelling choice was made by cross-validation on the calibration split (last section).\n\n");
        md.append("Written by `ScoringQualityTest`; regenerate it from the worktree root with:\n\n");
        md.append("```\n./mvnw -B -q -pl domain test -Dtest=ScoringQualityTest -Dscoring.report=true\n```\n\n");
        md.append(
                        "- Spearman: between the card's share of points (points / maxPoints, comparable across steps) and the ")
                .append("holistic label 0 to 3.\n");
        md.append(
                "- AUC: pass against fail, answers ranked by the card's own verdict (`passed`) and then its share of points.\n");
        md.append(
                "- Per criterion: accuracy and F1 of met against not met (for a penalty, \"met\" means the behaviour was shown).\n");
        md.append(
                        "- Ceiling: the Spearman and AUC of the rubric's own points if every criterion were decided exactly as ")
                .append("the trainer labelled it (`RubricCeiling`): no scorer of this rubric can do better.\n");
        md.append("- Disagreements flagged: of the verdicts where scorer and trainer differ on met or not, those that ")
                .append(
                        "asked for a trainer's review (the band of doubt): what reviewing the flagged answers catches.\n\n");
        md.append(
                "## Summary\n\n| scenario | calibration / evaluation answers | Spearman | AUC | macro F1 | mean accuracy | needs review | disagreements flagged | Spearman, AUC with default models | ceiling: Spearman, AUC |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Scenario scenario : scenarios) {
            ScenarioQuality q = scenario.calibrated();
            ScenarioQuality d = scenario.defaults();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d / %d | %.2f | %.2f | %.2f | %.2f | %.0f%% | %s | %.2f, %.2f | %.2f, %.2f |%n",
                    q.scenario(),
                    q.calibrationAnswers(),
                    q.scoredAnswers(),
                    q.spearman(),
                    q.auc(),
                    q.macroF1(),
                    q.accuracy(),
                    q.reviewShare() * 100,
                    flagged(q.disagreements()),
                    d.spearman(),
                    d.auc(),
                    scenario.ceiling().spearman(),
                    scenario.ceiling().auc()));
        }
        for (ScenarioQuality q : scenarios.stream().map(Scenario::calibrated).toList()) {
            md.append("\n## ")
                    .append(q.scenario())
                    .append("\n\n| criterion | answers | accuracy | F1 | model |\n|---|---|---|---|---|\n");
            q.criteria()
                    .forEach((key, a) -> md.append(String.format(
                            Locale.ROOT,
                            "| %s | %d | %.2f | %.2f | %s |%n",
                            key,
                            a.answers(),
                            a.accuracy(),
                            a.f1(),
                            a.model())));
        }
        md.append("\n## Cross-validation on the calibration split\n\n")
                .append(
                        "What modelling choices are judged by (`CrossValidationTest`): each calibration answer scored by a ")
                .append("calibration fitted on the other four fifths of the split.\n\n")
                .append("| scenario | answers | Spearman | AUC | macro F1 | disagreements flagged |\n")
                .append("|---|---|---|---|---|---|\n");
        scenarios.forEach(s -> s.crossValidated()
                .ifPresent(q -> md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f | %.2f | %.2f | %s |%n",
                        q.scenario(),
                        q.scoredAnswers(),
                        q.spearman(),
                        q.auc(),
                        q.macroF1(),
                        flagged(q.disagreements())))));
        learningCurve(md, scenarios, curveShares);
        md.append("\n## Notes\n\n").append(notes).append('\n');
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * How the cross-validated Spearman grows with the labels trainers give: a table, and a chart per scenario
     * (Mermaid, drawn where the Markdown is read).
     */
    private static void learningCurve(StringBuilder md, List<Scenario> scenarios, List<Double> shares) {
        List<Scenario> curved =
                scenarios.stream().filter(s -> !s.curve().isEmpty()).toList();
        if (curved.isEmpty()) {
            return;
        }
        md.append("\n## Learning curve\n\n")
                .append("The same cross-validation, with each fold's calibration fitted on only the first part of its ")
                .append("training answers (0 labels: the default models). Spearman, then AUC, by labels used:\n\n")
                .append("| scenario |");
        shares.forEach(share -> md.append(String.format(Locale.ROOT, " %.0f%% of them |", share * 100)));
        md.append("\n|---|");
        shares.forEach(share -> md.append("---|"));
        md.append('\n');
        for (Scenario s : curved) {
            md.append("| ").append(s.calibrated().scenario()).append(" |");
            s.curve()
                    .forEach(q -> md.append(String.format(
                            Locale.ROOT, " %d labels: %.2f, %.2f |", q.calibrationAnswers(), q.spearman(), q.auc())));
            md.append('\n');
        }
        for (Scenario s : curved) {
            List<ScenarioQuality> curve = s.curve();
            md.append("\n```mermaid\nxychart-beta\n    title \"")
                    .append(s.calibrated().scenario())
                    .append(": cross-validated Spearman by labels used\"\n    x-axis \"labels\" [")
                    .append(String.join(
                            ", ",
                            curve.stream()
                                    .map(q -> String.valueOf(q.calibrationAnswers()))
                                    .toList()))
                    .append("]\n    y-axis \"Spearman\" 0 --> 1\n    line [")
                    .append(String.join(
                            ", ",
                            curve.stream()
                                    .map(q -> String.format(Locale.ROOT, "%.2f", q.spearman()))
                                    .toList()))
                    .append("]\n```\n");
        }
    }

    private static String flagged(ScenarioQuality.Disagreements d) {
        return String.format(Locale.ROOT, "%.0f%% (%d of %d)", d.flaggedShare() * 100, d.flagged(), d.total());
    }
}
