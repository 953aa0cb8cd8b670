package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.ChartLabels;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.Trainees;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A trainer sees where trainees struggle: charts and tables drawn from real attempts and a real review. */
class AnalyticsPageIT extends InBrowser {

    private static final String SLUG = "mixed-up-order";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldChartScoresMissesAndTheTrainersAgreementWithTheScorer() {
        Api api = new Api(base);
        RolePlays plays = new RolePlays(api);
        String good = Trainees.create("analysed");
        plays.playToTheEnd(good, plays.start(good, SLUG), step -> plays.goodAnswer(SLUG, step));
        String poor = Trainees.create("analysed");
        String attempt = plays.start(poor, SLUG).getString("id");
        String turn = plays.answer(poor, attempt, "wrong-drink", plays.deflection(SLUG))
                .json()
                .asJsonObject()
                .getJsonObject("turn")
                .getString("id");
        Api.Reply override = api.postJson(
                "/api/review/" + turn,
                "trainer",
                "{\"levels\": {\"own-the-mistake\": \"partly\"}, \"reason\": \"She did say sorry.\"}");
        assertThat(override.status()).as(override.toString()).isEqualTo(200);

        browser.logIn(base, "trainer");
        page.findElement(By.id("nav-analytics")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pick")));
        new Select(page.findElement(By.id("scenario"))).selectByValue(SLUG);
        page.findElement(By.id("show")).click();
        wait.until(ExpectedConditions.urlContains("scenario=" + SLUG));

        assertThat(new Select(page.findElement(By.id("scenario")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(SLUG);
        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("1 completed attempt, 100% passed.");
        assertThat(page.findElements(By.cssSelector(".bar-chart[role=img]"))).hasSize(3);
        WebElement misses = page.findElement(By.cssSelector(".bar-chart.rows[aria-labelledby^=misses]"));
        assertThat(misses.findElements(By.className("chart-label")))
                .extracting(WebElement::getText)
                .as("a row for each criterion, under its name")
                .contains("Takes the blame and apologizes", "Deflects with policy, excuses or blame");
        for (WebElement chart : page.findElements(By.className("bar-chart"))) {
            assertThat(ChartLabels.clashes(page, chart))
                    .as(chart.getAttribute("aria-labelledby"))
                    .isEmpty();
        }
        assertThat(page.findElement(By.id("distribution-table")).getText()).contains("90%");
        String ownTheMistake = page.findElement(By.cssSelector("#criteria-table tr[data-criterion=own-the-mistake]"))
                .getText();
        assertThat(ownTheMistake).as("overridden from the scorer's level").contains("0% (0/1)");
        assertThat(page.findElement(By.cssSelector("#criteria-table tr[data-criterion=remake-now]"))
                        .getText())
                .contains("100% (1/1)");
        Accessibility.assertNoSeriousViolations(page, "the analytics page");
        browser.screenshot("trainer-analytics");
    }

    @Test
    void shouldSayPlainlyWhatNoTraineeHasDoneYetInsteadOfDrawingEmptyCharts() {
        browser.logIn(base, "trainer");
        page.get(base.toExternalForm() + "trainer/analytics.xhtml?scenario=free-upgrade");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));

        assertThat(page.findElement(By.id("summary")).getText()).isEqualTo("No completed attempt yet.");
        assertThat(page.findElement(By.id("distribution-empty")).getText()).startsWith("No attempt completed yet");
        assertThat(page.findElement(By.id("misses-empty")).getText()).startsWith("No answer scored yet");
        assertThat(page.findElement(By.id("attempts-empty")).getText())
                .isEqualTo("No attempt started in the last 30 days.");
        assertThat(page.findElements(By.className("bar-chart"))).isEmpty();
        Accessibility.assertNoSeriousViolations(page, "the analytics page of a scenario nobody has played");
    }
}
