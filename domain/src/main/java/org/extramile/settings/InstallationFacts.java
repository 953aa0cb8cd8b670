package org.extramile.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.rubric.RubricScorer;
import org.extramile.shared.DemoMode;

/** Reads the effective configuration for an administrator; nothing here can be changed from the application. */
@ApplicationScoped
public class InstallationFacts {

    @Inject
    @ConfigProperty(name = "extramile.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "extramile.db.url")
    String databaseUrl;

    @Inject
    DemoMode demoMode;

    @Inject
    RubricScorer scorer;

    public Installation installation() {
        return new Installation(
                publicUrl, demoMode.isOn(), kind(databaseUrl), describe(databaseUrl), scorer.modelLoaded());
    }

    static Installation.DatabaseKind kind(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return Installation.DatabaseKind.EMBEDDED;
        }
        return url.startsWith("jdbc:postgresql:")
                ? Installation.DatabaseKind.POSTGRESQL
                : Installation.DatabaseKind.OTHER;
    }

    /**
     * Where the data lives, without anything secret: a JDBC URL may carry a user and password in its parameters
     * (after ';' or '?') or before an '@', so those parts are dropped.
     */
    static String describe(String url) {
        String location = url.replaceFirst("^jdbc:(h2:)?(file:)?", "").replaceFirst("^[a-z]+://", "");
        location = location.split("[;?]", 2)[0];
        int at = location.lastIndexOf('@');
        return at < 0 ? location : location.substring(at + 1);
    }
}
