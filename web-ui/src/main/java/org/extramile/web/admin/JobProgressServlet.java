package org.extramile.web.admin;

import jakarta.inject.Inject;
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
 * without for a run that counts no steps. Under /admin/, so an administrator's only.
 */
@WebServlet("/admin/job-progress")
public class JobProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduledJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobRunView run;
        try {
            run = jobs.find(String.valueOf(request.getParameter("job"))).lastRun();
        } catch (NotFoundException unknown) {
            ProgressJson.notFound(response);
            return;
        }
        boolean counted = run != null && run.progress() != null;
        ProgressJson.write(
                response,
                run != null && run.running() ? "RUNNING" : "DONE",
                counted ? "STEPS" : "STARTED",
                counted ? run.progress() : null);
    }
}
