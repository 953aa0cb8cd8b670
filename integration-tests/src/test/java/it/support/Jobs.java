package it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** The scheduled jobs, run by an administrator through the API as a test needs them: started, then followed. */
public final class Jobs {

    private Jobs() {}

    /** Starts a run of the job; if the timer's run holds it, once that one has finished. */
    public static Api.Reply start(Api api, String job) throws InterruptedException {
        Api.Reply reply = api.postJson("/api/admin/jobs/" + job, "admin", "");
        if (reply.status() == 409) {
            finishedRun(api, job);
            reply = api.postJson("/api/admin/jobs/" + job, "admin", "");
        }
        return reply;
    }

    /** The job's last run, once it has finished (polled: a run goes on after the request that started it). */
    public static JsonObject finishedRun(Api api, String job) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            Api.Reply reply = api.get("/api/admin/jobs/" + job, "admin");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject run = reply.json().asJsonObject().getJsonObject("lastRun");
            if (!run.getBoolean("running")) {
                return run;
            }
            assertThat(Instant.now()).as("the run of " + job + " ends: " + run).isBefore(giveUp);
            Thread.sleep(200);
        }
    }
}
