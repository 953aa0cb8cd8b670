package org.extramile.people.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.extramile.mail.MailTexts;
import org.extramile.people.Branch;
import org.extramile.people.PersonRules;
import org.extramile.people.Role;

/**
 * Checks every row of a roster on its own and against the others, and names every broken rule of
 * a row. An employee number that appears twice is accepted on its first line and refused on every
 * later one, which names the first.
 */
public final class RosterRules {

    private final Set<String> branches;
    private final Predicate<Set<Role>> mayGrant;

    /**
     * @param branches the known branch codes (upper case)
     * @param mayGrant whether the importing person may give these roles
     */
    public RosterRules(Set<String> branches, Predicate<Set<Role>> mayGrant) {
        this.branches = Set.copyOf(branches);
        this.mayGrant = mayGrant;
    }

    public CheckedRoster check(RosterFile roster) {
        int columns = roster.columns().size();
        List<RosterEntry> entries = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> firstLines = new HashMap<>();
        for (RosterRow row : roster.rows()) {
            List<RowProblem> reasons = new ArrayList<>();
            if (row.fields() != columns) {
                reasons.add(RowProblem.ofRow("has " + row.fields() + " fields where the header has " + columns
                        + ": a field holding the delimiter must be quoted"));
            }
            String employeeNumber = row.value(RosterColumn.EMPLOYEE_NUMBER);
            if (employeeNumber.isEmpty()) {
                reasons.add(RowProblem.of(RosterColumn.EMPLOYEE_NUMBER, "employeeNumber is missing"));
            } else if (!PersonRules.isEmployeeNumber(employeeNumber)) {
                reasons.add(RowProblem.of(
                        RosterColumn.EMPLOYEE_NUMBER,
                        "employeeNumber '" + employeeNumber + "' is not valid: "
                                + PersonRules.EMPLOYEE_NUMBER_MESSAGE));
            } else {
                Long first = firstLines.putIfAbsent(employeeNumber, row.line());
                if (first != null) {
                    reasons.add(RowProblem.of(
                            RosterColumn.EMPLOYEE_NUMBER,
                            "employeeNumber '" + employeeNumber + "' appears already on line " + first));
                }
            }
            String name = row.value(RosterColumn.NAME);
            if (name.isEmpty()) {
                reasons.add(RowProblem.of(RosterColumn.NAME, "name is missing"));
            } else if (name.length() > PersonRules.MAX_NAME) {
                reasons.add(RowProblem.of(
                        RosterColumn.NAME, "name is longer than " + PersonRules.MAX_NAME + " characters"));
            }
            String email = row.value(RosterColumn.EMAIL);
            if (email.isEmpty()) {
                reasons.add(RowProblem.of(RosterColumn.EMAIL, "email is missing"));
            } else if (!PersonRules.isEmail(email)) {
                reasons.add(RowProblem.of(RosterColumn.EMAIL, "email '" + email + "' is not an email address"));
            }
            String branch = Branch.normalise(row.value(RosterColumn.BRANCH));
            if (branch.isEmpty()) {
                reasons.add(RowProblem.of(RosterColumn.BRANCH, "branch is missing"));
            } else if (!branches.contains(branch)) {
                reasons.add(RowProblem.of(
                        RosterColumn.BRANCH,
                        "branch '" + row.value(RosterColumn.BRANCH)
                                + "' is unknown: add it first (POST /api/branches) or correct the code"));
            }
            LocalDate hireDate = date(row.value(RosterColumn.HIRE_DATE), reasons);
            Set<Role> roles = roles(row.value(RosterColumn.ROLES), reasons);
            Boolean active = active(row.value(RosterColumn.ACTIVE), reasons);
            String language = language(row.value(RosterColumn.LANGUAGE), reasons);
            if (reasons.isEmpty()) {
                entries.add(new RosterEntry(
                        row.line(), employeeNumber, name, email, branch, hireDate, roles, active, language));
            } else {
                rejected.add(new RejectedRow(row.line(), employeeNumber, reasons));
            }
        }
        return new CheckedRoster(entries, rejected);
    }

    /** {@code en} or {@code fr}, any case; an empty field means "not given". */
    private static String language(String value, List<RowProblem> reasons) {
        if (value.isEmpty()) {
            return null;
        }
        String language = value.toLowerCase(Locale.ROOT);
        if (!MailTexts.supported(language)) {
            reasons.add(RowProblem.of(
                    RosterColumn.LANGUAGE,
                    "language '" + value + "' is unknown: use en or fr (the language of the person's mail)"));
            return null;
        }
        return language;
    }

    private static LocalDate date(String value, List<RowProblem> reasons) {
        if (value.isEmpty()) {
            reasons.add(RowProblem.of(RosterColumn.HIRE_DATE, "hireDate is missing"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reasons.add(
                    RowProblem.of(RosterColumn.HIRE_DATE, "hireDate '" + value + "' is not a date written YYYY-MM-DD"));
            return null;
        }
    }

    /** Role names separated by '|', '+', commas or spaces; an empty field means "not given". */
    private Set<Role> roles(String value, List<RowProblem> reasons) {
        if (value.isEmpty()) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : value.split("[|+,;\\s]+")) {
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                reasons.add(RowProblem.of(
                        RosterColumn.ROLES, "role '" + name + "' is unknown: use TRAINEE, TRAINER, HR or ADMIN"));
            }
        }
        if (!roles.isEmpty() && !mayGrant.test(roles)) {
            reasons.add(RowProblem.of(RosterColumn.ROLES, "roles " + roles + " may only be given by an administrator"));
        }
        return roles.isEmpty() ? null : roles;
    }

    private static Boolean active(String value, List<RowProblem> reasons) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                reasons.add(RowProblem.of(RosterColumn.ACTIVE, "active '" + value + "' is neither true nor false"));
                yield null;
            }
        };
    }
}
