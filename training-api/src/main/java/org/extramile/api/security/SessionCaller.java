package org.extramile.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who logged in through the form, kept in the session as a plain serializable attribute. The container
 * remembers its own principal in the session too, but a replicated session may reach another node of a
 * cluster without it; this lets that node take the caller back without asking for the password again.
 */
public record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SessionCaller.class.getName();

    public SessionCaller {
        groups = Set.copyOf(groups);
    }

    void keepIn(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    static Optional<SessionCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller
                ? Optional.of(caller)
                : Optional.empty();
    }
}
