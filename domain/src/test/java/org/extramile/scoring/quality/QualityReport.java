package org.extramile.scoring.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the figures of every measured scenario to docs/scoring-quality.md. */
final class QualityReport {

    private QualityReport() {}

    static void write(
            Path file,
            List<ScenarioQuality> calibrated,
            List<ScenarioQuality> defaults,
            List<ScenarioQuality> crossValidated,
            int evaluationLooks,
            String notes) {
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
                "- Per criterion: accuracy and F1 of met against not met (for a penalty, \"met\" means the behaviour was shown).\n\n");
        md.append(
                "## Summary\n\n| scenario | calibration / evaluation answers | Spearman | AUC | macro F1 | mean accuracy | needs review | Spearman, AUC with default models |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < calibrated.size(); i++) {
            ScenarioQuality q = calibrated.get(i);
            ScenarioQuality d = defaults.get(i);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d / %d | %.2f | %.2f | %.2f | %.2f | %.0f%% | %.2f, %.2f |%n",
                    q.scenario(),
                    q.calibrationAnswers(),
                    q.scoredAnswers(),
                    q.spearman(),
                    q.auc(),
                    q.macroF1(),
                    q.accuracy(),
                    q.reviewShare() * 100,
                    d.spearman(),
                    d.auc()));
        }
        for (ScenarioQuality q : calibrated) {
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
                .append("| scenario | answers | Spearman | AUC | macro F1 |\n|---|---|---|---|---|\n");
        crossValidated.forEach(q -> md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f |%n",
                q.scenario(),
                q.scoredAnswers(),
                q.spearman(),
                q.auc(),
                q.macroF1())));
        md.append("\n## Notes\n\n").append(notes).append('\n');
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
