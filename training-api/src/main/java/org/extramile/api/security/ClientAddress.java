package org.extramile.api.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, as the login lockout and the verification throttle count it. Behind a reverse
 * proxy every TCP peer is the proxy, so one client's failures would lock everyone out: name the proxies in
 * {@code extramile.security.trusted-proxies} and their {@code X-Forwarded-For} is believed. Nobody else's is, since
 * any client can send the header.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "extramile.security.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private TrustedProxies proxies;

    @PostConstruct
    void start() {
        proxies = TrustedProxies.of(List.of(trustedProxies.split(",")));
    }

    /**
     * Observing the start creates this bean then, and so reads the setting: a wrong one stops the deployment with its
     * reason instead of failing every login.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Nothing more to do: start() has run.
    }

    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
