package it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by Debian's chromedriver: no browser download,
 * no network. Each browser gets a fresh profile that {@link #close()} removes.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("extramile.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getProperty("extramile.test.chromedriver", "/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    public Browser() {
        // Selenium Manager would try to download a driver; we bring our own.
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory(Path.of(System.getProperty("extramile.test.tmp")), "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Fetches an address with the page's own session, as a click or a bookmark would, and answers a property of the
     * response as text: {@code status}, {@code text()}.
     */
    public String fetch(String address, String property) {
        return ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];" + " fetch(arguments[0]).then(r => r." + property
                                + ").then(a => done(String(a)));",
                        address)
                .toString();
    }

    /** Logs in through the form (every demo account's password is demo) and waits for the landing page. */
    public void logIn(java.net.URL base, String username) {
        driver.get(Urls.root(base).toExternalForm() + "login.xhtml");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
        driver.findElement(org.openqa.selenium.By.id("submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /**
     * Waits until {@code element} has left the page, as {@link ExpectedConditions#stalenessOf} does, and also when
     * Chromium, asked in the middle of the swap, answers that the node "does not belong to the document".
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return swapped(e);
            }
        };
    }

    /**
     * Waits until a new password's strength meter has answered, as a person sending the form would: until then its
     * answer may still be on its way to redraw the form under the pointer.
     */
    public static ExpectedCondition<Boolean> passwordMeterAnswered() {
        return driver -> !driver.findElements(By.id("strength-verdict")).isEmpty();
    }

    /**
     * Waits until the element found by {@code locator} shows {@code text}, as {@link
     * ExpectedConditions#textToBePresentInElementLocated} does, reading on when the page swaps the element between
     * finding and reading it (stale, or "does not belong to the document").
     */
    public static ExpectedCondition<Boolean> textIn(By locator, String text) {
        return driver -> {
            try {
                return driver.findElement(locator).getText().contains(text);
            } catch (WebDriverException e) {
                if (e instanceof org.openqa.selenium.NoSuchElementException || swapped(e)) {
                    return false;
                }
                throw e;
            }
        };
    }

    /**
     * {@code reading}, done again while the page swaps what it reads: for waits on elements an Ajax answer or a new
     * page may replace between finding and reading them. Chromium says so by a stale element or, in the middle of
     * the swap, by a node that "does not belong to the document"; other errors are rethrown.
     */
    public static <T> Function<WebDriver, T> acrossSwaps(Function<WebDriver, T> reading) {
        return driver -> {
            try {
                return reading.apply(driver);
            } catch (WebDriverException e) {
                swapped(e);
                return null;
            }
        };
    }

    /** Whether a driver error only says the element was replaced while it was being read; others are rethrown. */
    private static boolean swapped(WebDriverException e) {
        if (e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
            return true;
        }
        throw e;
    }

    /** Whether the page shown needs no sideways scrolling at the window's width (a wide table scrolls in itself). */
    public boolean fitsTheWidth() {
        return Boolean.TRUE.equals(
                driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /** The elements that reach past the window's right edge, outermost first: what to mend when a page is too wide. */
    public String tooWide() {
        return String.valueOf(
                driver.executeScript(
                        """
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5);
                return wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                    + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ');
                """));
    }

    /** Waits for a navigation that a click started: Selenium does not wait for redirects by itself. */
    public void waitForUrlContaining(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    /** Saves what the page looks like now under target/screenshots, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("extramile.test.screenshots")));
            Path file = folder.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
