package org.extramile.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.api.QueryParameters;
import org.extramile.people.AccountAdministration;
import org.extramile.people.AccountEntry;
import org.extramile.people.Invitation;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.shared.Violation;

@Path("admin/accounts")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AccountsResource {

    @Inject
    AccountAdministration administration;

    @Context
    SecurityContext security;

    @GET
    @Operation(
            summary = "Search accounts by name, username, employee number or email (q) and active; paged (page from 0,"
                    + " size up to 200), by name.")
    public Page<AccountEntry> search(
            @QueryParam("q") String text,
            @QueryParam("active") String active,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return administration.search(
                text,
                QueryParameters.bool("active", active),
                PageRequest.of(QueryParameters.integer("page", page), QueryParameters.integer("size", size)));
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account, with the version an edit names.")
    public AccountEntry get(@PathParam("username") String username) {
        return administration.get(username);
    }

    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give the account exactly these roles {roles: [...], version}: effective on its next request."
                    + " 409 for a stale version, for removing your own ADMIN role, or the last active administrator's.")
    public AccountEntry assignRoles(@PathParam("username") String username, RolesRequest request) {
        if (request == null) {
            throw new InvalidException(List.of(new Violation(
                    "", "The body must be {\"roles\": [\"TRAINEE\", ...], \"version\": n} (version optional).")));
        }
        return administration.assignRoles(username, request.roles(), request.version(), caller());
    }

    @POST
    @Path("{username}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "The account can no longer log in; its records stay. Optional body {version}. 409 for yourself"
                    + " or the last active administrator.")
    public AccountEntry deactivate(@PathParam("username") String username, VersionRequest request) {
        return administration.deactivate(username, VersionRequest.of(request), caller());
    }

    @POST
    @Path("{username}/reactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The account may log in again. Optional body {version}.")
    public AccountEntry reactivate(@PathParam("username") String username, VersionRequest request) {
        return administration.reactivate(username, VersionRequest.of(request), caller());
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(
            summary = "Replace the password with a one-time one, shown this once in the response; the person chooses"
                    + " their own at the next login.")
    public Invitation resetPassword(@PathParam("username") String username) {
        return administration.resetPassword(username, caller());
    }

    @POST
    @Path("{username}/provider-link")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Let the next sign-in through the identity provider with this username link the account to that"
                    + " person, within 7 days (providerLinkUntil). Optional body {version}. 409 if already linked.")
    public AccountEntry allowProviderLink(@PathParam("username") String username, VersionRequest request) {
        return administration.allowProviderLink(username, VersionRequest.of(request), caller());
    }

    @POST
    @Path("{username}/provider-unlink")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "The account is no longer linked to anyone at the identity provider, and a link allowed is"
                    + " withdrawn: the next sign-in there with its username is refused. Optional body {version}. 409"
                    + " for your own linked account.")
    public AccountEntry unlinkProvider(@PathParam("username") String username, VersionRequest request) {
        return administration.unlinkProvider(username, VersionRequest.of(request), caller());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
