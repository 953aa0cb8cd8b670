package org.extramile.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionModel;
import org.extramile.scoring.LabelledAnswer;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

/**
 * Puts a scope's labels together as trainers read them: one entry per labelled answer (its step and words), the
 * latest level given each criterion, as the scorer reads them; and per criterion, how many answers judge it.
 */
final class LabelsOverview {

    private LabelsOverview() {}

    /**
     * {@code labels} oldest first, so that a later level of the same answer and criterion wins; {@code read}, the
     * labelled answers in the order the calibration read them, to which its held-out verdicts point.
     */
    static List<LabelledAnswerView> answers(
            List<ScoringLabel> labels, boolean draft, Calibration calibration, List<LabelledAnswer> read) {
        Map<List<String>, List<String>> disagreements = new HashMap<>();
        new TreeMap<>(calibration.models()).forEach((criterion, model) -> model.heldOut().wrong().stream()
                .filter(place -> place < read.size())
                .map(read::get)
                .forEach(answer -> disagreements
                        .computeIfAbsent(List.of(answer.step(), answer.text()), k -> new ArrayList<>())
                        .add(criterion)));
        Map<List<String>, List<ScoringLabel>> byAnswer = new LinkedHashMap<>();
        labels.forEach(label -> byAnswer.computeIfAbsent(List.of(label.step(), label.answer()), k -> new ArrayList<>())
                .add(label));
        List<LabelledAnswerView> answers = new ArrayList<>();
        byAnswer.forEach((key, given) -> answers.add(answer(given, draft, disagreements.getOrDefault(key, List.of()))));
        answers.sort(Comparator.comparing(LabelledAnswerView::labelledAt)
                .thenComparing(LabelledAnswerView::id)
                .reversed());
        return answers;
    }

    private static LabelledAnswerView answer(List<ScoringLabel> given, boolean draft, List<String> disagreements) {
        Map<String, String> levels = new TreeMap<>();
        given.forEach(label -> levels.put(label.criterion(), label.level()));
        ScoringLabel latest = given.get(given.size() - 1);
        List<ScoringLabel> own =
                given.stream().filter(ScoringLabel::trainerWritten).toList();
        long id = (own.isEmpty() ? given : own)
                .stream().mapToLong(ScoringLabel::id).min().orElseThrow();
        return new LabelledAnswerView(
                id,
                latest.step(),
                latest.answer(),
                levels,
                latest.source(),
                latest.labelledBy(),
                latest.labelledAt(),
                draft && !own.isEmpty(),
                disagreements);
    }

    static List<CriterionLabels> criteria(Rubric rubric, List<LabelledAnswerView> answers, Calibration calibration) {
        List<CriterionLabels> criteria = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            List<String> names = criterion.levels().stream().map(Level::name).toList();
            int labelled = 0;
            int met = 0;
            for (LabelledAnswerView answer : answers) {
                int level = names.indexOf(answer.levels().get(criterion.key()));
                if (criterion.appliesTo(answer.step()) && level >= 0) {
                    labelled++;
                    met += level > 0 ? 1 : 0;
                }
            }
            CriterionModel model = calibration.models().get(criterion.key());
            criteria.add(new CriterionLabels(
                    criterion.key(),
                    criterion.title(),
                    labelled,
                    met,
                    model == null
                            ? CriterionModel.Source.DEFAULT.name()
                            : model.source().name(),
                    model == null || model.heldOut().total() == 0 ? null : HeldOutAgreement.of(model.heldOut())));
        }
        return criteria;
    }

    static Page<LabelledAnswerView> page(List<LabelledAnswerView> answers, PageRequest request) {
        int from = Math.min(request.offset(), answers.size());
        int to = Math.min(from + request.size(), answers.size());
        return new Page<>(answers.subList(from, to), request.page(), request.size(), answers.size());
    }
}
