package org.extramile.api.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.privacy.PersonalData;
import org.extramile.privacy.PersonalDataExport;

/** The caller's own data, all of it, as a file to keep. */
@Path("me/data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class MyDataResource {

    @Inject
    PersonalData data;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Everything ExtraMile keeps about you, as one JSON file: your record, where your mail goes, every"
                    + " attempt with your answers and their score cards, your certificates and deadlines.")
    public Response mine() {
        return download(data.mine(security.getUserPrincipal().getName()));
    }

    /** The export as a file named after whose it is. */
    static Response download(PersonalDataExport export) {
        return Response.ok(export)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"extramile-data-"
                                + export.person().username() + ".json\"")
                .build();
    }
}
