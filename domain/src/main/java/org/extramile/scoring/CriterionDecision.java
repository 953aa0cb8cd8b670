package org.extramile.scoring;

import java.util.List;
import java.util.Optional;
import org.extramile.scoring.evidence.EvidenceKind;
import org.extramile.scoring.evidence.Strength;
import org.extramile.scoring.text.Hedge;

/**
 * Turns a criterion's features into a verdict. The model gives the probability that a trainer would call the
 * criterion met; at 0.5 or more it is met, and the level climbs with the probability (with three levels: 0.5 the
 * middle one, 0.75 the top), unless trainers' labels fitted a model of the top level, which then decides it. A
 * probability inside the band of doubt asks for review instead of pretending; a penalty in doubt is not deducted
 * (a false deduction costs an answer more than a missed one, and the trainer who reviews it can still charge it).
 */
final class CriterionDecision {

    private CriterionDecision() {}

    static CriterionScore decide(
            CriterionSpec spec, CriterionAssessment assessment, CriterionModel model, ScorerSettings settings) {
        double p = model.probability(assessment.features());
        int reached = levelFor(p, model, assessment.features(), spec.levels().size());
        // A hedged offer is met in part: the customer does not know it will happen ("I might be able to"), or is to do
        // it herself ("you could ring them").
        Optional<Hedge> hedged = assessment
                .hedged()
                .filter(h -> reached > 1 && reached == spec.levels().size() - 1);
        int level = hedged.isPresent() ? reached - 1 : reached;
        if (spec.kind() == CriterionKind.PENALTY && p < settings.doubtHigh()) {
            level = 0;
        }
        // Every verdict shows its evidence: a criterion the model would call met with no clause to quote (the answer
        // only resembles labelled ones in what it leaves out) is not met, and a trainer is asked to look. Nor does a
        // step pass on a doubtful critical criterion that only a resemblance to labelled answers speaks for: their
        // label is lent to all of their clauses ("that's not good enough" for the big jar it never mentions).
        boolean inDoubt = p >= settings.doubtLow() && p < settings.doubtHigh();
        boolean unfounded = spec.kind() != CriterionKind.PENALTY
                && level > 0
                && (assessment.evidence().isEmpty()
                        || inDoubt && spec.kind() == CriterionKind.CRITICAL && resemblanceOnly(assessment.evidence()));
        if (unfounded) {
            level = 0;
        }
        // Nor is a penalty deducted when only clauses of labelled answers resemble the answer: their label is
        // the whole answer's ("Sorry, it's sold out." lent deflection to one giving the big jar at the sale price),
        // where an exemplar of the rubric is deflection on its own.
        boolean lent = spec.kind() == CriterionKind.PENALTY && level > 0 && lentOnly(assessment.evidence());
        if (lent) {
            level = 0;
        }
        // Words the rubric names for a level ("a bare 'sorry'") earn at least that level, whatever the model says.
        Optional<LevelWords> words = assessment.levelWords().filter(w -> w.level() > 0);
        int earned = level;
        Optional<LevelWords> lifting = words.filter(w -> w.level() > earned);
        if (lifting.isPresent()) {
            level = lifting.get().level();
        }
        boolean top = level == spec.levels().size() - 1;
        Optional<Hedge> hedge = hedged.filter(h -> !top);
        boolean met = level > 0;
        boolean doubt = unfounded && lifting.isEmpty() || inDoubt || lent;
        List<Evidence> evidence = earned > 0
                ? withWords(assessment.evidence(), words)
                : words.filter(w -> met).map(w -> List.of(w.evidence())).orElse(List.of());
        String reason = lifting.isPresent() && earned == 0
                ? levelReason(spec, lifting.get(), doubt)
                : reason(spec, met, doubt, assessment);
        return new CriterionScore(
                spec.key(),
                spec.title(),
                spec.kind(),
                spec.levels().get(level).name(),
                spec.levels().get(level).points(),
                spec.maxPoints(),
                met,
                round(Math.max(p, 1 - p)),
                round(p),
                doubt,
                evidence,
                nearMisses(earned > 0, assessment),
                reason + hedge.map(h -> "; not the top level: " + h.why()).orElse(""),
                hedge.orElse(null));
    }

    /** Whether nothing but resemblances to labelled answers is quoted: no indicator, synonym or exemplar. */
    private static boolean resemblanceOnly(List<Evidence> evidence) {
        return evidence.stream().allMatch(e -> e.kind() == EvidenceKind.LABELLED);
    }

