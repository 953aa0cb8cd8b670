package org.extramile.people;

import java.util.Set;

/**
 * What keeps an installation administrable: an administrator never takes away their own ADMIN role or their own
 * login (another administrator must), and the last active administrator keeps both.
 */
final class LockoutRules {

    private LockoutRules() {}

    /** Refuses roles that would leave the caller, or the installation, without an administrator. */
    static void checkRoles(String actor, Account target, Set<Role> newRoles, long otherActiveAdmins) {
        boolean losesAdmin = target.roles().contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN);
        if (!losesAdmin) {
            return;
        }
        if (target.username().equals(actor)) {
            throw new LockoutException(
                    LockoutException.Rule.OWN_ADMIN_ROLE,
                    "You cannot remove your own ADMIN role: ask another administrator,"
                            + " so that nobody locks themselves out by mistake.");
        }
        if (target.isActive() && otherActiveAdmins == 0) {
            throw lastAdmin(target);
        }
    }

    /** Refuses to deactivate the caller, or the last active administrator. */
    static void checkDeactivation(String actor, Account target, long otherActiveAdmins) {
        if (target.username().equals(actor)) {
            throw new LockoutException(
                    LockoutException.Rule.OWN_ACCOUNT,
                    "You cannot deactivate your own account: ask another administrator to do it.");
        }
        if (target.roles().contains(Role.ADMIN) && otherActiveAdmins == 0) {
            throw lastAdmin(target);
        }
    }

    private static LockoutException lastAdmin(Account target) {
        return new LockoutException(
                LockoutException.Rule.LAST_ADMINISTRATOR,
                "'" + target.username() + "' is the last active administrator: give another"
                        + " active account the ADMIN role first.");
    }
}
