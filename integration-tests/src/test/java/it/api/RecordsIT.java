package it.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.support.Api;
import it.support.Deployments;
import it.support.RolePlays;
import it.support.TestDatabase;
import it.support.Trainees;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HR exports the certification records of three certified trainees: Ann (at CITY, a name with a comma and quotes,
 * issued in March 2025), Bob (at HARBOUR, expiring in ten days) and Cy (at HARBOUR, revoked). Every format parses,
 * every filter narrows, every export is audited. The three are certified once, by the first test that needs them;
 * no test changes them.
 */
class RecordsIT extends OverHttp {

    private static final List<String> ESSENTIALS = RolePlays.ESSENTIALS;
    private static final String ANN_NAME = "Lee, Ann \"Annie\"";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Employee number to serial, once certified. */
    private static Map<String, String> serials;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.extramile();
    }

    @BeforeEach
    void certifyOnce() throws Exception {
        if (serials == null) {
            serials = certify();
        }
    }

    @Test
    void shouldExportCsvWithAHeaderQuotingAsRfc4180() throws Exception {
        Api.Download csv = api.download("/api/records", "hr", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.disposition()).contains("certification-records-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
        assertThat(csv.text()).contains("\"Lee, Ann \"\"Annie\"\"\"").contains("\r\n");
        List<CSVRecord> rows = parse(csv.text());
        assertThat(rows).hasSize(3);
        CSVRecord ann = byEmployee(rows).get("E-100");
        assertThat(ann.get("name")).isEqualTo(ANN_NAME);
        assertThat(ann.get("email")).isEqualTo("ann@example.com");
        assertThat(ann.get("branch")).isEqualTo("CITY");
        assertThat(ann.get("program")).isEqualTo("cx-essentials");
        assertThat(ann.get("serial")).isEqualTo(serials.get("E-100"));
        assertThat(ann.get("status")).isEqualTo("valid");
        assertThat(ann.get("issued_at")).startsWith("2025-03-15T10:00");
        assertThat(Double.parseDouble(ann.get("overall_score"))).isBetween(0.5, 1.0);
        for (String scenario : ESSENTIALS) {
            assertThat(Double.parseDouble(ann.get("score_" + scenario))).isBetween(0.0, 1.0);
        }
        assertThat(ann.get("verification_url")).endsWith("/verify/" + serials.get("E-100"));
        assertThat(byEmployee(rows).get("E-300").get("status")).isEqualTo("revoked");
    }

    @Test
    void shouldStartWithAByteOrderMarkOnlyWhenAskedForExcel() {
        byte[] plain = api.download("/api/records", "hr", "text/csv").body();
        byte[] excel = api.download("/api/records?bom=true", "hr", "text/csv").body();

        assertThat(Arrays.copyOf(plain, 3)).isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(Arrays.copyOf(excel, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain);
    }

    @Test
    void shouldExportAnXlsxWorkbookThatReadsBack() throws Exception {
        Api.Download xlsx = api.download("/api/records?branch=HARBOUR", "hr", XLSX);

        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.disposition()).contains(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            List<String> header = new ArrayList<>();
            rows.get(0).forEach(cell -> header.add(cell.getText()));
            assertThat(header).startsWith("employee_number", "name", "email", "branch");
            int serial = header.indexOf("serial");
            int score = header.indexOf("overall_score");
            int issued = header.indexOf("issued_at");
            Set<String> exported = rows.subList(1, 3).stream()
                    .map(row -> row.getCellText(serial))
                    .collect(Collectors.toSet());
            assertThat(exported).containsExactlyInAnyOrder(serials.get("E-200"), serials.get("E-300"));
            assertThat(rows.get(1).getCellAsNumber(score).orElseThrow().doubleValue())
                    .isBetween(0.5, 1.0);
            assertThat(rows.get(1).getCellAsDate(issued).orElseThrow().toLocalDate())
                    .isEqualTo(LocalDate.now(ZoneOffset.UTC));
        }
    }

    @Test
    void shouldExportJsonAsOneArrayAndNdjsonAsOneObjectALine() {
        Api.Download json = api.download("/api/records", "hr", "application/json");
        Api.Download ndjson = api.download("/api/records", "admin", "application/x-ndjson");

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json.text()))) {
            array = reader.readArray();
        }
        assertThat(array).hasSize(3);
        JsonObject ann = array.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("employeeNumber").equals("E-100"))
                .findFirst()
                .orElseThrow();
        assertThat(ann.getString("name")).isEqualTo(ANN_NAME);
        assertThat(ann.getJsonObject("scores").keySet()).containsExactlyInAnyOrderElementsOf(ESSENTIALS);
        assertThat(ndjson.status()).as(ndjson.toString()).isEqualTo(200);
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        assertThat(lines(ndjson)).hasSize(3).allSatisfy(line -> assertThat(line.getString("serial"))
                .isIn(serials.values()));
    }

    @Test
    void shouldNarrowByEachFilter() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        assertThat(exported("status=revoked")).containsExactly("E-300");
        assertThat(exported("status=VALID")).containsExactlyInAnyOrder("E-100", "E-200");
        assertThat(exported("status=expiring&within=30")).containsExactly("E-200");
        assertThat(exported("status=expiring&within=5")).isEmpty();
        assertThat(exported("status=expired")).isEmpty();
        assertThat(exported("program=cx-essentials")).containsExactlyInAnyOrder("E-100", "E-200", "E-300");
        assertThat(exported("branch=HARBOUR")).containsExactlyInAnyOrder("E-200", "E-300");
        assertThat(exported("employee=E-100")).containsExactly("E-100");
        assertThat(exported("employee=E-999")).isEmpty();
        assertThat(exported("from=2025-03-01&to=2025-03-31")).containsExactly("E-100");
        assertThat(exported("from=" + today)).containsExactlyInAnyOrder("E-200", "E-300");
        assertThat(exported("branch=HARBOUR&status=valid")).containsExactly("E-200");
    }

    @Test
    void shouldRefuseABadFilterNamingIt() {
        Map<String, String> bad = Map.of(
                "status=bogus", "/status",
                "from=2026-13-01", "/from",
                "status=expiring&within=soon", "/within",
                "within=5", "/within",
                "program=no-such-program", "/program",
                "branch=NOWHERE", "/branch",
                "bom=yes", "/bom",
                "format=pdf", "/format");
        bad.forEach((query, pointer) -> {
            Api.Download reply = api.download("/api/records?" + query, "hr", "text/csv");
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text()).as(query).contains(pointer);
        });
    }

    @Test
    void shouldLetALinkChooseTheFormatWithAParameterOverTheAcceptHeader() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

        Api.Download xlsx = api.download("/api/records?format=xlsx&branch=HARBOUR", "hr", browser);
        Api.Download csv = api.download("/api/records?format=CSV&branch=HARBOUR", "hr", "application/json");

        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(XLSX);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains(serials.get("E-200")).doesNotContain(serials.get("E-100"));
    }

    @Test
    void shouldForbidTraineesAndTrainers() {
        for (String user : List.of("trainee", "trainer")) {
            assertThat(api.download("/api/records", user, "text/csv").status()).isEqualTo(403);
            assertThat(api.download("/api/records/pdfs.zip", user, "application/zip")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(api.download("/api/records", null, "text/csv").status()).isEqualTo(401);
    }

    @Test
    void shouldAuditEachExportWithItsFiltersAndRows() {
        api.download("/api/records?branch=HARBOUR&status=revoked", "hr", "application/x-ndjson");

        JsonObject event = api.get("/api/audit?action=RECORDS_EXPORT", "admin")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(event.getString("actor")).isEqualTo("hr");
        assertThat(event.getInt("rows")).isEqualTo(1);
        JsonObject details = event.getJsonObject("details");
        assertThat(details.getString("format")).isEqualTo("ndjson");
        assertThat(details.getString("outcome")).isEqualTo("complete");
        assertThat(details.getJsonObject("filters").getString("branch")).isEqualTo("HARBOUR");
        assertThat(details.getJsonObject("filters").getString("status")).isEqualTo("revoked");
    }

    @Test
    void shouldZipOnePdfPerCertificateNamedBySerial() throws Exception {
        Api.Download zip = api.download("/api/records/pdfs.zip?branch=HARBOUR", "hr", "application/zip");
        Api.Download negotiated = api.download("/api/records", "hr", "application/zip");

        assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
        assertThat(pdfs(zip.body()).keySet())
                .containsExactlyInAnyOrder(serials.get("E-200") + ".pdf", serials.get("E-300") + ".pdf");
        assertThat(pdfs(zip.body()).values()).allSatisfy(pdf -> assertThat(pdf).startsWith("%PDF"));
        assertThat(negotiated.status()).as(negotiated.toString()).isEqualTo(200);
        assertThat(pdfs(negotiated.body())).hasSize(3);
        JsonObject event = api.get("/api/audit?action=CERTIFICATE_PDFS", "hr")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(event.getInt("rows")).isEqualTo(3);
    }

    @Test
    void shouldStateTheRecordsAsXapiStatementsWithStableIds() {
        Api.Download first = api.download("/api/records/xapi?employee=E-200", "hr", "application/json");
        Api.Download second = api.download("/api/records/xapi?employee=E-200", "hr", "application/json");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        List<JsonObject> statements = statements(first);
        assertThat(statements)
                .extracting(s -> s.getJsonObject("verb").getString("id"))
                .contains(
                        "http://adlnet.gov/expapi/verbs/attempted",
                        "http://adlnet.gov/expapi/verbs/completed",
                        "http://adlnet.gov/expapi/verbs/passed");
        assertThat(statements).allSatisfy(s -> assertThat(
                        s.getJsonObject("actor").getJsonObject("account").getString("name"))
                .isEqualTo("E-200"));
        assertThat(statements)
                .filteredOn(
                        s -> s.getJsonObject("object").getString("id").endsWith("/activities/programs/cx-essentials"))
                .hasSize(1);
        assertThat(statements)
                .filteredOn(s -> s.getJsonObject("verb").getString("id").endsWith("/passed"))
                .filteredOn(s -> s.getJsonObject("object").getString("id").contains("/activities/scenarios/"))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.getJsonObject("result").getJsonObject("extensions"))
                        .isNotEmpty());
        assertThat(statements(second))
                .extracting(s -> s.getString("id"))
                .containsExactlyElementsOf(
                        statements.stream().map(s -> s.getString("id")).toList());
        assertThat(api.download("/api/records/xapi?status=valid", "hr", "application/json")
                        .status())
                .isEqualTo(400);
        assertThat(api.download("/api/records/xapi", "trainer", "application/json")
                        .status())
                .isEqualTo(403);
        JsonObject event = api.get("/api/audit?action=RECORDS_XAPI", "hr")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(event.getInt("rows")).isEqualTo(statements.size());
    }

    @Test
    void shouldExportAttemptsWithARowPerCriterionForTrainingAnalysis() throws Exception {
        Api.Download csv = api.download("/api/records/attempts?employee=E-100", "hr", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.disposition()).contains("attempt-records-");
        List<CSVRecord> rows = parse(csv.text());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("employee_number")).isEqualTo("E-100");
            assertThat(row.get("branch")).isEqualTo("CITY");
            assertThat(row.get("played_at_branch")).isEqualTo("CITY");
            assertThat(row.get("attempt_status")).isEqualTo("completed");
            assertThat(row.get("criterion")).isNotBlank();
            assertThat(row.get("level")).isNotBlank();
        });
        assertThat(rows.stream().map(row -> row.get("scenario")).distinct())
                .containsExactlyInAnyOrderElementsOf(ESSENTIALS);
        assertThat(rows.stream().map(row -> row.get("attempt")).distinct()).hasSize(3);
        assertThat(api.download("/api/records/attempts?status=valid", "hr", "text/csv")
                        .status())
                .isEqualTo(400);
        JsonObject event = api.get("/api/audit?action=ATTEMPTS_EXPORT", "hr")
                .json()
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(event.getInt("rows")).isEqualTo(rows.size());
    }

    private static List<JsonObject> statements(Api.Download xapi) {
        try (JsonReader reader = Json.createReader(new StringReader(xapi.text()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private List<String> exported(String query) {
        Api.Download reply = api.download("/api/records?" + query, "hr", "application/x-ndjson");
        assertThat(reply.status()).as(query + ": " + reply).isEqualTo(200);
        return lines(reply).stream().map(o -> o.getString("employeeNumber")).toList();
    }

    private static List<JsonObject> lines(Api.Download ndjson) {
        return ndjson.text()
                .lines()
                .map(line -> {
                    try (JsonReader reader = Json.createReader(new StringReader(line))) {
                        return reader.readObject();
                    }
                })
                .toList();
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static Map<String, CSVRecord> byEmployee(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.get("employee_number"), r -> r));
    }

    private static Map<String, String> pdfs(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readNBytes(4), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    /** Certifies Ann, Bob and Cy, then moves Ann's issue date back, Bob's expiry forward, and revokes Cy's. */
    private Map<String, String> certify() throws Exception {
        Map<String, String> certified = new HashMap<>();
        String[][] people = {
            {"ann", ANN_NAME, "E-100", "CITY"},
            {"bob", "Bob Stone", "E-200", "HARBOUR"},
            {"cy", "Cy Young", "E-300", "HARBOUR"}
        };
        for (String[] person : people) {
            String trainee = Trainees.create(person[0]);
            TestDatabase.updateOne(
                    "update account set display_name = ?, employee_number = ?, email = ?,"
                            + " branch_id = (select id from branch where code = ?) where username = ?",
                    person[1],
                    person[2],
                    person[0] + "@example.com",
                    person[3],
                    trainee);
            ESSENTIALS.forEach(slug -> plays.pass(trainee, slug));
            JsonArray mine = api.get("/api/me/certificates", trainee).json().asJsonArray();
            assertThat(mine).as("%s is certified", trainee).hasSize(1);
            certified.put(person[2], mine.getJsonObject(0).getString("serial"));
        }
        TestDatabase.updateOne(
                "update certificate set issued_at = timestamp with time zone '2025-03-15 10:00:00+00' where serial = ?",
                certified.get("E-100"));
        TestDatabase.updateOne(
                "update certificate set expires_at = now() + interval '10 days' where serial = ?",
                certified.get("E-200"));
        Api.Reply revoked = api.postJson(
                "/api/certificates/" + certified.get("E-300") + "/revoke", "hr", "{\"reason\": \"Left the company\"}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        return Map.copyOf(certified);
    }
}
