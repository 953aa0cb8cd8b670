package it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An accessibility scan of the page as it is now, with axe-core (the npm package, fetched by the
 * build): a page passes when axe finds no serious or critical violation.
 */
public final class Accessibility {

    private static final String RUN =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(result => done(JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))))
              .catch(error => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}])));
            """;

    private static String axeSource;

    private Accessibility() {}

    /** Injects axe-core into the page, runs it, and fails listing every serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver page, String where) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        page.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(source());
        String found = (String) js.executeAsyncScript(RUN);
        JsonArray violations;
        try (JsonReader reader = Json.createReader(new StringReader(found))) {
            violations = reader.readArray();
        }
        String report = violations.getValuesAs(JsonObject.class).stream()
                .map(v -> "- " + v.getString("impact") + " " + v.getString("id") + ": " + v.getString("help") + "\n    "
                        + v.getJsonArray("nodes").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString)
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
        if (!report.isEmpty()) {
            System.out.println("axe-core on " + where + ":\n" + report);
        }
        assertThat(violations)
                .as("serious or critical accessibility violations on %s:%n%s", where, report)
                .isEmpty();
    }

    private static synchronized String source() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(Path.of(System.getProperty("extramile.test.axe")));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is fetched by the build (generate-test-resources)", e);
            }
        }
        return axeSource;
    }
}
