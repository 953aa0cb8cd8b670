package org.extramile.api.security;

/** Where to go back to after logging in: only a path inside this application, never another site. */
public final class ReturnPath {

    /** The start page, which sends each role to where it works. */
    public static final String HOME = "/index.xhtml";

    private ReturnPath() {}

    /** The path asked for if it stays in this application, else the start page: an open redirect helps phishing. */
    public static String safe(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.startsWith(Authentication.LOGIN_PAGE)
                || next.startsWith("/sso/")) {
            return HOME;
        }
        return next;
    }
}
