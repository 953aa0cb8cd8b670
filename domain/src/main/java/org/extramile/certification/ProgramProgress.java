package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.extramile.scenario.ScenarioRepository;

/**
 * How far a trainee is from each program's certificate, counted as issuing counts: the scenarios passed since their
 * latest certificate of the program (all of them if they hold none), and the certificate in force, if any.
 */
@ApplicationScoped
@Transactional
public class ProgramProgress {

    @Inject
    EntityManager em;

    @Inject
    PassedScenarios passes;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    Clock clock;

    public List<ProgressView> of(String username) {
        return of(List.of(username)).getOrDefault(username, List.of());
    }

    /** Each trainee's progress, by username, in the same few queries however many are asked (HR lists a page). */
    public Map<String, List<ProgressView>> of(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> accounts = new HashMap<>();
        Map<Long, LocalDate> hired = new HashMap<>();
        em.createQuery("select a.id, a.username, a.hireDate from Account a where a.username in :u", Object[].class)
                .setParameter("u", usernames)
                .getResultStream()
                .forEach(row -> {
                    accounts.put((Long) row[0], (String) row[1]);
                    if (row[2] != null) {
                        hired.put((Long) row[0], (LocalDate) row[2]);
                    }
                });
        List<Program> all = em.createQuery("select p from Program p order by p.title, p.slug", Program.class)
                .getResultList();
        Set<String> required = all.stream().flatMap(p -> p.scenarios().stream()).collect(Collectors.toSet());
        Map<String, String> titles = scenarios.titlesOf(required);
        Map<Long, Map<Long, Certificate>> latest = latestCertificates(accounts.keySet());
        Map<Long, Map<Long, LocalDate>> extended = extensions(accounts.keySet());
        Map<Long, List<PassedScenarios.Passed>> passed = passes.passes(accounts.keySet(), required).stream()
                .collect(Collectors.groupingBy(PassedScenarios.Passed::accountId));
        Instant now = clock.instant();
        Map<String, List<ProgressView>> progress = new HashMap<>();
        accounts.forEach((id, username) -> progress.put(
                username,
                all.stream()
                        .map(program -> progress(
                                program,
                                latest.getOrDefault(id, Map.of()).get(program.id()),
                                passed.getOrDefault(id, List.of()),
                                titles,
                                now,
                                hired.get(id),
                                extended.getOrDefault(id, Map.of()).get(program.id())))
                        .toList()));
        return progress;
    }

    /** Per account and program, the deadline HR extended it to. */
    private Map<Long, Map<Long, LocalDate>> extensions(Collection<Long> accountIds) {
        Map<Long, Map<Long, LocalDate>> extended = new HashMap<>();
        em.createQuery("select e from DeadlineExtension e where e.accountId in :a", DeadlineExtension.class)
                .setParameter("a", accountIds)
                .getResultStream()
                .forEach(e -> extended.computeIfAbsent(e.accountId(), account -> new HashMap<>())
                        .put(e.programId(), e.dueBy()));
        return extended;
    }

    /** Per account and program, the latest certificate (revoked or not: a new one counts passes after it). */
    private Map<Long, Map<Long, Certificate>> latestCertificates(Collection<Long> accountIds) {
        Map<Long, Map<Long, Certificate>> latest = new HashMap<>();
        em.createQuery(
                        "select c from Certificate c where c.accountId in :a order by c.issuedAt desc, c.id desc",
                        Certificate.class)
                .setParameter("a", accountIds)
                .getResultStream()
                .forEach(c -> latest.computeIfAbsent(c.accountId(), account -> new HashMap<>())
                        .putIfAbsent(c.programId(), c));
        return latest;
    }

    private ProgressView progress(
            Program program,
            Certificate latest,
            List<PassedScenarios.Passed> passed,
            Map<String, String> titles,
            Instant now,
            LocalDate hiredOn,
            LocalDate extendedTo) {
        Instant since = latest == null ? Instant.EPOCH : latest.countsPassesAfter();
        Map<String, PassedScenarios.Pass> best = PassedScenarios.best(passed, since);
        List<ProgressView.ScenarioProgress> required = program.scenarios().stream()
                .map(slug -> new ProgressView.ScenarioProgress(
                        slug,
                        titles.getOrDefault(slug, slug),
                        best.containsKey(slug),
                        best.containsKey(slug) ? best.get(slug).share() : null))
                .toList();
        return ProgressView.of(
                program,
                required,
                program.view().minAverage(),
                latest,
                latest != null && latest.inForce(now) ? latest : null,
                hiredOn,
                extendedTo,
                LocalDate.ofInstant(now, clock.getZone()));
    }
}
