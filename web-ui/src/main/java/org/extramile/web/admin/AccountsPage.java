package org.extramile.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.extramile.people.AccountAdministration;
import org.extramile.people.AccountEntry;
import org.extramile.people.Invitation;
import org.extramile.people.LockoutException;
import org.extramile.people.Role;
import org.extramile.shared.ConflictException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * Accounts and roles: search accounts, edit one account's roles with a checkbox each, deactivate it after a
 * confirmation, reactivate it, reset its password to a one-time one shown once, and, with single sign-on, link it to
 * its person at the identity provider or unlink it.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    AccountAdministration administration;

    private String query;
    private List<AccountEntry> accounts = List.of();
    private long total;
    private AccountEntry selected;
    private final Map<String, Boolean> chosen = new LinkedHashMap<>();
    private boolean confirmingDeactivation;
    private Invitation invitation;

    public void load() {
        Page<AccountEntry> found = administration.search(query, null, new PageRequest(0, SHOWN));
        accounts = found.items();
        total = found.total();
    }

    /** Opens the account's roles for editing, as stored now. */
    public void edit(String username) {
        select(administration.get(username));
        invitation = null;
    }

    public void saveRoles() {
        Set<Role> roles = chosen.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(e -> Role.valueOf(e.getKey()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        try {
            select(administration.assignRoles(selected.username(), roles, selected.version(), Pages.caller()));
            Failures.info(Texts.text("admin.accounts.rolesSaved", selected.username()));
            load();
        } catch (RuntimeException refused) {
            refuse(refused);
        }
    }

    public void askDeactivation() {
        confirmingDeactivation = true;
    }

    public void cancel() {
        confirmingDeactivation = false;
    }

    public void deactivate() {
        confirmingDeactivation = false;
        try {
            select(administration.deactivate(selected.username(), selected.version(), Pages.caller()));
            Failures.info(Texts.text("admin.accounts.deactivated", selected.username()));
            load();
        } catch (RuntimeException refused) {
            refuse(refused);
        }
    }

    public void reactivate() {
        try {
            select(administration.reactivate(selected.username(), selected.version(), Pages.caller()));
            Failures.info(Texts.text("admin.accounts.reactivated", selected.username()));
            load();
        } catch (RuntimeException refused) {
            refuse(refused);
        }
    }

    public void allowProviderLink() {
        try {
            select(administration.allowProviderLink(selected.username(), selected.version(), Pages.caller()));
            Failures.info(Texts.text("admin.accounts.linkAllowed", selected.username()));
            load();
        } catch (RuntimeException refused) {
            refuse(refused);
        }
    }

    public void unlinkProvider() {
        try {
            select(administration.unlinkProvider(selected.username(), selected.version(), Pages.caller()));
            Failures.info(Texts.text("admin.accounts.unlinked", selected.username()));
            load();
        } catch (RuntimeException refused) {
            refuse(refused);
        }
    }

    /** Linked, waiting for a link, or neither, in a word for the accounts table. */
    public String providerState(AccountEntry entry) {
        if (entry.providerLinked()) {
            return Texts.text("admin.accounts.provider.state.linked");
        }
        return linkWaiting(entry) ? Texts.text("admin.accounts.provider.state.waiting") : "";
    }

    /** Whether a link the administrator allowed still waits for the person's sign-in through the provider. */
    public boolean linkWaiting(AccountEntry entry) {
        return entry.providerLinkUntil() != null && entry.providerLinkUntil().isAfter(Instant.now());
    }

    public void resetPassword() {
        invitation = administration.resetPassword(selected.username(), Pages.caller());
        select(administration.get(selected.username()));
    }

    public void close() {
        selected = null;
        invitation = null;
        confirmingDeactivation = false;
    }

    /** Lockout rules and stale edits are explained in the page's language; the account is shown as it is now. */
    private void refuse(RuntimeException refused) {
        var lockout = Failures.find(refused, LockoutException.class);
        if (lockout.isPresent()) {
            Failures.error(
                    Texts.text("admin.accounts.lockout." + lockout.get().rule().name(), selected.username()));
        } else if (Failures.find(refused, ConflictException.class).isPresent()
                || Failures.find(refused, OptimisticLockException.class).isPresent()) {
            Failures.error(Texts.text("admin.accounts.stale", selected.username()));
        } else {
            Failures.report(refused);
            return;
        }
        select(administration.get(selected.username()));
        load();
    }

    private void select(AccountEntry entry) {
        selected = entry;
        chosen.clear();
        for (Role role : Role.values()) {
            chosen.put(role.name(), entry.has(role));
        }
    }

    public List<String> getRoleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** The account's roles in words, most powerful first. */
    public String roles(AccountEntry entry) {
        return entry.roles().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .map(role -> Texts.text("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<AccountEntry> getAccounts() {
        return accounts;
    }

    public long getTotal() {
        return total;
    }

    public boolean isMore() {
        return total > accounts.size();
    }

    public AccountEntry getSelected() {
        return selected;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public boolean isConfirmingDeactivation() {
        return confirmingDeactivation;
    }

    public Invitation getInvitation() {
        return invitation;
    }
}
