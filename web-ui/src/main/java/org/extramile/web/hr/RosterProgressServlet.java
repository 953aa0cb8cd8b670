package org.extramile.web.hr;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * How far a roster job of the caller's session is, as JSON for the page's progress bar to poll:
 * {@code {"state":"RUNNING","stage":"CHECKING","done":1200,"total":50000,"percent":2}}. Under /hr/,
 * so HR's and an administrator's only; a job of another session is not found.
 */
@WebServlet("/hr/roster-progress")
public class RosterProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RosterJob> job = jobs.find(request.getParameter("job"));
        response.setHeader("Cache-Control", "no-store");
        if (job.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RosterJob found = job.get();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("state", found.getState().name())
                        .add("stage", found.getStage().name())
                        .add("done", found.getDone())
                        .add("total", found.getTotal())
                        .add("percent", found.getPercent())
                        .build()
                        .toString());
    }
}
