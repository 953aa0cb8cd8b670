package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.extramile.rubric.LabelScope;
import org.extramile.rubric.RubricScorer;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

/**
 * A trainer rescores a scenario's completed attempts with a newer rubric version: an explicit,
 * audited action, never a side effect of publishing. Not transactional itself: the scorer runs
 * between reading the turns and writing their new cards, holding no lock.
 */
@ApplicationScoped
public class Rescoring {

    @Inject
    RescoreSteps steps;

    @Inject
    RubricScorer scorer;

    public RescoreView rescore(String slug, Integer version, String reason, String by) {
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(new Violation("/version", "Name the published rubric version to rescore with."));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("/reason", "Say why the attempts are rescored: the audit keeps it."));
        }
        InvalidException.throwIfAny(violations);
        RescoreSteps.Plan plan = steps.plan(slug, version);
        Map<UUID, ScoreCard> cards = new HashMap<>();
        for (RescoreSteps.Work work : plan.work()) {
            cards.put(
                    work.turn(),
                    scorer.score(
                            plan.rubricId(),
                            plan.rubric(),
                            LabelScope.version(plan.versionId()),
                            work.step(),
                            work.text()));
        }
        return steps.write(slug, plan, cards, reason, by);
    }

    public List<RescoreView> history(String slug) {
        return steps.history(slug);
    }
}
