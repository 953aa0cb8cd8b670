package it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** People's records as HR keeps them through the API, as a test needs them: enrolled, then marked as left. */
public final class PersonRecords {

    private PersonRecords() {}

    /** The body of {@code POST /api/people} for one person of the CITY branch, hired on 2026-03-01. */
    public static String enrolment(String number, String name, String email, String role) {
        return Json.createObjectBuilder()
                .add("employeeNumber", number)
                .add("name", name)
                .add("email", email)
                .add("branch", "CITY")
                .add("hireDate", "2026-03-01")
                .add("roles", Json.createArrayBuilder().add(role))
                .build()
                .toString();
    }

    /** HR ticks "They have left" on the person's record: they can no longer log in. */
    public static void markLeft(Api api, String number) {
        JsonObject person = api.get("/api/people/" + number, "hr").json().asJsonObject();
        Api.Reply left = api.putJson(
                "/api/people/" + number,
                "hr",
                Json.createObjectBuilder()
                        .add("name", person.getString("name"))
                        .add("email", person.getString("email"))
                        .add("branch", person.getString("branch"))
                        .add("hireDate", person.getString("hireDate"))
                        .add("active", false)
                        .add("version", person.getJsonNumber("version").longValue())
                        .build()
                        .toString());
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
    }
}
