package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.extramile.mail.MailTexts;

/** The use cases on accounts as logins: look one up, create one, and the demo profile. */
@ApplicationScoped
public class Accounts {

    @Inject
    AccountRepository repository;

    @Inject
    PasswordHashing hashing;

    @Inject
    Branches branches;

    @Inject
    Clock clock;

    @Transactional
    public Optional<AccountView> find(String username) {
        return repository.findByUsername(username).map(Account::view);
    }

    /** How the account's password stands now; no such account has nothing to change. */
    @Transactional
    public PasswordState passwordState(String username) {
        return repository
                .findByUsername(username)
                .map(account -> account.passwordState(clock.instant()))
                .orElse(PasswordState.OWN);
    }

    /** See {@link Account#loginStamp()}; empty when there is no such account. */
    @Transactional
    public Optional<String> loginStamp(String username) {
        return repository.findByUsername(username).map(Account::loginStamp);
    }

    /**
     * Records the language the person uses the pages in ({@code en}, {@code fr}), which their mail then speaks. Not
     * an edit of the account: its version stays, so an edit an administrator or HR has open does not conflict.
     */
    @Transactional
    public void speaks(String username, String language) {
        if (MailTexts.supported(language)) {
            repository.speaks(username, language);
        }
    }

    @Transactional
    public boolean anyWithRole(Role role) {
        return repository.anyWithRole(role);
    }

    /** Gives an account without one an HR profile (demo seeding); says whether it did. */
    @Transactional
    public boolean profileIfAbsent(
            String username, String employeeNumber, String email, String branch, LocalDate hired) {
        Account account = repository.findByUsername(username).orElseThrow();
        if (account.employeeNumber().isPresent()) {
            return false;
        }
        Branch known = branches.find(branch).orElseThrow();
        account.revise(
                new PersonProfile(employeeNumber, account.displayName(), email, known, hired),
                null,
                null,
                clock.instant());
        return true;
    }

    /** Creates the account unless the username is taken; says whether it did. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, char[] password, Set<Role> roles) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        return createHashedIfAbsent(username, displayName, hashing.hash(password), roles);
    }

    /** As {@link #createIfAbsent} with the password's hash already made (see {@link PasswordHashing#hash}). */
    @Transactional
    public boolean createHashedIfAbsent(String username, String displayName, String passwordHash, Set<Role> roles) {
        if (repository.findByUsername(username).isPresent()) {
            return false;
        }
        repository.add(new Account(username, displayName, passwordHash, roles, clock.instant()));
        return true;
    }
}
