package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.Jobs;
import it.support.PersonRecords;
import it.support.TestDatabase;
import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The organisation's retention period: the daily job erases the trainees who left longer ago than it, and nobody
 * else; HR's people page says since when each person left and when the period will erase them.
 */
class RetentionIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile(Map.of("extramile.people.retention-days", "30"));
    }

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void shouldEraseTheTraineesWhoLeftLongerAgoThanTheRetentionPeriodAndNobodyElse() throws Exception {
        enrol("RT-1", "Ada Longgone", "TRAINEE");
        enrol("RT-2", "Ben Justleft", "TRAINEE");
        enrol("RT-3", "Cy Oldtrainer", "TRAINER");
        enrol("RT-4", "Di Stillhere", "TRAINEE");
        for (String number : new String[] {"RT-1", "RT-2", "RT-3"}) {
            PersonRecords.markLeft(api, number);
        }
        TestDatabase.updateOne(
                "update account set left_at = left_at - interval '31 days' where employee_number = 'RT-1'");
        TestDatabase.updateOne(
                "update account set left_at = left_at - interval '400 days' where employee_number = 'RT-3'");
        JsonObject justLeft = api.get("/api/people/RT-2", "hr").json().asJsonObject();
        assertThat(justLeft.getString("leftAt")).isNotBlank();
        assertThat(api.get("/api/people/RT-4", "hr").json().asJsonObject().containsKey("leftAt"))
                .as("only those who left have left")
                .isFalse();

        browser.logIn(base, "hr");
        page.get(base + "hr/people.xhtml?q=RT-2");
        String row = page.findElement(By.cssSelector("tr[data-employee-number='RT-2']"))
                .getText();
        assertThat(row).contains("Inactive", "since ").containsPattern("erased on .+ \\(retention period\\)");
        page.get(base + "hr/person.xhtml?person=rt-2");
        assertThat(page.findElement(By.id("erasure-due")).getText())
                .contains("retention period erases them on", "unless they come back");
        page.get(base + "hr/people.xhtml?q=RT-3");
        assertThat(page.findElement(By.cssSelector("tr[data-employee-number='RT-3']"))
                        .getText())
                .as("staff are never erased: the records keep who did what")
                .doesNotContain("erased on");

        Jobs.start(api, "retention");
        JsonObject run = Jobs.finishedRun(api, "retention");

        assertThat(run.getInt("count")).as(run.toString()).isEqualTo(1);
        assertThat(api.get("/api/people/RT-1", "hr").status())
                .as("erased: nobody has the number")
                .isEqualTo(404);
        for (String kept : new String[] {"RT-2", "RT-3", "RT-4"}) {
            assertThat(api.get("/api/people/" + kept, "hr").status()).as(kept).isEqualTo(200);
        }
        page.manage().deleteAllCookies();
        browser.logIn(base, "admin");
        page.get(base + "admin/settings.xhtml");
        assertThat(page.findElement(By.id("retention")).getText()).startsWith("30 days: the trainees who left");
        assertThat(api.get("/api/audit?action=PEOPLE_ERASE&actor=retention-period", "hr")
                        .json()
                        .asJsonObject()
                        .getInt("total"))
                .isEqualTo(1);

        Jobs.start(api, "retention");
        assertThat(Jobs.finishedRun(api, "retention").getInt("count"))
                .as("the next run finds nobody more")
                .isZero();
    }

    private void enrol(String number, String name, String role) {
        Api.Reply enrolled = api.postJson(
                "/api/people",
                "admin",
                PersonRecords.enrolment(number, name, number.toLowerCase() + "@example.com", role));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }
}
