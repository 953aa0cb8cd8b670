package org.extramile.api.attempt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.attempt.AttemptPolicies;
import org.extramile.attempt.PolicyView;

/** How often a scenario may be attempted. */
// The whole path at class level: JAX-RS never backtracks from ScenariosResource's "scenarios".
@Path("scenarios/{slug}/attempt-policy")
@RequestScoped
@RolesAllowed({Callers.TRAINER, Callers.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attempts")
public class AttemptPoliciesResource {

    @Inject
    AttemptPolicies policies;

    @PathParam("slug")
    String slug;

    @GET
    @Operation(summary = "The scenario's retry limits (null: unlimited).")
    public PolicyView get() {
        return policies.get(slug);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Limit the attempts of a scenario and set a cool-down between them; null lifts a limit.")
    public PolicyView change(
            @NotNull(message = "The body must be {\"maxAttempts\", \"cooldownMinutes\"} (either may be null).")
                    PolicyEdit edit) {
        return policies.change(slug, edit.maxAttempts(), edit.cooldownMinutes());
    }
}
