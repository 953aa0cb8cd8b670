package org.extramile.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.jobs.JobView;
import org.extramile.jobs.ScheduledJobs;

@Path("admin/jobs")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class JobsResource {

    @Inject
    ScheduledJobs jobs;

    @GET
    @Operation(summary = "The scheduled jobs (expiry-notices, calibration, ...), their schedules and their last runs.")
    public List<JobView> all() {
        return jobs.all();
    }

    @GET
    @Path("{job}")
    @Operation(
            summary = "One job and its last run, or the run going on: running, and how far it is (progress: steps"
                    + " done of the total, and the percentage).")
    public JobView one(@PathParam("job") String job) {
        return jobs.find(job);
    }

    @POST
    @Path("{job}")
    @Operation(
            summary = "Start a run of a scheduled job now, on this node, whether it is due or not: 202 once it has"
                    + " started, with the job's address to follow it at. 409 while the same job runs, here or on"
                    + " another node.")
    public Response start(@PathParam("job") String job, @Context UriInfo uri) {
        JobView started = jobs.start(job);
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder().path("admin/jobs/{job}").build(job))
                .build();
    }
}
