package org.extramile.people.roster;

import java.time.LocalDate;
import java.util.Set;
import org.extramile.people.Role;

/**
 * A roster row that keeps every rule of its own. {@code branch} is a known branch's code;
 * {@code roles}, {@code active} and {@code language} are null when the roster leaves them out (a new person is then
 * an active trainee mailed in the installation's language, an existing one keeps theirs).
 */
public record RosterEntry(
        long line,
        String employeeNumber,
        String name,
        String email,
        String branch,
        LocalDate hireDate,
        Set<Role> roles,
        Boolean active,
        String language) {}
