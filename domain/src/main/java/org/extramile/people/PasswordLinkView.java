package org.extramile.people;

/** Whose a working link is and why it was mailed: what the page it opens greets them with. */
public record PasswordLinkView(String username, String displayName, PasswordLink.Purpose purpose) {

    public boolean reset() {
        return purpose == PasswordLink.Purpose.RESET;
    }
}
