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
import org.extramile.certification.ProgramProgress;
import org.extramile.certification.ProgressView;

@Path("me/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
public class MyProgramsResource {

    @Inject
    ProgramProgress progress;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "How far you are from each program's certificate: its scenarios you have passed since your "
                    + "latest certificate of it, and the certificate you hold, if any.")
    public List<ProgressView> mine() {
        return progress.of(security.getUserPrincipal().getName());
    }
}
