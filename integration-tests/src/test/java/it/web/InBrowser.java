package it.web;

import it.support.Browser;
import it.support.Urls;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test starts from: the deployed WAR's address and a fresh headless Chromium for each test,
 * closed after it. Each test class still names its own {@code @Deployment}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InBrowser {

    @ArquillianResource
    URL base;

    Browser browser;
    WebDriver page;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        base = Urls.root(base);
        browser = new Browser();
        page = browser.driver();
        wait = new WebDriverWait(page, patience());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** How long a test waits for a page to show what it expects. */
    Duration patience() {
        return Duration.ofSeconds(30);
    }
}
