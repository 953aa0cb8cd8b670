package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.extramile.shared.PublicAddress;

/**
 * The public addresses printed on certificates and named in credentials: they must be reachable by anyone who
 * verifies, so they come from configuration (the address people reach this installation at), not from a request.
 */
@ApplicationScoped
public class Links {

    @Inject
    PublicAddress address;

    String base() {
        return address.base();
    }

    /** A page of this installation, e.g. {@code /certificates.xhtml}. */
    String page(String path) {
        return address.of(path);
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