    /** Whether only resemblances to labelled answers are quoted, none of them strong. */
    private static boolean lentOnly(List<Evidence> evidence) {
        return !evidence.isEmpty()
                && resemblanceOnly(evidence)
                && evidence.stream().noneMatch(e -> e.strength() == Strength.STRONG);
    }

    /** The level's words beside what earned the criterion, unless the same clause is already quoted. */
    private static List<Evidence> withWords(List<Evidence> evidence, Optional<LevelWords> words) {
        if (words.isEmpty()
                || evidence.stream()
                        .anyMatch(e -> e.start() == words.get().evidence().start())) {
            return evidence;
        }
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        all.add(words.get().evidence());
        return all;
    }

    private static String levelReason(CriterionSpec spec, LevelWords words, boolean doubt) {
        String verdict = (spec.kind() == CriterionKind.PENALTY ? "shown at '" : "met at '")
                + spec.levels().get(words.level()).name() + "': '"
                + words.evidence().quote() + "' matched "
                + words.evidence().matched();
        return doubt ? verdict + "; unsure, a trainer should review it" : verdict;
    }

    static CriterionScore empty(CriterionSpec spec, String reason) {
        return unjudged(spec, false, reason);
    }

    /** A criterion the scorer could not judge, at its lowest level until a trainer does. */
    static CriterionScore unread(CriterionSpec spec, String reason) {
        return unjudged(spec, true, reason);
    }

    private static CriterionScore unjudged(CriterionSpec spec, boolean needsReview, String reason) {
        return new CriterionScore(
                spec.key(),
                spec.title(),
                spec.kind(),
                spec.levels().get(0).name(),
                0,
                spec.maxPoints(),
                false,
                needsReview ? 0.5 : 1.0,
                0.0,
                needsReview,
                List.of(),
                List.of(),
                reason,
                null);
    }

    /** With a fitted top-level model, a met criterion reaches its top level when that model says so. */
    static int levelFor(double p, CriterionModel model, CriterionFeatures features, int levels) {
        if (p < 0.5 || levels <= 2 || !model.hasTop()) {
            return levelFor(p, levels);
        }
        return model.topProbability(features) >= 0.5 ? levels - 1 : Math.min(levels - 2, levelFor(p, levels));
    }

    static int levelFor(double p, int levels) {
        if (p < 0.5) {
            return 0;
        }
        return Math.min(levels - 1, 1 + (int) Math.floor((p - 0.5) * 2 * (levels - 1)));
    }

    /** Evidence too weak to meet the criterion is shown as a near miss, so the trainee sees what almost counted. */
    private static List<NearMiss> nearMisses(boolean met, CriterionAssessment assessment) {
        if (met) {
            return assessment.nearMisses();
        }
        List<NearMiss> misses = new java.util.ArrayList<>(assessment.nearMisses());
        assessment
                .evidence()
                .forEach(e -> misses.add(NearMiss.of(
                        e.quote(),
                        e.start(),
                        e.end(),
                        e.matched(),
                        e.kind(),
                        e.strength(),
                        Dismissal.of(Dismissal.Cause.TOO_WEAK))));
        return misses;
    }

    private static String reason(CriterionSpec spec, boolean met, boolean doubt, CriterionAssessment assessment) {
        String verdict;
        if (met && !assessment.evidence().isEmpty()) {
            Evidence best = assessment.evidence().get(0);
            verdict = (spec.kind() == CriterionKind.PENALTY ? "shown: '" : "met: '") + best.quote() + "' matched "
                    + best.matched() + " (" + best.strength().name().toLowerCase(java.util.Locale.ROOT) + ")";
        } else if (met) {
            verdict = "shown: the calibrated model expects it without a specific clause";
        } else if (!assessment.nearMisses().isEmpty()) {
            NearMiss miss = assessment.nearMisses().get(0);
            verdict = "not met: '" + miss.quote() + "' " + miss.reason();
        } else if (doubt
                && spec.kind() != CriterionKind.PENALTY
                && assessment.evidence().isEmpty()) {
            verdict = "not met: no clause to show for it, though the answer resembles ones that met it";
        } else if (!assessment.evidence().isEmpty()) {
            verdict = "not met: the closest clause, '"
                    + assessment.evidence().get(0).quote() + "', is too weak on its own";
        } else {
            verdict = spec.kind() == CriterionKind.PENALTY
                    ? "not shown"
                    : "not met: no clause matched an indicator or came close to an exemplar";
        }
        return doubt ? verdict + "; unsure, a trainer should review it" : verdict;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
