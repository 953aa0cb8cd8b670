package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public addresses printed on certificates and named in credentials: they must be reachable by anyone who
 * verifies, so they come from configuration (the address people reach this installation at), not from a request.
 */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "extramile.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String verification(String serial) {
        return base() + "/verify/" + serial;
    }

    String credential(String serial) {
        return base() + "/api/certificates/" + serial + "/credential";
    }

    String achievement(String program) {
        return base() + "/api/programs/" + program;
    }

    String issuer(String program) {
        return base() + "/api/programs/" + program + "/issuer";
    }

    String statusList() {
        return base() + "/api/credentials/status/revocation";
    }

    String jwks() {
        return base() + "/.well-known/jwks.json";
    }
}
