package org.extramile.people;

import java.time.LocalDate;

/** What HR keeps about a person besides the login: checked before it gets here. */
public record PersonProfile(String employeeNumber, String name, String email, Branch branch, LocalDate hireDate) {}
