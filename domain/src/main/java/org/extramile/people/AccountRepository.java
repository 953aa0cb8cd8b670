package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;

@ApplicationScoped
public class AccountRepository {

    private static final String WITHOUT_PASSWORD =
            " where a.employeeNumber is not null and a.active = true and a.passwordHash is null";

    @Inject
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** A bulk update, which leaves the version alone: see {@link Accounts#speaks}. */
    void speaks(String username, String language) {
        em.createQuery("update Account a set a.language = :language where a.username = :username"
                        + " and (a.language is null or a.language <> :language)")
                .setParameter("language", language)
                .setParameter("username", username)
                .executeUpdate();
    }

    /**
     * The person's choice of optional mail, if {@code version} is still theirs: a bulk update that counts the choices'
     * own version and leaves the account's alone. Says whether it wrote.
     */
    boolean chooseMail(String username, MailChoices choices) {
        return em.createQuery("update Account a set a.mailReviewDigest = coalesce(:digest, a.mailReviewDigest),"
                                + " a.mailExpiryReminders = coalesce(:reminders, a.mailExpiryReminders),"
                                + " a.mailDeadlineReminders = coalesce(:deadlines, a.mailDeadlineReminders),"
                                + " a.mailLateDigest = coalesce(:late, a.mailLateDigest),"
                                + " a.mailChoicesVersion = a.mailChoicesVersion + 1"
                                + " where a.username = :username and a.mailChoicesVersion = :version")
                        .setParameter("digest", choices.reviewDigest())
                        .setParameter("reminders", choices.expiryReminders())
                        .setParameter("deadlines", choices.deadlineReminders())
                        .setParameter("late", choices.lateDigest())
                        .setParameter("username", username)
                        .setParameter("version", choices.version())
                        .executeUpdate()
                == 1;
    }

    public Optional<Account> findByProviderSubject(ProviderSubject subject) {
        return em.createQuery(
                        "select a from Account a where a.providerIssuer = :issuer and a.providerSubject = :subject",
                        Account.class)
                .setParameter("issuer", subject.issuer())
                .setParameter("subject", subject.subject())
                .getResultStream()
                .findFirst();
    }

    public boolean anyWithRole(Role role) {
        return !em.createQuery("select a.id from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The active accounts holding the role that have an email address, to mail what concerns that role. */
    public List<Account> mailableWithRole(Role role) {
        return em.createQuery(
                        "select a from Account a join a.roles r where r = :role and a.active = true"
                                + " and a.email is not null and a.email <> '' order by a.username",
                        Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    /**
     * How many active accounts other than {@code username} hold the role, counted after locking every active holder:
     * two administrators taking the role from each other at once are then counted one after the other, and the
     * second sees the first's change instead of both succeeding and leaving nobody.
     */
    public long lockAndCountActiveWithRoleExcept(Role role, String username) {
        em.createQuery("select a from Account a join a.roles r where r = :role and a.active = true", Account.class)
                .setParameter("role", role)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return em.createQuery(
                        "select count(a) from Account a join a.roles r where r = :role and a.active = true"
                                + " and a.username <> :username",
                        Long.class)
                .setParameter("role", role)
                .setParameter("username", username)
                .getSingleResult();
    }

    /**
     * The next {@code size} people on the roster who cannot log in yet (active, no password of any kind) after the
     * account {@code afterId}, in id order: a bulk invitation walks them a batch at a time. Locked until the batch
     * commits, so that a second bulk invitation at once (another HR officer, the API) waits, then finds their links
     * working instead of mailing the same people again.
     */
    public List<Account> withoutPassword(long afterId, int size) {
        return em.createQuery(
                        "select a from Account a" + WITHOUT_PASSWORD + " and a.id > :after order by a.id",
                        Account.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
    }

    public long countWithoutPassword() {
        return em.createQuery("select count(a) from Account a" + WITHOUT_PASSWORD, Long.class)
                .getSingleResult();
    }

    public Optional<Account> findByEmployeeNumber(String employeeNumber) {
        return em.createQuery("select a from Account a where a.employeeNumber = :number", Account.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst();
    }

    /** The employee numbers of the trainees (no other role) inactive since before {@code before}, not yet erased. */
    public List<String> traineesLeftBefore(Instant before) {
        return em.createQuery(
                        "select a.employeeNumber from Account a where a.active = false and a.erasedAt is null"
                                + " and a.leftAt < :before and a.employeeNumber is not null"
                                + " and not exists (select 1 from Account b join b.roles r where b = a and r <> :trainee)"
                                + " order by a.leftAt, a.id",
                        String.class)
                .setParameter("before", before)
                .setParameter("trainee", Role.TRAINEE)
                .getResultList();
    }

    /** The accounts with these employee numbers, with their roles, by employee number. */
    public Map<String, Account> byEmployeeNumbers(Collection<String> numbers) {
        List<Account> found = new ArrayList<>();
        for (List<String> chunk : chunks(numbers)) {
            found.addAll(em.createQuery(
                            "select distinct a from Account a left join fetch a.roles where a.employeeNumber in :numbers",
                            Account.class)
                    .setParameter("numbers", chunk)
                    .getResultList());
        }
        return found.stream().collect(Collectors.toMap(a -> a.employeeNumber().orElseThrow(), Function.identity()));
    }

    /** Which of these usernames are taken. */
    public Set<String> taken(Collection<String> usernames) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(usernames)) {
            taken.addAll(em.createQuery("select a.username from Account a where a.username in :names", String.class)
                    .setParameter("names", chunk)
                    .getResultList());
        }
        return taken;
    }

    /**
     * Accounts whose name, employee number, email or username contains {@code text} (ignoring case),
     * optionally of one branch and one active state, by name then creation order.
     */
    /** Accounts matching each filter given (null: any): words, branch, active or not, erased or not. */
    public Page<Account> search(String text, String branchCode, Boolean active, Boolean erased, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(a.displayName) like :text escape '!' or lower(a.employeeNumber) like :text"
                    + " escape '!' or lower(a.email) like :text escape '!' or a.username like :text escape '!')");
            String escaped = text.strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1");
            parameters.put("text", "%" + escaped + "%");
        }
        if (branchCode != null && !branchCode.isBlank()) {
            where.append(" and b.code = :branch");
            parameters.put("branch", Branch.normalise(branchCode));
        }
        if (active != null) {
            where.append(" and a.active = :active");
            parameters.put("active", active);
        }
        if (erased != null) {
            where.append(erased ? " and a.erasedAt is not null" : " and a.erasedAt is null");
        }
        TypedQuery<Long> count =
                em.createQuery("select count(a) from Account a left join a.branch b" + where, Long.class);
        TypedQuery<Account> accounts = em.createQuery(
                "select a from Account a left join fetch a.branch b" + where + " order by a.displayName, a.id",
                Account.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            accounts.setParameter(name, value);
        });
        return new Page<>(
                accounts.setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList(),
                page.page(),
                page.size(),
                count.getSingleResult());
    }

    /** IN lists of a size every database takes. */
    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }

    public void add(Account account) {
        em.persist(account);
    }

    public void flush() {
        em.flush();
    }
}
