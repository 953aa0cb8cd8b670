package org.extramile.people;

import java.util.EnumSet;
import java.util.Set;

/** Who asks for a change to people: their username (for the audit log) and the roles they hold. */
public record Actor(String username, Set<Role> roles) {

    private static final Set<Role> STAFF = EnumSet.of(Role.HR, Role.ADMIN);

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** HR enrols trainees and trainers; only an administrator grants HR or ADMIN. */
    public boolean mayGrant(Set<Role> granted) {
        return isAdmin() || granted.stream().noneMatch(STAFF::contains);
    }

    /** HR may not change an HR or administrator account: that is an administrator's job. */
    public boolean mayChange(Account account) {
        return mayChange(account.roles());
    }

    /** Whether this actor may change a person who holds these roles. */
    public boolean mayChange(Set<Role> held) {
        return isAdmin() || held.stream().noneMatch(STAFF::contains);
    }
}
