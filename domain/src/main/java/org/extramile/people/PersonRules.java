package org.extramile.people;

import java.util.regex.Pattern;

/** The rules a person's details keep, whether enrolled one by one or from a roster. */
public final class PersonRules {

    /** Two to 32 characters, so that its lower-case form is a valid username (so no erased person's pseudonym). */
    public static final String EMPLOYEE_NUMBER_REGEX =
            "(?![Ee][Rr][Aa][Ss][Ee][Dd]-[0-9]+$)[A-Za-z0-9][A-Za-z0-9._-]{1,31}";

    public static final String EMPLOYEE_NUMBER_MESSAGE = "An employee number is 2 to 32 letters, digits, dots, dashes"
            + " or underscores, e.g. 'E-10042' (not 'ERASED-' with a number, which names erased people).";

    /** Deliberately plain: one @, no spaces, a dot in the domain. Mail delivery is the real test. */
    public static final String EMAIL_REGEX = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public static final String EMAIL_MESSAGE = "An email address looks like 'name@example.com'.";

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;

    static final Pattern EMPLOYEE_NUMBER = Pattern.compile(EMPLOYEE_NUMBER_REGEX);
    static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);

    private PersonRules() {}

    public static boolean isEmployeeNumber(String value) {
        return EMPLOYEE_NUMBER.matcher(value).matches();
    }

    public static boolean isEmail(String value) {
        return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
    }

    /** The username a new person gets unless one is given: the employee number in lower case. */
    public static String usernameFor(String employeeNumber) {
        return employeeNumber.toLowerCase(java.util.Locale.ROOT);
    }
}
