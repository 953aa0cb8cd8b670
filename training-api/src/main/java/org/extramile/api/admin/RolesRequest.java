package org.extramile.api.admin;

import java.util.Set;
import org.extramile.people.Role;

/** The roles an account is to hold, and the version of the account the change was made on (optional). */
public record RolesRequest(Set<Role> roles, Long version) {}
