package org.extramile.web.hr;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.extramile.shared.Progress;
import org.extramile.web.shared.ProgressJson;

/**
 * How far a job of the caller's session is (a roster check or import, a bulk invitation), for the page's progress bar
 * to poll. Under /hr/, so HR's and an administrator's only; a job of another session is not found.
 */
@WebServlet("/hr/job-progress")
public class HrJobProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HrJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HrJob> job = jobs.find(request.getParameter("job"), HrJob.class);
        if (job.isEmpty()) {
            ProgressJson.notFound(response);
            return;
        }
        HrJob found = job.get();
        ProgressJson.write(
                response,
                found.getState().name(),
                found.getStage().name(),
                new Progress(found.getDone(), found.getTotal(), found.getPercent()));
    }
}
