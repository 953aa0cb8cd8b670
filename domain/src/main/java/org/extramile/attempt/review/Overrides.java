package org.extramile.attempt.review;

import static org.extramile.shared.Violation.pointer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.Level;
import org.extramile.rubric.Rubric;
import org.extramile.scoring.CriterionKind;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * A score card with levels a trainer set: each named criterion takes the level's points from the
 * rubric version that scored the turn, with full confidence; the card's points, pass and critical
 * failures follow. Pure: no persistence, so the rule is tested on its own.
 */
final class Overrides {

    private Overrides() {}

    /** The reason kept when a trainer sets the very levels the scorer gave: a confirmation needs no other. */
    static final String CONFIRMED = "confirmed as the scorer set them";

    /** The reason kept for levels a trainer set on an answer the scorer could not read, when they give none. */
    static final String JUDGED_UNREAD = "judged by a trainer: the scorer does not read answers in other languages";

    /**
     * The reason kept for levels set: the trainer's own, or, when they leave it out and every level set is the one the
     * scorer gave, that they confirmed it (a doubt settled in one click); a changed level needs the trainer's reason.
     * On an answer the scorer could not read there was nothing to confirm or change: the trainer's levels are the first
     * judgement, and need no reason.
     */
    static String reason(ScoreCard card, Map<String, String> levels, String reason) {
        if (reason != null && !reason.isBlank()) {
            return reason.strip();
        }
        if (card.unread() && levels != null && !levels.isEmpty()) {
            return JUDGED_UNREAD;
        }
        boolean confirms = levels != null
                && !levels.isEmpty()
                && levels.entrySet().stream()
                        .allMatch(set -> Stream.concat(card.criteria().stream(), card.penalties().stream())
                                .anyMatch(score -> score.key().equals(set.getKey())
                                        && score.level().equals(set.getValue())));
        return confirms ? CONFIRMED : reason;
    }

    static ScoreCard apply(ScoreCard card, Rubric rubric, Map<String, String> levels, String reason) {
        List<Violation> violations = new ArrayList<>();
        if (levels == null || levels.isEmpty()) {
            violations.add(
                    new Violation("/levels", "Set at least one criterion's level: {\"criterion-key\": \"level\"}."));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation(
                    "/reason",
                    "Say why the level is overridden: the trainee and the audit read it (levels that"
                            + " confirm the scorer's need no reason)."));
        }
        InvalidException.throwIfAny(violations);
        levels.forEach((key, level) -> check(card, rubric, key, level).ifPresent(violations::add));
        InvalidException.throwIfAny(violations);
        List<CriterionScore> criteria = card.criteria().stream()
                .map(score -> set(score, rubric, levels, reason))
                .toList();
        List<CriterionScore> penalties = card.penalties().stream()
                .map(score -> set(score, rubric, levels, reason))
                .toList();
        int earned = criteria.stream().mapToInt(CriterionScore::points).sum();
        int lost = penalties.stream().mapToInt(CriterionScore::points).sum();
        List<String> criticalFailures = criteria.stream()
                .filter(score -> score.kind() == CriterionKind.CRITICAL && !score.met())
                .map(CriterionScore::key)
                .toList();
        List<String> notes = new ArrayList<>(card.notes());
        notes.add("Levels set by a trainer: " + reason.strip());
        return new ScoreCard(
                card.rubricId(),
                card.step(),
                Math.max(0, earned - lost),
                card.maxPoints(),
                criticalFailures.isEmpty(),
                criteria,
                penalties,
                criticalFailures,
                false,
                notes,
                card.calibration(),
                card.foreignLanguage());
    }

    /**
     * A trainer's levels carried over to a card another rubric version made of the same answer: those whose criterion
     * and level the new version still has; the others are left to the new card.
     */
    static ScoreCard carriedOver(ScoreCard card, Rubric rubric, Map<String, String> levels, String reason) {
        Map<String, String> kept = new LinkedHashMap<>();
        levels.forEach((key, level) -> {
            if (check(card, rubric, key, level).isEmpty()) {
                kept.put(key, level);
            }
        });
        return kept.isEmpty() ? card : apply(card, rubric, kept, reason);
    }

    private static Optional<Violation> check(ScoreCard card, Rubric rubric, String key, String level) {
        String at = pointer("/levels", key);
        boolean onCard = card.criteria().stream().anyMatch(s -> s.key().equals(key))
                || card.penalties().stream().anyMatch(s -> s.key().equals(key));
        Optional<Criterion> criterion = criterion(rubric, key);
        if (!onCard || criterion.isEmpty()) {
            return Optional.of(new Violation(at, "This turn was not scored on a criterion '" + key + "'."));
        }
        List<String> names = criterion.get().levels().stream().map(Level::name).toList();
        if (level == null || !names.contains(level)) {
            return Optional.of(
                    new Violation(at, "'" + level + "' is not a level of '" + key + "': use one of " + names + "."));
        }
        return Optional.empty();
    }

    private static CriterionScore set(CriterionScore score, Rubric rubric, Map<String, String> levels, String reason) {
        String name = levels.get(score.key());
        if (name == null) {
            return score;
        }
        List<Level> scale = criterion(rubric, score.key()).orElseThrow().levels();
        int index = scale.stream().map(Level::name).toList().indexOf(name);
        boolean met = index > 0;
        return new CriterionScore(
                score.key(),
                score.title(),
                score.kind(),
                name,
                scale.get(index).points(),
                score.maxPoints(),
                met,
                1.0,
                met ? 1.0 : 0.0,
                false,
                score.evidence(),
                score.nearMisses(),
                "set by a trainer: " + reason.strip(),
                null);
    }

    private static Optional<Criterion> criterion(Rubric rubric, String key) {
        return rubric.criteria().stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
