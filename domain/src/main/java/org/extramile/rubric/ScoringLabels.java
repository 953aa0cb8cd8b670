package org.extramile.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extramile.scoring.LabelledAnswer;

/**
 * The labels trainers gave answers, kept with the rubric version (or the draft) and the criterion they are for. Its
 * own transactions, so that scoring outside one (an attempt's turn) can read them.
 */
@ApplicationScoped
@Transactional
public class ScoringLabels {

    @Inject
    EntityManager em;

    /** Keeps a trainer's override of a scored turn as labels of the version that scored it. */
    public void overridden(
            Long scenarioId,
            Long versionId,
            String step,
            String answer,
            Map<String, String> levels,
            String by,
            Instant at) {
        levels.forEach((criterion, level) -> em.persist(new ScoringLabel(
                scenarioId, versionId, ScoringLabel.Source.OVERRIDE, step, answer, criterion, level, by, at)));
    }

    void addToDraft(Long scenarioId, ScoringLabel.Source source, LabelledExample example, String by, Instant at) {
        example.levels()
                .forEach((criterion, level) -> em.persist(new ScoringLabel(
                        scenarioId, null, source, example.step(), example.text(), criterion, level, by, at)));
        em.flush();
    }

    /**
     * Copies the draft's labels (reviews included) to the version it was just published as, but for those whose
     * criterion (or level) the published rubric no longer has for their step.
     */
    void carry(Long scenarioId, Long versionId, Rubric published) {
        toCarry(scenarioId, published).forEach(label -> em.persist(label.carriedTo(versionId)));
        em.flush();
    }

    /** Whether a version holds the very labels the draft would carry if published with {@code rubric}. */
    boolean carried(Long scenarioId, Long versionId, Rubric rubric) {
        return toCarry(scenarioId, rubric)
                .map(ScoringLabel::given)
                .collect(Collectors.toSet())
                .equals(labels(LabelScope.version(versionId)).stream()
                        .map(ScoringLabel::given)
                        .collect(Collectors.toSet()));
    }

    private Stream<ScoringLabel> toCarry(Long scenarioId, Rubric published) {
        return labels(LabelScope.draft(scenarioId)).stream().filter(label -> published.appliesTo(label.step()).stream()
                .filter(c -> c.key().equals(label.criterion()))
                .anyMatch(c -> c.levels().stream().anyMatch(l -> l.name().equals(label.level()))));
    }

    /** The labels in scope, oldest first, as the scorer reads them: a review carried to several versions once. */
    List<ScoringLabel> all(LabelScope scope) {
        return labels(scope);
    }

    /**
     * Takes an answer a trainer labelled for the draft out of what the scorer learns from: every level given its words
     * at its step, in preview or by a pack ({@code id} names any of them). A review's labels stay: they change when
     * the turn is reviewed again. False when {@code id} is no such label of the scenario's draft.
     */
    boolean removeFromDraft(Long scenarioId, long id) {
        ScoringLabel label = em.find(ScoringLabel.class, id);
        if (label == null || !label.scenarioId().equals(scenarioId) || !label.trainerWritten()) {
            return false;
        }
        // A native delete: the entity is immutable, so JPQL would refuse to touch it.
        em.createNativeQuery("delete from scoring_label where scenario_id = ?1 and rubric_version_id is null"
                        + " and source <> ?2 and step = ?3 and answer = ?4")
                .setParameter(1, scenarioId)
                .setParameter(2, ScoringLabel.Source.OVERRIDE.name())
                .setParameter(3, label.step())
                .setParameter(4, label.answer())
                .executeUpdate();
        em.detach(label);
        return true;
    }

    LabelFingerprint fingerprint(LabelScope scope) {
        Object[] row = scoped(
                        "select count(l), coalesce(max(l.id), 0) from ScoringLabel l where %s", Object[].class, scope)
                .getSingleResult();
        return new LabelFingerprint(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The labels and their fingerprint, read together, so a calibration fitted on them is stored under the right one. */
    record Labelled(LabelFingerprint fingerprint, List<LabelledAnswer> answers) {}

    Labelled labelled(LabelScope scope) {
        List<ScoringLabel> all = labels(scope);
        long lastId = all.stream().mapToLong(ScoringLabel::id).max().orElse(0);
        return new Labelled(
                new LabelFingerprint(all.size(), lastId),
                grouped(all).stream()
                        .map(e -> new LabelledAnswer(e.step(), e.text(), e.levels()))
                        .toList());
    }

    /** The labelled answers: one per step and text, with the latest level given each criterion. */
    List<LabelledAnswer> answers(LabelScope scope) {
        return answers(labels(scope));
    }

    /** The labelled answers these labels (oldest first) make, as {@link #answers(LabelScope)} reads them. */
    List<LabelledAnswer> answers(List<ScoringLabel> labels) {
        return grouped(labels).stream()
                .map(e -> new LabelledAnswer(e.step(), e.text(), e.levels()))
                .toList();
    }

    /**
     * The answers trainers wrote themselves (in preview, or as examples), labelled: what a pack may carry. Trainees'
     * answers labelled by overrides stay in this installation.
     */
    List<LabelledExample> examples(LabelScope scope) {
        return grouped(labels(scope).stream()
                .filter(l -> l.source() != ScoringLabel.Source.OVERRIDE)
                .toList());
    }

    private List<LabelledExample> grouped(List<ScoringLabel> labels) {
        Map<List<String>, Map<String, String>> byAnswer =
                new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                        ? a.get(1).compareTo(b.get(1))
                        : a.get(0).compareTo(b.get(0)));
        for (ScoringLabel label : labels) {
            byAnswer.computeIfAbsent(List.of(label.step(), label.answer()), k -> new TreeMap<>())
                    .put(label.criterion(), label.level());
        }
        List<LabelledExample> examples = new ArrayList<>();
        byAnswer.forEach((answer, levels) -> examples.add(new LabelledExample(answer.get(0), answer.get(1), levels)));
        return examples;
    }

    /**
     * Oldest first, so that a later label of the same answer and criterion wins. The draft learns from reviews as
     * well as from its own labels: a trainer's override of a turn that any published version scored counts for the
     * draft, and so for the version it is published as, once however many versions it was carried to. Without that,
     * publishing a fixed typo would forget all that reviews had taught the version before.
     */
    private List<ScoringLabel> labels(LabelScope scope) {
        List<ScoringLabel> labels = scoped(
                        "select l from ScoringLabel l where %s order by l.labelledAt, l.id", ScoringLabel.class, scope)
                .getResultList();
        if (!scope.isDraft()) {
            return labels;
        }
        Set<List<Object>> verdicts = new HashSet<>();
        return labels.stream()
                .filter(l -> l.source() != ScoringLabel.Source.OVERRIDE || verdicts.add(l.given()))
                .toList();
    }

    private <T> TypedQuery<T> scoped(String jpql, Class<T> type, LabelScope scope) {
        if (scope.isDraft()) {
            return em.createQuery(
                            jpql.formatted("l.scenarioId = :scenario and (l.rubricVersionId is null"
                                    + " or l.source = :override)"),
                            type)
                    .setParameter("scenario", scope.scenarioId())
                    .setParameter("override", ScoringLabel.Source.OVERRIDE);
        }
        return em.createQuery(jpql.formatted("l.rubricVersionId = :version"), type)
                .setParameter("version", scope.versionId());
    }
}
