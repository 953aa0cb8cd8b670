package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** The use cases on accounts that exist so far: look one up, and create one. */
@ApplicationScoped
public class Accounts {

    @Inject
    AccountRepository repository;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Transactional
    public Optional<AccountView> find(String username) {
        return repository.findByUsername(username).map(Account::view);
    }

    @Transactional
    public boolean anyWithRole(Role role) {
        return repository.anyWithRole(role);
    }

    /** Creates the account unless the username is taken; says whether it did. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, char[] password, Set<Role> roles) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        repository.add(new Account(username, displayName, hashing.hash(password), roles, clock.instant()));
        return true;
    }
}
