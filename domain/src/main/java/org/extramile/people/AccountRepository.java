package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @Inject
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
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

    public void add(Account account) {
        em.persist(account);
    }
}
