package org.extramile.api.scenario;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.scenario.pack.PackSchema;

/** Published JSON Schemas, open to anyone writing documents for ExtraMile. */
@Path("schemas")
@RequestScoped
@PermitAll
@Tag(name = "Schemas")
public class SchemasResource {

    @GET
    @Path("scenario-pack.json")
    @Produces({"application/schema+json", "application/json"})
    @Operation(summary = "The JSON Schema of scenario packs.")
    public String scenarioPack() {
        return PackSchema.text();
    }
}
