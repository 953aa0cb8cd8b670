package org.extramile.people;

import java.time.LocalDate;

/**
 * What HR keeps about a person besides the login: checked before it gets here. {@code language}, the language their
 * mail speaks ({@code en}, {@code fr}), is null when HR did not say: a new person's is then the installation's, an
 * existing person's stays.
 */
public record PersonProfile(
        String employeeNumber, String name, String email, Branch branch, LocalDate hireDate, String language) {

    public PersonProfile(String employeeNumber, String name, String email, Branch branch, LocalDate hireDate) {
        this(employeeNumber, name, email, branch, hireDate, null);
    }
}
