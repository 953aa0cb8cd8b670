package org.extramile.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.settings.InstallationFacts;
import org.extramile.settings.Organisation;
import org.extramile.settings.OrganisationSettings;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;

@Path("admin/settings")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SettingsResource {

    @Inject
    OrganisationSettings organisation;

    @Inject
    InstallationFacts installation;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "The organisation settings (editable) and the effective configuration (read-only: set through"
                    + " the environment; the database without credentials).")
    public SettingsView get() {
        return new SettingsView(organisation.organisation(), installation.installation());
    }

    @PUT
    @Path("organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save the organisation settings {name, version}: the name is the issuer that new certificates"
                    + " and credentials name. 409 when someone saved since the version you read.")
    public Organisation save(OrganisationRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidException(List.of(new Violation(
                    "/version",
                    "The body must be {\"name\": ..., \"version\": n}, with the version GET /api/admin/settings"
                            + " gave (0 before the first save).")));
        }
        return organisation.rename(
                request.name(), request.version(), security.getUserPrincipal().getName());
    }
}
