package org.extramile.attempt.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.extramile.attempt.AttemptRepository;
import org.extramile.scenario.Scenario;
import org.extramile.scenario.ScenarioRepository;
import org.extramile.scenario.ScenarioSummary;
import org.extramile.shared.NotFoundException;

/**
 * The scenarios each trainer looks after. With several trainers and many scenarios, a trainer's review digest then
 * counts the answers that are theirs to settle, and the review queue can show those only; a trainer who follows none
 * hears of every scenario.
 */
@ApplicationScoped
public class FollowedScenarios {

    @Inject
    EntityManager em;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    AttemptRepository attempts;

    @Inject
    Clock clock;

    /** The scenarios a person follows, by title. */
    @Transactional
    public List<ScenarioSummary> of(String username) {
        return em.createQuery(
                        "select s from Scenario s where s.id in (select f.scenarioId from ScenarioFollower f"
                                + " where f.accountId = :account) order by s.title",
                        Scenario.class)
                .setParameter("account", account(username))
                .getResultStream()
                .map(Scenario::summary)
                .toList();
    }

    /** Follows a scenario; following it again changes nothing. */
    @Transactional
    public List<ScenarioSummary> follow(String username, String slug) {
        long account = heldAccount(username);
        long scenario = scenario(slug).id();
        if (em.find(ScenarioFollower.class, new ScenarioFollower.Key(account, scenario)) == null) {
            em.persist(new ScenarioFollower(account, scenario, clock.instant()));
        }
        return of(username);
    }

    /** Stops following a scenario; one not followed stays so. */
    @Transactional
    public List<ScenarioSummary> unfollow(String username, String slug) {
        long account = heldAccount(username);
        em.createQuery("delete from ScenarioFollower f where f.accountId = :account and f.scenarioId = :scenario")
                .setParameter("account", account)
                .setParameter("scenario", scenario(slug).id())
                .executeUpdate();
        return of(username);
    }

    /** Whether the person follows any scenario, so that what they hear of is narrowed to those. */
    boolean followsAny(long account) {
        return !em.createQuery("select f.scenarioId from ScenarioFollower f where f.accountId = :account", Long.class)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    long account(String username) {
        return attempts.accountId(username)
                .orElseThrow(() -> new NotFoundException("There is no account '" + username + "'."));
    }

    /** The account, its row held to the end of the transaction: one person's clicks on two tabs then queue. */
    private long heldAccount(String username) {
        long account = account(username);
        attempts.holdAccount(account);
        return account;
    }

    private Scenario scenario(String slug) {
        return scenarios
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + slug + "'."));
    }
}
