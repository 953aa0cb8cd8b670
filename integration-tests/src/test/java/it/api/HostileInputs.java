package it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates hostile requests from a fixed seed, so that a failure is replayed by running the test again: each is a
 * valid request's template with one thing broken (a field of the wrong type or with a hostile string, the JSON
 * truncated or malformed or nested thousands deep, a body past the size limit, a hostile path or query parameter).
 */
final class HostileInputs {

    /** Past the API's default limit of 10 MB. */
    static final int OVERSIZE = 10 * 1024 * 1024 + 1024;

    static final List<String> STRINGS = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\uD800",
            "x\uDC00y",
            "\uDBFF\uDFFF",
            "\u202Eevil\u202C",
            "\u200B\u200C\u200D\uFEFF",
            "مرحبا بالعالم",
            "😀👩‍👩‍👧‍👦🏳️‍🌈",
            "e\u0301\u0301\u0301\u0301",
            "\r\n\t\u000B\u000C",
            "' OR '1'='1",
            "'; DROP TABLE account; --",
            "\" OR 1=1 --",
            "1; SELECT pg_sleep(5)",
            "%' AND 1=0 UNION SELECT username, password_hash FROM account --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{{7*7}}${7*7}#{7*7}",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "%00",
            "%2e%2e%2f",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "a".repeat(81),
            "b".repeat(5001),
            "c".repeat(70_000),
            "😀".repeat(3000),
            "null",
            "-1",
            "NaN",
            "1e309",
            "99999999999999999999999",
            "2026-02-30",
            "9999-12-31T23:59:59Z",
            "not-a-date",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid");

    /** Path segments that must never lead anywhere but a 4xx. */
    static final List<String> SEGMENTS = List.of(
            "..",
            "%2e%2e",
            "..%2f..%2fetc%2fpasswd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "..%5c..%5cwindows",
            "%00",
            "a%00b",
            "%252e%252e%252f",
            "%C0%AE%C0%AE%C0%AF",
            "%FF%FE",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "'%20OR%20'1'%3D'1",
            "x".repeat(3000),
            "-1",
            "0",
            "99999999999999999999",
            "1.5",
            "NaN",
            "00000000-0000-0000-0000-000000000000",
            "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
            "EM-0000-0000",
            "%F0%9F%98%80",
            "%E2%80%AE");

    private static final List<Function<Random, byte[]>> MALFORMED = List.of(
            r -> new byte[0],
            r -> bytes("{"),
            r -> bytes("}"),
            r -> bytes("{\"a\":}"),
            r -> bytes("{'single':'quotes'}"),
            r -> bytes("{\"trailing\":1,}"),
            r -> bytes("[1,2,,3]"),
            r -> bytes("{\"unterminated\":\"abc"),
            r -> bytes("{\"bad-escape\":\"\\x41\\u12\"}"),
            r -> bytes("{\"lone\":\"\\uD800\"}"),
            r -> bytes("{\"nul\":\"a\\u0000b\"}"),
            r -> bytes("NaN"),
            r -> bytes("null"),
            r -> bytes("true"),
            r -> bytes("42"),
            r -> bytes("\"a string\""),
            r -> bytes("[]"),
            r -> bytes("{}"),
            r -> bytes("{} {}"),
            r -> bytes("{\"a\":1}garbage"),
            r -> bytes("\uFEFF{}"),
            r -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            r -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '{', 0, '}'},
            r -> {
                byte[] noise = new byte[1 + r.nextInt(2000)];
                r.nextBytes(noise);
                return noise;
            },
            r -> bytes("[".repeat(20_000) + "]".repeat(20_000)),
            r -> bytes("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
            r -> bytes("[".repeat(100_000)),
            r -> bytes("{\"n\":1" + "0".repeat(100_000) + "}"),
            r -> bytes("{\"n\":1e999999999}"),
            r -> bytes("{\"dup\":1,\"dup\":2}"));

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    String string() {
        return pick(STRINGS);
    }

