package org.extramile.analytics;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extramile.analytics.ScenarioAnalytics.Onward;
import org.extramile.analytics.ScenarioAnalytics.StepFigures;
import org.extramile.scenario.StepView;

/**
 * Where a scenario's latest attempts went, step by step: how many answered each step and which step each answer led
 * to, and where the attempts not completed stopped (left for good, or waiting for their trainee). Reads the latest
 * {@value #ATTEMPTS_READ} attempts, found by the index on scenario and start, so that its cost stays bounded at any
 * size, as the miss rates' does.
 */
final class ConversationPaths {

    static final int ATTEMPTS_READ = 2000;

    /** How many attempts the figures read, and each step's figures, in the script's order, then steps since removed. */
    record Paths(int attempts, List<StepFigures> steps) {}

    private ConversationPaths() {}

    static Paths read(EntityManager em, String slug, List<StepView> steps, AttemptScope scope) {
        List<String> script = steps.stream().map(StepView::key).toList();
        Map<String, String> lines = new HashMap<>();
        steps.forEach(step -> lines.put(step.key(), step.customerLine()));
        String latest = "select a.id from attempt a where a.scenario_id = (select s.id from scenario s where s.slug ="
                + " :slug)" + scope.and() + " order by a.started_at desc, a.id fetch first " + ATTEMPTS_READ
                + " rows only";
        @SuppressWarnings("unchecked")
        List<Object[]> answers = scope.bind(em.createNativeQuery("select t.step, t.next_step, count(*) from turn t"
                                + " where t.attempt_id in (" + latest + ") group by t.step, t.next_step")
                        .setParameter("slug", slug))
                .getResultList();
        // An abandoned attempt no longer says where it was: after its last answer's next step, or at the first one.
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = scope.bind(em.createNativeQuery("select a.status, a.current_step,"
                                + " case when a.status = 'ABANDONED' then (select t.next_step from turn t where"
                                + " t.attempt_id = a.id order by t.number desc fetch first 1 rows only) end,"
                                + " case when a.status = 'ABANDONED' then (select count(*) from turn t where"
                                + " t.attempt_id = a.id) end"
                                + " from attempt a where a.id in (" + latest + ")")
                        .setParameter("slug", slug))
                .getResultList();
        Map<String, Counts> counted = new LinkedHashMap<>();
        script.forEach(key -> counted.put(key, new Counts()));
        for (Object[] row : answers) {
            long count = ((Number) row[2]).longValue();
            Counts step = counted.computeIfAbsent((String) row[0], key -> new Counts());
            step.answered += count;
            step.onward.merge((String) row[1], count, Long::sum);
        }
        for (Object[] row : attempts) {
            if ("IN_PROGRESS".equals(row[0]) && row[1] != null) {
                counted.computeIfAbsent((String) row[1], key -> new Counts()).waiting++;
            } else if ("ABANDONED".equals(row[0])) {
                boolean answeredAny = ((Number) row[3]).longValue() > 0;
                String at = answeredAny ? (String) row[2] : script.isEmpty() ? null : script.get(0);
                if (at != null) {
                    counted.computeIfAbsent(at, key -> new Counts()).abandoned++;
                }
            }
        }
        List<StepFigures> figures = new ArrayList<>();
        counted.forEach((key, counts) -> figures.add(counts.figures(key, script, lines.get(key))));
        return new Paths(attempts.size(), figures);
    }

    private static final class Counts {
        long answered;
        long waiting;
        long abandoned;
        final Map<String, Long> onward = new LinkedHashMap<>();

        /** Onward steps in the script's order, the end last. */
        StepFigures figures(String key, List<String> script, String customerLine) {
            Set<String> order = new LinkedHashSet<>(script);
            order.addAll(onward.keySet());
            List<Onward> led = new ArrayList<>();
            order.stream()
                    .filter(step -> step != null && onward.containsKey(step))
                    .forEach(step -> led.add(new Onward(step, onward.get(step))));
            if (onward.containsKey(null)) {
                led.add(new Onward(null, onward.get(null)));
            }
            return new StepFigures(key, script.indexOf(key) + 1, customerLine, answered, led, waiting, abandoned);
        }
    }
}
