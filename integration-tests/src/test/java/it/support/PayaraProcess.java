package it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The WAR on a plain Payara Micro, started as an operator would start it: for tests of what spans
 * restarts and of start-up itself, which a managed Arquillian container cannot show.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final Instant startedAt = Instant.now();
    /** What /health/ready said last, for a test that gave up waiting to tell why. */
    private String lastReadiness = "never answered";

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts ExtraMile with these settings (system properties) on a free port. */
    public static PayaraProcess start(String name, Map<String, String> settings) {
        try {
            int port = freePort();
            Path tmp = Files.createDirectories(Path.of(System.getProperty("extramile.test.tmp"), name));
            Path log = tmp.resolve("payara.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    // As in arquillian.xml: a test server lives a minute, so the quick compiler serves it best.
                    "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + tmp,
                    // No load balancer to tell: a stopped test server need not keep serving for 5 s.
                    "-Dextramile.shutdown.notice-seconds=0"));
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of(
                    "-jar", System.getProperty("payara.microJar"),
                    "--deploy", System.getProperty("extramile.war"),
                    "--contextroot", "/",
                    "--port", String.valueOf(port),
                    "--nocluster", "--disablephonehome"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new PayaraProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings that point ExtraMile at the test database, whose signing keys are sealed with the tests' key. */
    public static Map<String, String> onTestDatabase(Map<String, String> more) {
        Map<String, String> settings = new java.util.LinkedHashMap<>(Map.of(
                "extramile.db.url", TestDatabase.url(),
                "extramile.db.user", TestDatabase.user(),
                "extramile.db.password", TestDatabase.password(),
                "extramile.certificates.key-encryption-key", System.getProperty("extramile.test.key-encryption-key")));
        settings.putAll(more);
        return settings;
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until /health/ready answers 200; false if it did not within the time. HTTP/1.1 and a new client after a
     * request that timed out: a connection that hung while the server was starting must not hold every later poll (a
     * CI run once saw a server up for five minutes whose readiness "never answered").
     */
    public boolean awaitReady(Duration within) {
        HttpClient http = readinessClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return true;
                }
                lastReadiness = answer.statusCode() + " " + answer.body();
            } catch (HttpTimeoutException slow) {
                lastReadiness = "no answer within 5 s";
                http = readinessClient();
            } catch (IOException notYet) {
                lastReadiness = "not listening (" + notYet.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            sleep();
        }
        return false;
    }

    private static HttpClient readinessClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Waits until Payara Micro says it has finished starting, whether or not the application deployed. */
    public boolean awaitBooted(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (log().contains("Payara Micro") && log().contains(" ready in ")) {
                return true;
            }
            sleep();
        }
        return false;
    }

    /**
     * Why the server is not ready, short enough to survive a CI log's truncation: whether the process lives, what
     * readiness said last, and the end of its log without the certificates Payara dumps at every boot.
     */
    public String diagnosis() {
        List<String> lines = log().lines()
                .filter(line -> line.startsWith("[20") || line.contains("Exception") || line.contains("Caused by"))
                .map(line -> line.length() > 400 ? line.substring(0, 400) + "…" : line)
                .toList();
        return String.join(
                "\n",
                List.of(
                        "process " + (process.isAlive() ? "alive" : "ended with " + process.exitValue()) + " after "
                                + Duration.between(startedAt, Instant.now()).toSeconds() + " s",
                        "/health/ready: " + lastReadiness,
                        "log's last lines:",
                        String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))));
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
