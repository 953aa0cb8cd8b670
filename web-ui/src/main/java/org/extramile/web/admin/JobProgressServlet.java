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

/**
 * How far a scheduled job's run is, as JSON for the jobs page to poll, in the shape the roster's progress has:
 * {@code {"state":"RUNNING","stage":"STEPS","done":2,"total":5,"percent":40}}; a run that counts no steps is at the
 * stage STARTED, without numbers. Under /admin/, so an administrator's only.
 */
@WebServlet("/admin/job-progress")
public class JobProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduledJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        JobRunView run;
        try {
            run = jobs.find(String.valueOf(request.getParameter("job"))).lastRun();
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("state", run != null && run.running() ? "RUNNING" : "DONE")
                .add("stage", run == null || run.progress() == null ? "STARTED" : "STEPS");
        if (run != null && run.progress() != null) {
            json.add("done", run.progress().done())
                    .add("total", run.progress().total())
                    .add("percent", run.progress().percent());
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