    /** A path segment: a hostile one, or a hostile string percent-encoded. */
    String segment() {
        return random.nextBoolean() ? pick(SEGMENTS) : encode(string());
    }

    /** A query parameter's value, encoded. */
    String parameter() {
        return encode(random.nextInt(4) == 0 ? pick(SEGMENTS) : string());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A JSON body: the template broken in one of several ways. */
    byte[] json(JsonValue template) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(MALFORMED).apply(random);
            case 1 -> truncated(bytes(template.toString()));
            case 2, 3 -> bytes(replaceOneLeaf(template, this::hostileString).toString());
            case 4 -> bytes(replaceOneLeaf(template, v -> wrongType()).toString());
            default -> bytes(replaceOneLeaf(template, v -> deeplyNested()).toString());
        };
    }

    /** A CSV roster: the template broken, with hostile cells, bad quoting or bytes that are not UTF-8. */
    byte[] csv(String template) {
        return switch (random.nextInt(5)) {
            case 0 -> truncated(bytes(template));
            case 1 -> bytes(template.replaceFirst("Dana", quoteCsv(string())));
            case 2 -> bytes(template + "\"unclosed,quote\n" + "x,".repeat(random.nextInt(500)) + "\n");
            case 3 -> new byte[] {'e', ',', (byte) 0xC3, (byte) 0x28, '\n', (byte) 0xFF, (byte) 0xFE};
            default -> bytes(template.replace(",", random.nextBoolean() ? ";" : "\u0000"));
        };
    }

    /** A body past the limit: JSON that is still well-formed, so the size alone is refused. */
    static byte[] oversized() {
        byte[] body = new byte[OVERSIZE];
        Arrays.fill(body, (byte) 'a');
        byte[] start = bytes("{\"text\":\"");
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    private byte[] truncated(byte[] whole) {
        return Arrays.copyOf(whole, random.nextInt(Math.max(1, whole.length)));
    }

    private JsonValue hostileString(JsonValue ignored) {
        return Json.createValue(string());
    }

    private JsonValue wrongType() {
        return switch (random.nextInt(8)) {
            case 0 -> JsonValue.NULL;
            case 1 -> JsonValue.TRUE;
            case 2 -> Json.createValue(random.nextInt(3) - 1);
            case 3 -> Json.createValue(Long.MAX_VALUE);
            case 4 -> Json.createValue(-1.5e300);
            case 5 -> JsonValue.EMPTY_JSON_ARRAY;
            case 6 -> JsonValue.EMPTY_JSON_OBJECT;
            default -> Json.createArrayBuilder().add(string()).add(1).build();
        };
    }

    private JsonValue deeplyNested() {
        JsonValue value = Json.createValue("deep");
        int depth = 500 + random.nextInt(3000);
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0
                    ? Json.createArrayBuilder().add(value).build()
                    : Json.createObjectBuilder().add("a", value).build();
        }
        return value;
    }

    /** The template with one leaf, or one whole member, chosen at random, replaced. */
    private JsonValue replaceOneLeaf(JsonValue template, Function<JsonValue, JsonValue> replacement) {
        List<Integer> counter = new ArrayList<>(List.of(0));
        count(template, counter);
        int target = random.nextInt(Math.max(1, counter.get(0)));
        return replace(template, new int[] {target}, replacement);
    }

    private static void count(JsonValue value, List<Integer> counter) {
        counter.set(0, counter.get(0) + 1);
        if (value instanceof JsonObject object) {
            object.values().forEach(v -> count(v, counter));
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> count(v, counter));
        }
    }

    private static JsonValue replace(JsonValue value, int[] remaining, Function<JsonValue, JsonValue> replacement) {
        if (remaining[0]-- == 0) {
            return replacement.apply(value);
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                copy.add(member.getKey(), replace(member.getValue(), remaining, replacement));
            }
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = Json.createArrayBuilder();
            array.forEach(v -> copy.add(replace(v, remaining, replacement)));
            return copy.build();
        }
        return value;
    }

    private static String quoteCsv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
