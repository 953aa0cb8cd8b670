package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        long accountId = em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
        Instant now = clock.instant();
        List<Program> all = em.createQuery("select p from Program p order by p.title, p.slug", Program.class)
                .getResultList();
        Map<String, String> titles = scenarios.titlesOf(
                all.stream().flatMap(p -> p.scenarios().stream()).collect(Collectors.toSet()));
        return all.stream()
                .map(program -> progress(program, accountId, titles, now))
                .toList();
    }

    private ProgressView progress(Program program, long accountId, Map<String, String> titles, Instant now) {
        Optional<Certificate> latest = Certificates.latest(em, accountId, program.id());
        Instant since = latest.map(Certificate::countsPassesAfter).orElse(Instant.EPOCH);
        Map<String, PassedScenarios.Pass> best = passes.best(accountId, program.scenarios(), since);
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
                latest.orElse(null),
                latest.filter(c -> c.inForce(now)).orElse(null));
    }
}
