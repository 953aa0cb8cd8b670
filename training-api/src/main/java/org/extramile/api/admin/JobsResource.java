package org.extramile.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.extramile.jobs.JobRunView;
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
    @Operation(summary = "The scheduled jobs (expiry-notices, calibration), their schedules and their last runs.")
    public List<JobView> all() {
        return jobs.all();
    }

    @POST
    @Path("{job}")
    @Operation(
            summary = "Run a scheduled job now, on this node, whether it is due or not: its outcome. 409 while the"
                    + " same job runs on another node.")
    public JobRunView run(@PathParam("job") String job) {
        return jobs.runNow(job);
    }
}
