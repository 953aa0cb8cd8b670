package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Browser;
import it.support.ChartLabels;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;

/**
 * HR in Chromium: a trainee of a new branch is certified (the branch's other trainee is not), HR lands on the
 * dashboard and reads the branch's share and the certificate expiring in 45 days, filters the records to the branch,
 * downloads them, reissues the certificate (without script), revokes the new one, and meets a stale tab's refusal as a
 * message.
 */
class HrRecordsPagesIT extends InBrowser {

    private static final String BRANCH = "HRREC";
    private static final String PROGRAM = "cx-essentials";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldShowTheBranchFiguresThenExportReissueAndRevokeFromTheRecords() throws Exception {
        Api api = new Api(base);
        Api.Reply branch = api.postJson(
                "/api/branches",
                "admin",
                Json.createObjectBuilder()
                        .add("code", BRANCH)
                        .add("name", "Harbour Records")
                        .build()
                        .toString());
        assertThat(branch.status()).as(branch.toString()).isEqualTo(201);
        String certified = enrol("hrrec-certified", "HR-100", "Dana Certified");
        enrol("hrrec-learning", "HR-101", "Eli Learning");
        String serial = new RolePlays(api).certify(certified);
        TestDatabase.updateOne(
                "update certificate set expires_at = now() + interval '45 days' where serial = ?", serial);

        browser.logIn(base, "hr");
        browser.waitForUrlContaining("/hr/dashboard");
        WebElement row = page.findElement(By.cssSelector("#share-table tr[data-branch='" + BRANCH + "']"));
        assertThat(row.findElement(By.className("enrolled")).getText()).isEqualTo("2");
        assertThat(row.findElement(By.className("certified")).getText()).isEqualTo("1");
        assertThat(row.findElement(By.className("share")).getText()).isEqualTo("50%");
        assertThat(expiringWithin(30)).isEqualTo("0");
        assertThat(expiringWithin(60)).isEqualTo("1");
        assertThat(expiringWithin(90)).isEqualTo("1");
        assertThat(page.findElements(By.className("bar-chart"))).hasSize(2);
        for (WebElement chart : page.findElements(By.className("bar-chart"))) {
            assertThat(ChartLabels.clashes(page, chart))
                    .as(chart.getAttribute("aria-labelledby"))
                    .isEmpty();
        }
        Accessibility.assertNoSeriousViolations(page, "the HR dashboard");
        browser.screenshot("hr-dashboard");

        page.findElement(By.cssSelector("#expiring-table tr[data-days='60'] a")).click();
        browser.waitForUrlContaining("within=60");
        assertThat(serials()).containsExactly(serial);
        assertThat(new Select(page.findElement(By.id("status")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("expiring");

        page.get(base + "hr/records.xhtml");
        new Select(page.findElement(By.id("program"))).selectByValue(PROGRAM);
        new Select(page.findElement(By.id("branch"))).selectByValue(BRANCH);
        page.findElement(By.id("apply")).click();
        browser.waitForUrlContaining("branch=" + BRANCH);
        assertThat(page.getCurrentUrl()).contains("program=" + PROGRAM);
        assertThat(serials()).containsExactly(serial);
        assertThat(page.findElement(By.id("results-heading")).getText()).contains("1 certification record");
        WebElement record = recordRow(serial);
        assertThat(record.getText()).contains("Dana Certified", "HR-100", BRANCH, "Valid");
        assertThat(record.findElement(By.cssSelector("a.serial")).getAttribute("href"))
                .endsWith("/verify/" + serial);
        Accessibility.assertNoSeriousViolations(page, "the HR records page");
        browser.screenshot("hr-records");
        Rectangle region = page.findElement(By.className("table-scroll")).getRect();
        Rectangle reissue = button(serial, "reissue").getRect();
        assertThat(reissue.getX() + reissue.getWidth())
                .as("the row's last action in sight at 1280 px, not scrolled away")
                .isLessThanOrEqualTo(region.getX() + region.getWidth());

        HttpResponse<byte[]> csv = download("export-csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(serial, "HR-100", BRANCH);
        JsonObject audited = api.get("/api/audit?action=RECORDS_EXPORT", "admin")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(audited.getString("actor")).isEqualTo("hr");
        assertThat(audited.getJsonObject("details").getJsonObject("filters").getString("branch"))
                .isEqualTo(BRANCH);
        HttpResponse<byte[]> xlsx = download("export-xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);

        String filtered = page.getCurrentUrl();
        page.get(base + "hr/records.xhtml?branch=" + BRANCH + "&to=2000-01-01");
        assertThat(page.findElement(By.id("empty")).getText()).isEqualTo("No certificate matches this filter.");
        assertThat(page.findElements(By.cssSelector(".exports a")))
                .as("no files of headers alone")
                .isEmpty();
        page.get(filtered);

        // Without script, the row's link opens the page with the dialog open, and the form posts as it is.
        scripts(false);
        button(serial, "reissue").click();
        browser.waitForUrlContaining("change=reissue");
        assertThat(page.findElement(By.id("reissue-dialog")).getDomAttribute("open"))
                .isNotNull();
        assertThat(page.findElement(By.id("reissue-subject")).getText()).contains(serial, "Dana Certified");
        scripts(true); // for the checker; the page's own script did not run and stays out
        Accessibility.assertNoSeriousViolations(page, "the reissue dialog opened without script");
        page.findElement(By.id("reissue:reason")).sendKeys("The name was misspelt on the roster.");
        page.findElement(By.id("reissue:confirm")).click();
        wait.until(Browser.textIn(By.id("main"), "is reissued as"));
        assertThat(page.getCurrentUrl()).doesNotContain("change=").contains("branch=" + BRANCH);
        assertThat(status(serial)).isEqualTo("superseded");
        String reissued =
                serials().stream().filter(s -> !s.equals(serial)).findFirst().orElseThrow();
        assertThat(status(reissued)).isEqualTo("valid");
        assertThat(page.findElement(By.id("main")).getText()).contains(serial + " is reissued as " + reissued);

        String stale = page.getWindowHandle();
        String address = page.getCurrentUrl();
        page.switchTo().newWindow(WindowType.TAB);
        page.get(address);
        WebElement revoke = button(reissued, "revoke");
        revoke.click();
        WebElement dialog = page.findElement(By.id("revoke-dialog"));
        wait.until(d -> dialog.getAttribute("open") != null);
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("revoke:reason");
        assertThat(dialog.getText()).contains(reissued, "Dana Certified");
        Accessibility.assertNoSeriousViolations(page, "the revoke dialog");
        browser.screenshot("hr-records-revoke-dialog");
        page.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> dialog.getAttribute("open") == null);
        assertThat(page.switchTo().activeElement()).isEqualTo(button(reissued, "revoke"));

        confirm(reissued, "revoke", "Shared the certificate with a colleague.");
        wait.until(Browser.textIn(By.id("main"), "is revoked"));
        assertThat(status(reissued)).isEqualTo("revoked");
        assertThat(page.findElements(By.cssSelector("tr[data-serial='" + reissued + "'] [data-dialog]")))
                .isEmpty();

        page.switchTo().window(stale);
        confirm(reissued, "revoke", "Twice, from a tab opened before.");
        wait.until(Browser.textIn(By.id("main"), "cannot be changed any more"));
        assertThat(page.findElement(By.cssSelector(".messages")).getText()).contains(reissued, "Revoked");
        assertThat(status(reissued)).isEqualTo("revoked");

        page.get(base + "verify/" + reissued);
        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Revoked certificate");
        assertThat(page.findElement(By.id("main")).getText()).contains("Shared the certificate with a colleague.");
        page.get(base + "verify/" + serial);
        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Replaced by a newer certificate");

        page.get(base + "hr/dashboard.xhtml");
        row = page.findElement(By.cssSelector("#share-table tr[data-branch='" + BRANCH + "']"));
        assertThat(row.findElement(By.className("certified")).getText()).isEqualTo("0");
        assertThat(page.findElement(By.id("expiring-none")).getText())
                .as("a sentence, not an empty chart and a column of zeros")
                .isEqualTo("No valid certificate of this program expires within 90 days.");
        assertThat(page.findElements(By.id("expiring-table"))).isEmpty();
    }

    /** A trainee of the branch, with an employee number and a name. */
    private static String enrol(String prefix, String employee, String name) throws SQLException {
        String trainee = Trainees.create(prefix);
        TestDatabase.updateOne(
                "update account set display_name = ?, employee_number = ?,"
                        + " branch_id = (select id from branch where code = ?) where username = ?",
                name,
                employee,
                BRANCH,
                trainee);
        return trainee;
    }

    /** Opens a row's dialog, gives the reason and confirms. */
    private void confirm(String serial, String action, String reason) {
        button(serial, action).click();
        WebElement dialog = page.findElement(By.id(action + "-dialog"));
        wait.until(d -> dialog.getAttribute("open") != null);
        page.findElement(By.id(action + ":reason")).sendKeys(reason);
        page.findElement(By.id(action + ":confirm")).click();
    }

    private WebElement button(String serial, String action) {
        return recordRow(serial).findElement(By.cssSelector("[data-dialog='" + action + "-dialog']"));
    }

    /** Runs the pages' script or not, as a browser with script turned off would (from the next page on). */
    private void scripts(boolean on) {
        ((HasCdp) page).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    private WebElement recordRow(String serial) {
        return page.findElement(By.cssSelector("#records tr[data-serial='" + serial + "']"));
    }

    private String status(String serial) {
        return recordRow(serial).findElement(By.cssSelector("[data-status]")).getAttribute("data-status");
    }

    private List<String> serials() {
        return page.findElements(By.cssSelector("#records tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-serial"))
                .toList();
    }

    private String expiringWithin(int days) {
        return page.findElement(By.cssSelector("#expiring-table tr[data-days='" + days + "'] td"))
                .getText();
    }

    /** Follows an export link as the browser would, with the browser's session: a link cannot choose its Accept. */
    private HttpResponse<byte[]> download(String link) throws IOException, InterruptedException {
        String href = page.findElement(By.id(link)).getAttribute("href");
        String cookies = page.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .timeout(Duration.ofMinutes(1))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
