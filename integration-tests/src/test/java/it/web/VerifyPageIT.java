package it.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Accessibility;
import it.support.Api;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.Trainees;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Anyone checks a fresh certificate in Chromium without an account: from its QR link, or by typing its serial. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyPageIT extends InBrowser {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @Test
    void shouldShowAFreshCertificateFromItsLinkAndFromATypedSerial() {
        String serial = certify("verified");

        page.manage().window().setSize(new Dimension(375, 812));
        page.get(base.toExternalForm() + "verify/" + serial);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("Valid certificate");
        assertThat(page.findElement(By.id("holder")).getText()).startsWith("Trainee verified");
        assertThat(page.findElement(By.id("program")).getText()).isEqualTo("Customer Experience Essentials");
        assertThat(page.findElement(By.id("scores")).getText()).contains("%");
        WebElement issued = page.findElement(By.id("issued"));
        assertThat(issued.getText())
                .as("a date as people write it, the exact instant kept for tools")
                .isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.US)
                        .withZone(ZoneId.systemDefault())
                        .format(Instant.parse(issued.getAttribute("datetime"))));
        assertThat(page.findElements(By.id("session:logout")))
                .as("no login needed")
                .isEmpty();
        assertThat(page.getCurrentUrl()).as("not sent to the login page").contains("/verify/");
        Accessibility.assertNoSeriousViolations(page, "the verification of a valid certificate");
        browser.screenshot("verify-valid-375px");

        page.manage().window().setSize(new Dimension(1280, 900));
        page.get(base.toExternalForm() + "verify");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("serial")));
        Accessibility.assertNoSeriousViolations(page, "the verification form");
        String typed = serial.toLowerCase().replace("-", " ");
        page.findElement(By.id("serial")).sendKeys(typed);
        page.findElement(By.id("check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("serial-found")));
        assertThat(page.findElement(By.id("serial-found")).getText()).isEqualTo(serial);
    }

    @Test
    void shouldSayPlainlyWhenASerialIsUnknownOrRevoked() {
        page.get(base.toExternalForm() + "verify/XM-0000-0000-0000-0");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unknown")));
        assertThat(page.findElement(By.id("unknown")).getText()).contains("No certificate found");
        Accessibility.assertNoSeriousViolations(page, "an unknown serial");

        page.get(base.toExternalForm() + "verify/XM-7K3Q-9FJD");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unknown")));
        assertThat(page.findElement(By.id("unknown")).getText())
                .as("what is wrong with it, not only that nothing was found")
                .contains("Not a certificate serial", "it has 8 letters and digits after XM, where a serial has 13");

        String serial = certify("withdrawn");
        Api api = new Api(base);
        char last = serial.charAt(serial.length() - 1);
        String typo = serial.substring(0, serial.length() - 1) + (last == 'A' ? 'B' : 'A');
        page.get(base.toExternalForm() + "verify/" + typo);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unknown")));
        assertThat(page.findElement(By.id("unknown")).getText())
                .contains("A typo in the serial", "one character is wrong, or two side by side are swapped");
        Api.Reply typed = api.get("/api/certificates/" + typo, null);
        assertThat(typed.status()).isEqualTo(404);
        assertThat(typed.body()).contains("has a typo: one character is wrong");
        assertThat(api.postJson("/api/certificates/" + serial + "/revoke", "hr", "{\"reason\": \"Issued in error\"}")
                        .status())
                .isEqualTo(200);
        page.get(base.toExternalForm() + "verify/" + serial);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(page.findElement(By.id("verdict")).getText())
                .contains("Revoked certificate")
                .contains("Revoked on " + page.findElement(By.id("issued")).getText() + ".")
                .contains("Issued in error");
        browser.screenshot("verify-revoked");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it pauses this address's lookups for a minute
    void shouldSayHowLongToWaitAfterTooManyUnknownSerialsFromOneAddress() {
        Api api = new Api(base);
        for (int miss = 1; miss <= 20; miss++) {
            api.get("/api/certificates/XM-0000-0000-0000-0", null);
        }

        page.get(base.toExternalForm() + "verify/XM-0000-0000-0000-0");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("throttled")));
        assertThat(page.findElement(By.id("throttled")).getText())
                .as("the API's misses count for the page: one count per address")
                .contains("Too many attempts")
                .containsPattern("Try again in ([1-9]|[1-5][0-9]|60) seconds");
        assertThat(page.findElements(By.id("unknown"))).isEmpty();
    }

    private String certify(String prefix) {
        return new RolePlays(new Api(base)).certify(Trainees.create(prefix));
    }
}
