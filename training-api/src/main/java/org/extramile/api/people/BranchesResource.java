package org.extramile.api.people;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.people.BranchView;
import org.extramile.people.Branches;
import org.extramile.people.NewBranch;

@Path("branches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branches", description = "The stores and sites people work at; rosters name them by code.")
public class BranchesResource {

    @Inject
    Branches branches;

    @GET
    @Operation(summary = "Every branch, by code. Any logged-in caller may read them.")
    public List<BranchView> list() {
        return branches.list();
    }

    @POST
    @RolesAllowed({Callers.HR, Callers.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a branch {code, name}; codes are upper-cased and unique (409 when taken).")
    public Response add(NewBranch branch, @Context UriInfo uri, @Context SecurityContext security) {
        BranchView created = branches.add(branch, security.getUserPrincipal().getName());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Callers.HR, Callers.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a branch {name}; its code stays, so rosters and exports keep matching it.")
    public BranchView rename(@PathParam("code") String code, BranchName request, @Context SecurityContext security) {
        return branches.rename(
                code,
                request == null ? null : request.name(),
                security.getUserPrincipal().getName());
    }
}
