package org.extramile.people.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns a roster may have, in the header's words; matched ignoring case, spaces and dashes. */
public enum RosterColumn {
    EMPLOYEE_NUMBER("employeeNumber", true),
    NAME("name", true),
    EMAIL("email", true),
    BRANCH("branch", true),
    HIRE_DATE("hireDate", true),
    ROLES("roles", false),
    ACTIVE("active", false),
    LANGUAGE("language", false);

    private final String header;
    private final boolean required;

    RosterColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** "Employee Number", "employee_number" and "EMPLOYEENUMBER" all name the same column. */
    static Optional<RosterColumn> named(String name) {
        String key = squash(name);
        return Arrays.stream(values()).filter(c -> squash(c.header).equals(key)).findFirst();
    }

    private static String squash(String name) {
        return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }
}
