package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.extramile.attempt.AttemptFinished;
import org.extramile.people.Account;
import org.extramile.scenario.ScenarioRepository;

/**
 * Issues a certificate when a passing attempt completes a program, in the attempt's own transaction. The holder's
 * account row is locked first, so two attempts finishing at once never issue twice; a certificate still in force
 * is never issued again, and a new one after it counts only attempts passed since it was issued.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CertificateIssuing {

    private static final Logger LOG = Logger.getLogger(CertificateIssuing.class.getName());

    @Inject
    CertificateMails mails;

    @Inject
    EntityManager em;

    @Inject
    Programs programs;

    @Inject
    PassedScenarios passes;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    Links links;

    @Inject
    Clock clock;

    void onAttemptFinished(@Observes AttemptFinished finished) {
        if (!finished.passed()) {
            return;
        }
        List<Program> affected = programs.requiring(finished.scenario());
        if (affected.isEmpty()) {
            return;
        }
        Account holder = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", finished.username())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        long accountId = accountId(holder);
        for (Program program : affected) {
            issueIfComplete(holder, accountId, program);
        }
    }

    private void issueIfComplete(Account holder, long accountId, Program program) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<Certificate> latest = Certificates.latest(em, accountId, program.id());
        if (latest.isPresent() && latest.get().inForce(now)) {
            return;
        }
        Instant since = latest.map(Certificate::countsPassesAfter).orElse(Instant.EPOCH);
        Map<String, PassedScenarios.Pass> best = passes.best(accountId, program.scenarios(), since);
        Map<String, Double> shares = new java.util.HashMap<>();
        best.forEach((slug, pass) -> shares.put(slug, pass.share()));
        if (!program.completedBy(shares)) {
            return;
        }
        List<CertificateSnapshot.ScenarioResult> results = new ArrayList<>();
        for (String slug : program.scenarios()) {
            PassedScenarios.Pass pass = best.get(slug);
            String title = scenarios.findBySlug(slug).map(s -> s.title()).orElse(slug);
            results.add(
                    new CertificateSnapshot.ScenarioResult(slug, title, pass.share(), pass.rubricVersion(), pass.at()));
        }
        double overall = results.stream()
                .mapToDouble(CertificateSnapshot.ScenarioResult::share)
                .average()
                .orElse(0);
        CertificateSnapshot snapshot = new CertificateSnapshot(
                holder.displayName(),
                holder.employeeNumber().orElse(null),
                program.slug(),
                program.title(),
                program.description(),
                program.criteriaNarrative(),
                program.issuer(),
                results,
                overall);
        Instant expires =
                now.atZone(ZoneOffset.UTC).plusMonths(program.validityMonths()).toInstant();
        Certificate issued = issue(program.id(), accountId, snapshot, now, expires, null);
        mails.issued(holder, issued);
        LOG.info(() ->
                "Issued certificate " + issued.serial() + " of '" + program.slug() + "' to " + holder.username() + ".");
    }

    /** Writes a certificate with its PDF, frozen from the snapshot. */
    Certificate issue(
            Long programId,
            long accountId,
            CertificateSnapshot snapshot,
            Instant now,
            Instant expires,
            String reissueOf) {
        String serial = Serial.next();
        int index = ((Number) em.createNativeQuery("select nextval('certificate_status_index_seq')")
                        .getSingleResult())
                .intValue();
        Certificate certificate =
                new Certificate(serial, programId, accountId, snapshot, now, expires, index, reissueOf);
        byte[] pdf = CertificateDocument.render(serial, snapshot, now, expires, links.verification(serial));
        certificate.attach(sha256(pdf));
        em.persist(certificate);
        em.flush();
        em.persist(new CertificatePdf(certificate.id(), pdf));
        return certificate;
    }

    private long accountId(Account account) {
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(account);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
