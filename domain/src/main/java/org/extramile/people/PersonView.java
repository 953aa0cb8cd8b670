package org.extramile.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person as HR sees them; never the password. {@code passwordSet} is false for someone imported
 * from a roster who has no one-time password yet; {@code mustChangePassword} while they still log in
 * with the one-time password.
 */
public record PersonView(
        String employeeNumber,
        String username,
        String name,
        String email,
        String branch,
        LocalDate hireDate,
        Set<Role> roles,
        boolean active,
        boolean passwordSet,
        boolean mustChangePassword)
        implements Serializable {}
