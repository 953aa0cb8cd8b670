package org.extramile.api.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.certification.SigningKeyView;
import org.extramile.certification.SigningKeys;

@Path("admin/signing-keys")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SigningKeysResource {

    @Inject
    SigningKeys keys;

    @GET
    @Operation(summary = "The keys that sign credentials, current and retired (never their private parts).")
    public List<SigningKeyView> list() {
        return keys.all();
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Retire the current key and sign with a new one; the retired key stays in the JWKS.")
    public SigningKeyView rotate(@Context SecurityContext security) {
        return keys.rotate(security.getUserPrincipal().getName());
    }
}
