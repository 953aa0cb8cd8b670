package org.extramile.shared;

/**
 * One broken rule in what a caller sent: where it is, as a JSON pointer into the document
 * (RFC 6901, e.g. {@code /criteria/2/levels}), and what is wrong in words a person can act on.
 */
public record Violation(String pointer, String message) {

    /** The pointer one level down, e.g. {@code /criteria} and {@code 2} give {@code /criteria/2}. */
    public static String pointer(String parent, Object child) {
        String token = String.valueOf(child).replace("~", "~0").replace("/", "~1");
        return parent + "/" + token;
    }

    /** The same violation found inside a larger document, e.g. a rubric inside a pack. */
    public Violation under(String prefix) {
        return new Violation(prefix + pointer, message);
    }
}
