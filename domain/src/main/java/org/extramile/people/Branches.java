package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;

/** The stores and sites: list them, add one, rename one. Changes are audited. */
@ApplicationScoped
@Transactional
public class Branches {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public List<BranchView> list() {
        return em.createQuery("select b from Branch b order by b.code", Branch.class)
                .getResultStream()
                .map(Branch::view)
                .toList();
    }

    /** Every branch with how many people work there, by code. */
    public List<BranchSummary> summaries() {
        return em.createQuery(
                        "select new org.extramile.people.BranchSummary(b.code, b.name,"
                                + " (select count(a) from Account a where a.branch = b)) from Branch b order by b.code",
                        BranchSummary.class)
                .getResultList();
    }

    public BranchView add(
            @NotNull(message = "A branch is required: {\"code\", \"name\"}.") @Valid NewBranch branch, String by) {
        if (find(branch.code()).isPresent()) {
            throw new ConflictException(
                    "A branch '" + Branch.normalise(branch.code()) + "' exists already: choose another code.");
        }
        Branch created = new Branch(branch.code(), branch.name(), clock.instant());
        em.persist(created);
        em.flush();
        audit.record(by, AuditAction.BRANCH_CHANGE, Map.of("code", created.code(), "name", branch.name()), 1);
        return created.view();
    }

    /** Gives a branch a new name; its code stays, so rosters and exports keep matching it. */
    public BranchView rename(
            String code,
            @NotBlank(message = "A branch name is required.")
                    @Size(max = Branch.MAX_NAME, message = "A branch name is at most 200 characters.")
                    String name,
            String by) {
        Branch branch = find(code).orElseThrow(() -> new NotFoundException("There is no branch '" + code + "'."));
        String before = branch.view().name();
        branch.rename(name);
        audit.record(
                by,
                AuditAction.BRANCH_CHANGE,
                Map.of(
                        "code",
                        branch.code(),
                        "from",
                        before,
                        "to",
                        branch.view().name()),
                1);
        return branch.view();
    }

    /** Adds the branch unless its code is taken; for seeding. */
    public void addIfAbsent(String code, String name) {
        if (find(code).isEmpty()) {
            em.persist(new Branch(code, name, clock.instant()));
        }
    }

    public Optional<Branch> find(String code) {
        return em.createQuery("select b from Branch b where b.code = :code", Branch.class)
                .setParameter("code", Branch.normalise(code))
                .getResultStream()
                .findFirst();
    }

    /** Every branch by its code, for checking a whole roster at once. */
    public Map<String, Branch> byCode() {
        return em.createQuery("select b from Branch b", Branch.class)
                .getResultStream()
                .collect(Collectors.toMap(Branch::code, Function.identity()));
    }
}
