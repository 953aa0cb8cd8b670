package org.extramile.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.extramile.rubric.RubricVersion;
import org.extramile.scenario.Scenario;

@ApplicationScoped
public class AttemptRepository {

    /** Since when a turn waits for review: its trainee's request to look again, else its answer. */
    private static final String WAITING_SINCE = "coalesce(t.reviewRequestedAt, t.createdAt)";

    /** A turn of a scenario that the account {@code :follower} follows. */
    private static final String FOLLOWED = "t.attemptId in (select a.id from Attempt a where a.scenarioId in"
            + " (select f.scenarioId from ScenarioFollower f where f.accountId = :follower))";

    @Inject
    EntityManager em;

    public void add(Attempt attempt) {
        em.persist(attempt);
    }

    public void add(Turn turn) {
        em.persist(turn);
    }

    public void add(TurnCard card) {
        em.persist(card);
    }

    public void add(AttemptPolicy policy) {
        em.persist(policy);
    }

    /** Writes now, so that a lost race shows as an exception here rather than at commit. */
    public void flush() {
        em.flush();
    }

    /** Raises the attempt's version at commit even if its row does not change: concurrent changes conflict. */
    public void changing(Attempt attempt) {
        em.lock(attempt, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public Optional<Attempt> attempt(UUID id) {
        return Optional.ofNullable(em.find(Attempt.class, id));
    }

    public Optional<Turn> turn(UUID id) {
        return Optional.ofNullable(em.find(Turn.class, id));
    }

    public List<Turn> turns(UUID attemptId) {
        return em.createQuery("select t from Turn t where t.attemptId = :attempt order by t.number", Turn.class)
                .setParameter("attempt", attemptId)
                .getResultList();
    }

    public Optional<Turn> turnWithKey(UUID attemptId, String idempotencyKey) {
        return em.createQuery(
                        "select t from Turn t where t.attemptId = :attempt and t.idempotencyKey = :key", Turn.class)
                .setParameter("attempt", attemptId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** The rubric version a turn was answered with: its first card's, whatever rescores came after. */
    public RubricVersion playedWith(Turn turn) {
        return em.createQuery(
                        "select v from TurnCard c, RubricVersion v where c.turnId = :turn and v.id = c.rubricVersionId"
                                + " order by c.id",
                        RubricVersion.class)
                .setParameter("turn", turn.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> version(turn.rubricVersionId()));
    }

    public List<TurnCard> cards(UUID turnId) {
        return em.createQuery("select c from TurnCard c where c.turnId = :turn order by c.id", TurnCard.class)
                .setParameter("turn", turnId)
                .getResultList();
    }

    /** A person's attempts, newest first. */
    public List<Attempt> attemptsOf(Long accountId) {
        return em.createQuery(
                        "select a from Attempt a where a.accountId = :account order by a.startedAt desc, a.id",
                        Attempt.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** When a trainer last rescored each of these attempts; those never rescored are absent. */
    public Map<UUID, Instant> lastRescored(List<UUID> attemptIds) {
        if (attemptIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select t.attemptId, max(c.recordedAt) from TurnCard c, Turn t where c.turnId = t.id"
                                + " and c.source = :rescore and t.attemptId in :attempts group by t.attemptId",
                        Object[].class)
                .setParameter("rescore", CardSource.RESCORE)
                .setParameter("attempts", attemptIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1]));
    }

    public List<Attempt> attemptsOf(Long accountId, Long scenarioId) {
        return em.createQuery(
                        "select a from Attempt a where a.accountId = :account and a.scenarioId = :scenario"
                                + " order by a.startedAt desc, a.id",
                        Attempt.class)
                .setParameter("account", accountId)
                .setParameter("scenario", scenarioId)
                .getResultList();
    }

    public List<Attempt> attemptsOn(Long scenarioId, AttemptStatus status) {
        return em.createQuery(
                        "select a from Attempt a where a.scenarioId = :scenario and a.status = :status"
                                + " order by a.startedAt",
                        Attempt.class)
                .setParameter("scenario", scenarioId)
                .setParameter("status", status)
                .getResultList();
    }

    /**
     * Turns waiting for review, the longest waiting first (an answer a trainee asked about again waits from their
     * request): on one scenario, or on those a trainer follows, when asked.
     */
    public List<Turn> turnsUnderReview(Optional<Long> scenarioId, Optional<Long> follower) {
        String jpql = "select t from Turn t where t.underReview = true"
                + (scenarioId.isPresent()
                        ? " and t.attemptId in (select a.id from Attempt a where a.scenarioId = :scenario)"
                        : "")
                + (follower.isPresent() ? " and " + FOLLOWED : "")
                + " order by " + WAITING_SINCE;
        var query = em.createQuery(jpql, Turn.class);
        scenarioId.ifPresent(id -> query.setParameter("scenario", id));
        follower.ifPresent(id -> query.setParameter("follower", id));
        return query.getResultList();
    }

    /**
     * How many turns wait for review, how many of them came since {@code since}, and when the oldest came (a request to
     * look again comes when it is made): in every scenario, or in those a trainer follows.
     */
    public ReviewBacklog reviewBacklog(Instant since, Optional<Long> follower) {
        var query = em.createQuery(
                        "select count(t), sum(case when " + WAITING_SINCE + " > :since then 1 else 0 end),"
                                + " min(" + WAITING_SINCE + ")"
                                + " from Turn t where t.underReview = true"
                                + (follower.isPresent() ? " and " + FOLLOWED : ""),
                        Object[].class)
                .setParameter("since", since);
        follower.ifPresent(id -> query.setParameter("follower", id));
        Object[] row = query.getSingleResult();
        return new ReviewBacklog(
                ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue(), (Instant) row[2]);
    }

    /** How many turns wait for review in each scenario that has any, by slug. */
    public Map<String, Long> waitingForReviewBySlug() {
        return em.createQuery(
                        "select s.slug, count(t) from Turn t, Attempt a, Scenario s where t.underReview = true"
                                + " and a.id = t.attemptId and s.id = a.scenarioId group by s.slug",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    public Optional<Long> accountId(String username) {
        return em.createQuery("select a.id from Account a where a.username = :username", Long.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The branch the account works at now, or null. */
    public Long branchOf(Long accountId) {
        return em.createQuery("select b.id from Account a join a.branch b where a.id = :id", Long.class)
                .setParameter("id", accountId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Holds the trainee's account row until the transaction ends: starts by the same trainee (a double click, two
     * tabs) then run one after the other, and the second finds the first's attempt in progress.
     */
    public void holdAccount(Long accountId) {
        em.createQuery("select a.id from Account a where a.id = :id", Long.class)
                .setParameter("id", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** The account's username and name, as a trainer reading its attempts sees them. */
    public AttemptReading.Player player(Long accountId) {
        Object[] row = em.createQuery(
                        "select a.username, a.displayName from Account a where a.id = :id", Object[].class)
                .setParameter("id", accountId)
                .getSingleResult();
        return new AttemptReading.Player((String) row[0], (String) row[1]);
    }

    public String username(Long accountId) {
        return em.createQuery("select a.username from Account a where a.id = :id", String.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    public Optional<AttemptPolicy> policy(Long scenarioId) {
        return Optional.ofNullable(em.find(AttemptPolicy.class, scenarioId));
    }

    public RubricVersion version(Long id) {
        return em.find(RubricVersion.class, id);
    }

    public Scenario scenario(Long id) {
        return em.find(Scenario.class, id);
    }
}
