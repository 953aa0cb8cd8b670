package org.extramile.people;

import org.extramile.shared.ConflictException;

/** A change refused because it would lock the caller, or everyone, out of administration; says which rule. */
public class LockoutException extends ConflictException {

    /** Which rule the change broke, for a page to explain in its own language. */
    public enum Rule {
        OWN_ADMIN_ROLE,
        OWN_ACCOUNT,
        OWN_PROVIDER_LINK,
        LAST_ADMINISTRATOR
    }

    private final Rule rule;

    LockoutException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
