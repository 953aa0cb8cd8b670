package org.extramile.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode seeds the well-known demo accounts. It is on by default for the embedded database, off
 * by default on PostgreSQL, and {@code extramile.demo} decides when set.
 */
@ApplicationScoped
public class DemoMode {

    private final boolean on;

    @Inject
    public DemoMode(
            @ConfigProperty(name = "extramile.demo") Optional<Boolean> explicit,
            @ConfigProperty(name = "extramile.db.url") String databaseUrl) {
        this.on = decide(explicit, databaseUrl);
    }

    /** For CDI's proxy. */
    protected DemoMode() {
        this.on = false;
    }

    static boolean decide(Optional<Boolean> explicit, String databaseUrl) {
        return explicit.orElseGet(() -> databaseUrl.startsWith("jdbc:h2:"));
    }

    public boolean isOn() {
        return on;
    }
}
