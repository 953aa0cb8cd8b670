package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.extramile.attempt.Attempt;
import org.extramile.attempt.AttemptRepository;
import org.extramile.attempt.AttemptResults;
import org.extramile.attempt.AttemptView;
import org.extramile.attempt.AttemptViews;
import org.extramile.attempt.CardSource;
import org.extramile.attempt.Turn;
import org.extramile.attempt.TurnCard;
import org.extramile.people.Account;
import org.extramile.rubric.RubricVersion;
import org.extramile.rubric.ScoringLabels;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.Script;
import org.extramile.scenario.Step;
import org.extramile.scoring.CriterionScore;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

/** A trainer's review of doubtful scores: the queue, the override (audited, labelled), the audit trail. */
@ApplicationScoped
@Transactional
public class Review {

    @Inject
    AttemptRepository attempts;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    AttemptResults results;

    @Inject
    AttemptViews views;

    @Inject
    ScoringLabels labels;

    @Inject
    ReviewedMail reviewedMail;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FollowedScenarios followed;

    /**
     * One page of the turns still to review, oldest first; on one scenario, on those a trainer follows, or doubtful on
     * one criterion, when asked. A long backlog is read whole, but only the page's items are put together.
     */
    public Page<ReviewItem> queue(
            Optional<String> scenario, Optional<String> criterion, Optional<String> follower, PageRequest page) {
        List<Turn> waiting = waiting(scenario, criterion, follower);
        return new Page<>(
                waiting.stream()
                        .skip(page.offset())
                        .limit(page.size())
                        .map(this::item)
                        .toList(),
                page.page(),
                page.size(),
                waiting.size());
    }

    /** How many answers wait for a trainer: in the scenarios they follow, or in every one while they follow none. */
    public WaitingForReview waitingFor(String username) {
        long account = followed.account(username);
        boolean following = followed.followsAny(account);
        return new WaitingForReview(
                attempts.reviewBacklog(Instant.EPOCH, following ? Optional.of(account) : Optional.empty())
                        .waiting(),
                following);
    }

    /** How many answers wait for review in each scenario that has any, by slug. */
    public Map<String, Long> waitingByScenario() {
        return attempts.waitingForReviewBySlug();
    }

    private List<Turn> waiting(Optional<String> scenario, Optional<String> criterion, Optional<String> follower) {
        Optional<Long> scenarioId = scenario.map(slug -> scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."))
                .id());
        return attempts.turnsUnderReview(scenarioId, follower.map(followed::account)).stream()
                .filter(turn -> criterion.isEmpty() || doubtful(turn).contains(criterion.get()))
                .toList();
    }

    /**
     * Sets levels on a turn's criteria: the card is recomputed with the points of the rubric version
     * that scored it, the attempt's result follows, and each level set is audited and kept as a label. The review
     * that settles a finished attempt's last doubt mails the trainee their result.
     */
    public AttemptView override(UUID turnId, Map<String, String> levels, String reason, String by) {
        Turn turn =
                attempts.turn(turnId).orElseThrow(() -> new NotFoundException("There is no turn '" + turnId + "'."));
        Attempt attempt = attempts.attempt(turn.attemptId()).orElseThrow();
        attempts.changing(attempt);
        boolean wasUnderReview = attempt.underReview();
        RubricVersion version = attempts.version(turn.rubricVersionId());
        var before = turn.card();
        String why = Overrides.reason(before, levels, reason);
        var after = Overrides.apply(before, version.rubric(), levels, why);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        levels.forEach((criterion, level) -> {
            em.persist(new ScoreOverride(
                    turn.id(), criterion, levelOf(before, criterion), level, why, before, after, by, now));
        });
        labels.overridden(attempt.scenarioId(), version.id(), turn.step(), turn.answer(), levels, by, now);
        turn.overridden(after);
        attempts.add(new TurnCard(turn, CardSource.OVERRIDE, by, now));
        results.settle(attempt);
        if (wasUnderReview && !attempt.underReview()) {
            attempt.result()
                    .ifPresent(
                            result -> reviewedMail.settled(attempt, attempts.scenario(attempt.scenarioId()), result));
        }
        attempts.flush();
        return views.attempt(attempt);
    }

    /** Every override of an attempt's turns, oldest first. */
    public List<OverrideView> audit(UUID attemptId) {
        attempts.attempt(attemptId)
                .orElseThrow(() -> new NotFoundException("There is no attempt '" + attemptId + "'."));
        return em.createQuery(
                        "select o from ScoreOverride o where o.turnId in"
                                + " (select t.id from Turn t where t.attemptId = :attempt) order by o.id",
                        ScoreOverride.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .map(o -> o.view(attemptId))
                .toList();
    }

    private ReviewItem item(Turn turn) {
        Attempt attempt = attempts.attempt(turn.attemptId()).orElseThrow();
        Scenario scenario = attempts.scenario(attempt.scenarioId());
        Account trainee = em.find(Account.class, attempt.accountId());
        RubricVersion version = attempts.version(turn.rubricVersionId());
        // The lines the trainee answered: every turn of an attempt was played with the same version.
        Script played = attempts.playedWith(turn).script();
        return new ReviewItem(
                turn.id(),
                attempt.id(),
                attempt.status(),
                scenario.slug(),
                trainee.username(),
                trainee.displayName(),
                version.number(),
                turn.step(),
                played.step(turn.step()).map(Step::customerLine).orElse(null),
                turn.answer(),
                turn.createdAt(),
                doubtful(turn),
                turn.card(),
                turn.reviewRequest().orElse(null),
                attempts.turns(attempt.id()).stream()
                        .filter(earlier -> earlier.number() < turn.number())
                        .map(earlier -> new ReviewItem.Exchange(
                                played.step(earlier.step())
                                        .map(Step::customerLine)
                                        .orElse(null),
                                earlier.answer()))
                        .toList());
    }

    /** The criteria the scorer was unsure of on this turn. */
    private static List<String> doubtful(Turn turn) {
        return Stream.concat(turn.card().criteria().stream(), turn.card().penalties().stream())
                .filter(CriterionScore::needsReview)
                .map(CriterionScore::key)
                .toList();
    }

    private static String levelOf(org.extramile.scoring.ScoreCard card, String criterion) {
        return Stream.concat(card.criteria().stream(), card.penalties().stream())
                .filter(score -> score.key().equals(criterion))
                .map(CriterionScore::level)
                .findFirst()
                .orElseThrow();
    }
}
