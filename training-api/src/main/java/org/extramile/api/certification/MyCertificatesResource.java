package org.extramile.api.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.certification.CertificateView;
import org.extramile.certification.Certificates;

@Path("me/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class MyCertificatesResource {

    @Inject
    Certificates certificates;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Your certificates, newest first, earlier and revoked ones included.")
    public List<CertificateView> mine() {
        return certificates.heldBy(security.getUserPrincipal().getName());
    }
}
