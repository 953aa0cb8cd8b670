package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extramile.shared.ConflictException;

/** The stores and sites: list them, add one. */
@ApplicationScoped
@Transactional
public class Branches {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<BranchView> list() {
        return em.createQuery("select b from Branch b order by b.code", Branch.class)
                .getResultStream()
                .map(Branch::view)
                .toList();
    }

    public BranchView add(@NotNull(message = "A branch is required: {\"code\", \"name\"}.") @Valid NewBranch branch) {
        if (find(branch.code()).isPresent()) {
            throw new ConflictException(
                    "A branch '" + Branch.normalise(branch.code()) + "' exists already: choose another code.");
        }
        Branch created = new Branch(branch.code(), branch.name(), clock.instant());
        em.persist(created);
        em.flush();
        return created.view();
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
