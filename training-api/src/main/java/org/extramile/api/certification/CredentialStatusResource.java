package org.extramile.api.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.certification.Certificates;

@Path("credentials/status/revocation")
@RequestScoped
@PermitAll
@Tag(name = "Certificates")
public class CredentialStatusResource {

    @Inject
    Certificates certificates;

    @GET
    @Produces(CertificatesResource.VC_JWT)
    @Operation(summary = "The revocation status list (W3C Bitstring Status List), signed as a JWT.")
    public String signed() {
        return certificates.statusList();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The revocation status list credential, unsigned, for reading.")
    public Map<String, Object> readable() {
        return certificates.statusListCredential();
    }
}
