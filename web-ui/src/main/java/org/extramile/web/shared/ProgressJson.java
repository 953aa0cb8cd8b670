package org.extramile.web.shared;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extramile.shared.Progress;

/**
 * How far long work is, as the JSON extramile.js's {@code followJob} polls:
 * {@code {"state":"RUNNING","stage":"SCORING","done":120,"total":300,"percent":40}}. The page reloads once the state
 * is no longer RUNNING; a stage names the text the page shows ({@code data-text-scoring}); work that counts nothing
 * yet has no numbers. Never cached: every poll must ask again.
 */
public final class ProgressJson {

    private ProgressJson() {}

    public static void write(HttpServletResponse response, String state, String stage, Progress progress)
            throws IOException {
        send(response, of(state, stage, progress));
    }

    /** The progress as JSON, to which a caller may add fields of its own before sending it. */
    public static JsonObjectBuilder of(String state, String stage, Progress progress) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("state", state).add("stage", stage);
        if (progress != null) {
            json.add("done", progress.done()).add("total", progress.total()).add("percent", progress.percent());
        }
        return json;
    }

    public static void send(HttpServletResponse response, JsonObjectBuilder json) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }

    /** What the page polls for was not found (or is not the caller's to see). */
    public static void notFound(HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
