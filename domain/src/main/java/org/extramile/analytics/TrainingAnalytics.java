package org.extramile.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.extramile.attempt.AttemptStatus;
import org.extramile.people.Branch;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.scenario.ScenarioView;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.ScoreCard;
import org.extramile.shared.InvalidException;
import org.extramile.shared.JsonDocuments;
import org.extramile.shared.Violation;

/** Reads the stored attempts, turns and reviews of a scenario into figures a trainer compares. */
@ApplicationScoped
@Transactional
public class TrainingAnalytics {

    /** Miss rates read this many of the latest turns: enough to see a trend, bounded in cost at any size. */
    static final int TURNS_READ = 2000;

    static final int DAYS = 30;

    /** The latest attempts listed: a page's worth; the review queue and HR's records hold the rest. */
    static final int LATEST = 20;

    @Inject
    EntityManager em;

    @Inject
    ScenarioCatalogue catalogue;

    @Inject
    Clock clock;

    /** One scenario's figures over the attempts a filter selects; 404 for no such scenario, 400 for no such branch. */
    public ScenarioAnalytics of(String slug, AnalyticsFilter filter) {
        ScenarioView scenario = catalogue.get(slug, true);
        AttemptScope scope = scope(filter);
        int[] distribution = new int[10];
        long passed = 0;
        long completed = 0;
        long awaitingReview = 0;
        // Counted by the database: a scenario played for years has more attempts than a page view should fetch.
        String tenth = "least(9, cast(floor(coalesce(a.share, 0) * 10) as integer))";
        @SuppressWarnings("unchecked")
        List<Object[]> results = scope.bind(em.createNativeQuery("select " + tenth + ", a.passed, a.under_review,"
                                + " count(*) from attempt a join scenario s on s.id = a.scenario_id"
                                + " where s.slug = :slug and a.status = 'COMPLETED'" + scope.and()
                                + " group by " + tenth + ", a.passed, a.under_review")
                        .setParameter("slug", slug))
                .getResultList();
        for (Object[] row : results) {
            long attempts = ((Number) row[3]).longValue();
            // Its result is not settled until a trainer has looked at the turns in doubt.
            if (Boolean.TRUE.equals(row[2])) {
                awaitingReview += attempts;
                continue;
            }
            completed += attempts;
            distribution[((Number) row[0]).intValue()] += (int) attempts;
            passed += Boolean.TRUE.equals(row[1]) ? attempts : 0;
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        TurnsRead read = missRates(slug, scope, counts, names);
        agreement(slug, scope, counts, names);
        List<ScenarioAnalytics.CriterionFigures> criteria = new ArrayList<>();
        counts.forEach((key, c) -> criteria.add(new ScenarioAnalytics.CriterionFigures(
                key, names.get(key)[0], "PENALTY".equals(names.get(key)[1]), c[0], c[1], c[2], c[3])));
        ConversationPaths.Paths paths = ConversationPaths.read(em, slug, scenario.steps(), scope);
        return new ScenarioAnalytics(
                slug,
                scenario.title(),
                completed,
                awaitingReview,
                passed,
                distribution,
                criteria,
                attemptsPerDay(slug, filter, scope),
                read.turns(),
                read.unjudged(),
                latest(slug, scope),
                paths.attempts(),
                paths.steps());
    }

    /**
     * The latest attempts of the scenario within the filter, newest first, with whose they are. Found by the
     * scenario's id, not a join on its slug: the index by scenario and start then yields the latest first (4 ms at
     * 500,000 attempts, against 190 ms sorting them all). The id is read as text: H2 (the embedded default) hands a
     * native query's uuid over as bytes.
     */
    private List<RecentAttempt> latest(String slug, AttemptScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select cast(a.id as varchar(36)), p.username,"
                                + " p.display_name, a.status, a.started_at, a.finished_at, a.share, a.passed,"
                                + " a.under_review from attempt a join account p on p.id = a.account_id"
                                + " where a.scenario_id = (select s.id from scenario s where s.slug = :slug)"
                                + scope.and() + " order by a.started_at desc, a.id")
                        .setParameter("slug", slug))
                .setMaxResults(LATEST)
                .getResultList();
        return rows.stream()
                .map(row -> new RecentAttempt(
                        UUID.fromString((String) row[0]),
                        (String) row[1],
                        (String) row[2],
                        AttemptStatus.valueOf((String) row[3]),
                        instant(row[4]),
                        instant(row[5]),
                        row[6] == null ? null : ((Number) row[6]).doubleValue(),
                        (Boolean) row[7],
                        Boolean.TRUE.equals(row[8])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime at) {
            return at.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * Every scenario beside the others, hardest first: the lowest share of trainees passing at their first completed
     * attempt at the top, scenarios nobody has finished yet last. Counted by the database, as the distribution is,
     * over the attempts a filter selects (400 for no such branch).
     */
    public List<ScenarioStanding> standings(AnalyticsFilter filter) {
        AttemptScope scope = scope(filter);
        @SuppressWarnings("unchecked")
        List<Object[]> scenarios =
                em.createNativeQuery("select s.id, s.slug from scenario s").getResultList();
        Map<Long, String> slugOf = new HashMap<>();
        scenarios.forEach(row -> slugOf.put(((Number) row[0]).longValue(), (String) row[1]));
        String settled = "a.status = 'COMPLETED' and a.under_review = false";
        // Grouped by the scenario's id, without a join: at 500,000 attempts the join made this query half as slow
        // again.
        Map<String, Object[]> attempts = byScenario(
                "select a.scenario_id,"
                        + " sum(case when a.status = 'IN_PROGRESS' then 1 else 0 end),"
                        + " sum(case when a.status = 'ABANDONED' then 1 else 0 end),"
                        + " sum(case when " + settled + " then 1 else 0 end),"
                        + " sum(case when a.status = 'COMPLETED' and a.under_review = true then 1 else 0 end),"
                        + " sum(case when " + settled + " and a.passed = true then 1 else 0 end),"
                        + " avg(case when " + settled + " then a.share end)"
                        + " from attempt a where 1 = 1" + scope.and() + " group by a.scenario_id",
                scope,
                slugOf);
        // Counted apart: a count of distinct trainees beside the sums sorted every attempt.
        Map<String, Object[]> trainees = byScenario(
                "select p.scenario_id, count(*)"
                        + " from (select distinct a.scenario_id, a.account_id from attempt a where 1 = 1" + scope.and()
                        + ") p group by p.scenario_id",
                scope,
                slugOf);
        // A trainee's first completed attempt, counted once its result is settled: in a period, those who finished a
        // scenario for the first time then (a cohort), not their first attempt within it.
        Map<String, Object[]> firstTries = byScenario(
                "select a.scenario_id, count(*),"
                        + " sum(case when a.passed = true then 1 else 0 end) from attempt a where " + settled
                        + " and not exists (select 1 from attempt b where b.account_id = a.account_id"
                        + " and b.scenario_id = a.scenario_id and b.status = 'COMPLETED' and b.started_at < a.started_at)"
                        + scope.and() + " group by a.scenario_id",
                scope,
                slugOf);
        Object[] none = {null, 0, 0, 0, 0, 0, null};
        return catalogue.visibleTo(true).stream()
                .map(scenario -> {
                    Object[] a = attempts.getOrDefault(scenario.slug(), none);
                    Object[] first = firstTries.getOrDefault(scenario.slug(), none);
                    return new ScenarioStanding(
                            scenario.slug(),
                            scenario.title(),
                            scenario.status(),
                            count(trainees.getOrDefault(scenario.slug(), none)[1]),
                            count(a[1]),
                            count(a[2]),
                            count(a[3]),
                            count(a[4]),
                            count(a[5]),
                            a[6] == null ? null : ((Number) a[6]).doubleValue(),
                            count(first[1]),
                            count(first[2]));
                })
                .sorted(Comparator.comparing(
                                ScenarioStanding::firstTimePassRate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ScenarioStanding::title))
                .toList();
    }

    /** The rows of a query whose first column is a scenario's id, by the scenario's slug. */
    private Map<String, Object[]> byScenario(String sql, AttemptScope scope, Map<Long, String> slugOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery(sql)).getResultList();
        Map<String, Object[]> bySlug = new HashMap<>();
        rows.forEach(row -> bySlug.put(slugOf.get(((Number) row[0]).longValue()), row));
        return bySlug;
    }

    /** The filter's condition on attempts; a branch code no branch has is refused rather than read as nobody. */
    private AttemptScope scope(AnalyticsFilter filter) {
        Long branchId = null;
        if (filter.branch() != null) {
            branchId = em.createQuery("select b.id from Branch b where b.code = :code", Long.class)
                    .setParameter("code", Branch.normalise(filter.branch()))
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new InvalidException(List.of(new Violation(
                            "/branch", "No branch has the code '" + filter.branch() + "': see GET /api/branches."))));
        }
        return new AttemptScope(filter, branchId);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** How many of the latest turns the miss rates count, and how many wait for a trainer's first judgement. */
    private record TurnsRead(int turns, int unjudged) {}

    /**
     * Miss rates over the latest turns. An answer the scorer could not read (another language) counts once a trainer
     * has set its levels: until then its lowest levels are no verdict, and would read as misses (nor does it count when
     * its words were erased before anyone judged it).
     */
    private TurnsRead missRates(
            String slug, AttemptScope scope, Map<String, int[]> counts, Map<String, String[]> names) {
        @SuppressWarnings("unchecked")
        List<Object[]> turns = scope.bind(em.createNativeQuery("select t.card, t.under_review from turn t"
                                + " join attempt a on a.id = t.attempt_id join scenario s on s.id = a.scenario_id"
                                + " where s.slug = :slug" + scope.and() + " order by t.created_at desc")
                        .setParameter("slug", slug))
                .setMaxResults(TURNS_READ)
                .getResultList();
        int counted = 0;
        int unjudged = 0;
        for (Object[] turn : turns) {
            ScoreCard card = JsonDocuments.read((String) turn[0], ScoreCard.class);
            if (card.unread() && card.needsReview()) {
                unjudged += Boolean.TRUE.equals(turn[1]) ? 1 : 0;
                continue;
            }
            counted++;
            for (CriterionScore c : verdicts(card)) {
                names.putIfAbsent(c.key(), new String[] {c.title(), c.kind().name()});
                int[] figures = counts.computeIfAbsent(c.key(), k -> new int[4]);
                figures[0]++;
                boolean missed = c.kind() == org.extramile.scoring.CriterionKind.PENALTY ? c.met() : !c.met();
                figures[1] += missed ? 1 : 0;
            }
        }
        return new TurnsRead(counted, unjudged);
    }

    /**
     * For each reviewed turn: the scorer's first card against the trainer's latest override. Turns the scorer could not
     * read are left out: it gave no verdict there for a trainer to agree with.
     */
    private void agreement(String slug, AttemptScope scope, Map<String, int[]> counts, Map<String, String[]> names) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select c.turn_id, c.source, c.card from turn_card c"
                                + " join turn t on t.id = c.turn_id join attempt a on a.id = t.attempt_id"
                                + " join scenario s on s.id = a.scenario_id where s.slug = :slug" + scope.and()
                                + " and c.turn_id in (select o.turn_id from turn_card o where o.source = 'OVERRIDE')"
                                + " order by c.turn_id, c.recorded_at, c.id")
                        .setParameter("slug", slug))
                .setMaxResults(TURNS_READ * 3)
                .getResultList();
        Map<Object, String> scorer = new HashMap<>();
        Map<Object, String> trainer = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if ("SCORER".equals(row[1])) {
                scorer.putIfAbsent(row[0], (String) row[2]);
            } else if ("OVERRIDE".equals(row[1])) {
                trainer.put(row[0], (String) row[2]);
            }
        }
        trainer.forEach((turn, json) -> {
            ScoreCard scored = scorer.containsKey(turn) ? JsonDocuments.read(scorer.get(turn), ScoreCard.class) : null;
            if (scored == null || scored.unread()) {
                return;
            }
            Map<String, String> before = new HashMap<>();
            verdicts(scored).forEach(c -> before.put(c.key(), c.level()));
            for (CriterionScore c : verdicts(JsonDocuments.read(json, ScoreCard.class))) {
                names.putIfAbsent(c.key(), new String[] {c.title(), c.kind().name()});
                int[] figures = counts.computeIfAbsent(c.key(), k -> new int[4]);
                figures[2]++;
                figures[3] += c.level().equals(before.get(c.key())) ? 1 : 0;
            }
        });
    }

    /**
     * Attempts started per day over the last {@value #DAYS} days of the period (to today when it has no end): none when
     * the period has not begun.
     */
    private List<ScenarioAnalytics.DayCount> attemptsPerDay(String slug, AnalyticsFilter filter, AttemptScope scope) {
        LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (filter.to() != null) {
            LocalDate end = LocalDate.ofInstant(filter.to().minusNanos(1), ZoneOffset.UTC);
            last = end.isBefore(last) ? end : last;
        }
        LocalDate first = last.minusDays(DAYS - 1L);
        if (filter.from() != null) {
            LocalDate start = LocalDate.ofInstant(filter.from(), ZoneOffset.UTC);
            first = start.isAfter(first) ? start : first;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select cast(a.started_at as date), count(*)"
                                + " from attempt a join scenario s on s.id = a.scenario_id where s.slug = :slug"
                                + " and a.started_at >= :since and a.started_at < :until" + scope.and()
                                + " group by cast(a.started_at as date)")
                        .setParameter("slug", slug)
                        .setParameter(
                                "since", first.atStartOfDay(ZoneOffset.UTC).toInstant())
                        .setParameter(
                                "until",
                                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .getResultList();
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (Object[] row : rows) {
            byDay.put(day(row[0]), ((Number) row[1]).longValue());
        }
        List<ScenarioAnalytics.DayCount> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new ScenarioAnalytics.DayCount(day, byDay.getOrDefault(day, 0L)));
        }
        return days;
    }

    private static LocalDate day(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static List<CriterionScore> verdicts(ScoreCard card) {
        List<CriterionScore> all = new ArrayList<>(card.criteria());
        all.addAll(card.penalties());
        return all;
    }
}
