package org.extramile.web.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extramile.jobs.JobRunView;
import org.extramile.jobs.ScheduledJobs;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.ProgressJson;

/**
 * How far a scheduled job's run is, for the jobs page to poll: at the stage STEPS with its numbers, or STARTED
 * without for a run that counts no steps, and when the run started. Without {@code job}, every job's last run's state
 * and start, so that the page notices a run that starts after it loaded (a timer's, another node's). Under /admin/,
 * so an administrator's only.
 */
@WebServlet("/admin/job-progress")
public class JobProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduledJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String job = request.getParameter("job");
        if (job == null) {
            JsonObjectBuilder all = Json.createObjectBuilder();
            jobs.all().forEach(each -> all.add(each.name(), progress(each.lastRun())));
            ProgressJson.send(response, Json.createObjectBuilder().add("jobs", all));
            return;
        }
        JobRunView run;
        try {
            run = jobs.find(job).lastRun();
        } catch (NotFoundException unknown) {
            ProgressJson.notFound(response);
            return;
        }
        ProgressJson.send(response, progress(run));
    }

    private static JsonObjectBuilder progress(JobRunView run) {
        boolean counted = run != null && run.progress() != null;
        JsonObjectBuilder json = ProgressJson.of(
                run != null && run.running() ? "RUNNING" : "DONE",
                counted ? "STEPS" : "STARTED",
                counted ? run.progress() : null);
        return run == null ? json : json.add("startedAt", run.startedAt().toString());
    }
}
