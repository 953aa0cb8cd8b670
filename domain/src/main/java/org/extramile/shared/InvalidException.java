package org.extramile.shared;

import java.util.List;

/** What a caller sent breaks the model's rules; every broken rule is listed with where it is. */
public class InvalidException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidException(List<Violation> violations) {
        super(
                violations.size() == 1
                        ? violations.get(0).message()
                        : violations.size() + " rules are broken: see the violations.");
        this.violations = List.copyOf(violations);
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
