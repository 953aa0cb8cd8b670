package org.extramile.web.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.extramile.rubric.Evidence;
import org.extramile.rubric.Feedback;
import org.extramile.rubric.Level;

/**
 * A criterion as the rubric form edits it: lists of phrases as one item a line (a synonym group as
 * words separated by commas), levels as rows that can be added and removed.
 */
public class CriterionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String title;
    private String description;
    private String kind = CriterionKind.SCORED.name();
    private List<String> steps = new ArrayList<>();
    private List<LevelForm> levels = new ArrayList<>();
    private String indicators;
    private String synonyms;
    private String exemplars;
    private String counterExamples;
    private String feedbackMet;
    private String feedbackMissed;
    private String modelAnswer;

    /** A new criterion with the usual three levels, for the trainer to fill in. */
    static CriterionForm blank(String firstStep) {
        CriterionForm form = new CriterionForm();
        if (firstStep != null) {
            form.steps.add(firstStep);
        }
        form.levels.add(new LevelForm("not shown", null, 0, null));
        form.levels.add(new LevelForm("partly", null, 1, null));
        form.levels.add(new LevelForm("fully", null, 2, null));
        return form;
    }

    static CriterionForm of(Criterion criterion) {
        CriterionForm form = new CriterionForm();
        form.key = criterion.key();
        form.title = criterion.title();
        form.description = criterion.description();
        form.kind = criterion.kind().name();
        form.steps = new ArrayList<>(criterion.steps());
        form.levels = criterion.levels().stream()
                .map(level ->
                        new LevelForm(level.name(), level.descriptor(), level.points(), lines(level.indicators())))
                .collect(Collectors.toCollection(ArrayList::new));
        Evidence evidence = criterion.evidence();
        form.indicators = lines(evidence.indicators());
        form.synonyms = evidence.synonyms().stream()
                .map(group -> String.join(", ", group))
                .collect(Collectors.joining("\n"));
        form.exemplars = lines(evidence.exemplars());
        form.counterExamples = lines(evidence.counterExamples());
        form.feedbackMet = criterion.feedback().met();
        form.feedbackMissed = criterion.feedback().missed();
        form.modelAnswer = criterion.modelAnswer();
        return form;
    }

    Criterion toCriterion() {
        List<Level> rubricLevels = levels.stream().map(LevelForm::toLevel).toList();
        List<List<String>> groups = items(synonyms).stream()
                .map(line -> Arrays.stream(line.split(","))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .toList())
                .toList();
        return new Criterion(
                key,
                title,
                description,
                kind == null ? null : CriterionKind.valueOf(kind),
                steps,
                rubricLevels,
                new Evidence(items(indicators), groups, items(exemplars), items(counterExamples)),
                new Feedback(feedbackMet, feedbackMissed),
                modelAnswer);
    }

    void addLevel() {
        Integer top = levels.isEmpty() ? null : levels.get(levels.size() - 1).getPoints();
        levels.add(new LevelForm(null, null, top == null ? levels.size() : top + 1, null));
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** One item a line; blank lines are gaps, not empty items. */
    private static List<String> items(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<String> getSteps() {
        return steps;
    }

    public void setSteps(List<String> steps) {
        this.steps = steps;
    }

    public List<LevelForm> getLevels() {
        return levels;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(String synonyms) {
        this.synonyms = synonyms;
    }

    public String getExemplars() {
        return exemplars;
    }

    public void setExemplars(String exemplars) {
        this.exemplars = exemplars;
    }

    public String getCounterExamples() {
        return counterExamples;
    }

    public void setCounterExamples(String counterExamples) {
        this.counterExamples = counterExamples;
    }

    public String getFeedbackMet() {
        return feedbackMet;
    }

    public void setFeedbackMet(String feedbackMet) {
        this.feedbackMet = feedbackMet;
    }

    public String getFeedbackMissed() {
        return feedbackMissed;
    }

    public void setFeedbackMissed(String feedbackMissed) {
        this.feedbackMissed = feedbackMissed;
    }

    public String getModelAnswer() {
        return modelAnswer;
    }

    public void setModelAnswer(String modelAnswer) {
        this.modelAnswer = modelAnswer;
    }

    /** One level row. */
    public static class LevelForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String descriptor;
        private Integer points;
        private String indicators;

        LevelForm(String name, String descriptor, Integer points, String indicators) {
            this.name = name;
            this.descriptor = descriptor;
            this.points = points;
            this.indicators = indicators;
        }

        Level toLevel() {
            return new Level(name, descriptor, points == null ? 0 : points, items(indicators));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescriptor() {
            return descriptor;
        }

        public void setDescriptor(String descriptor) {
            this.descriptor = descriptor;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        /** Words that earn at least this level, one a line. */
        public String getIndicators() {
            return indicators;
        }

        public void setIndicators(String indicators) {
            this.indicators = indicators;
        }
    }
}
