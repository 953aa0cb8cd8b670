package org.extramile.web.trainer;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extramile.attempt.review.RescoreView;
import org.extramile.attempt.review.Rescoring;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.ProgressJson;

/**
 * How far a rescore is, for the rubric page to poll: stage SCORING (answers scored of the total), then SAVING. Under
 * /trainer/, so a trainer's or an administrator's only.
 */
@WebServlet("/trainer/rescore-progress")
public class RescoreProgressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Rescoring rescoring;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RescoreView rescore;
        try {
            rescore = rescoring.find(
                    String.valueOf(request.getParameter("scenario")), Long.parseLong(request.getParameter("rescore")));
        } catch (NotFoundException | NumberFormatException unknown) {
            ProgressJson.notFound(response);
            return;
        }
        ProgressJson.write(
                response, rescore.status().name(), rescore.saving() ? "SAVING" : "SCORING", rescore.progress());
    }
}
