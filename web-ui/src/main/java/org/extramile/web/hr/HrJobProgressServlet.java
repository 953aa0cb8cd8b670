package org.extramile.web.hr;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.extramile.people.InvitationRunView;
import org.extramile.people.InvitationRuns;
import org.extramile.people.RosterProgress;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Progress;
import org.extramile.web.shared.ProgressJson;

/**
 * How far a job is, for the page's progress bar to poll: a roster check or import of the caller's session (another
 * session's is not found), or a bulk invitation (recorded, so followed from whichever node). Under /hr/, so HR's and
 * an administrator's only.
 */
@WebServlet("/hr/job-progress")
public class HrJobProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterJobs jobs;

    @Inject
    transient InvitationRuns invitationRuns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("job");
        Optional<RosterJob> job = jobs.find(id);
        if (job.isPresent()) {
            RosterJob found = job.get();
            ProgressJson.write(
                    response,
                    found.getState().name(),
                    found.getStage().name(),
                    new Progress(found.getDone(), found.getTotal(), found.getPercent()));
            return;
        }
        Optional<InvitationRunView> run = invitationRun(id);
        if (run.isPresent()) {
            ProgressJson.write(
                    response,
                    run.get().status().name(),
                    RosterProgress.Stage.MAILING.name(),
                    run.get().progress());
            return;
        }
        ProgressJson.notFound(response);
    }

    private Optional<InvitationRunView> invitationRun(String id) {
        try {
            return Optional.of(invitationRuns.find(UUID.fromString(id)));
        } catch (IllegalArgumentException | NullPointerException | NotFoundException unknown) {
            return Optional.empty();
        }
    }
}
