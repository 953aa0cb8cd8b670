package org.extramile.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.extramile.api.problem.NulInBodyException;
import org.junit.jupiter.api.Test;

class NulEscapeScannerTest {

    @Test
    void shouldFailAtTheNulEscapeInAString() {
        assertThatThrownBy(() -> readAll("{\"name\":\"Dana\\u0000Smith\"}", 8192))
                .isInstanceOf(NulInBodyException.class);
        assertThatThrownBy(() -> readAll("[\"\\u0000\"]", 8192)).isInstanceOf(NulInBodyException.class);
    }

    @Test
    void shouldFindTheEscapeWhenItIsSplitAcrossReads() {
        assertThatThrownBy(() -> readAll("{\"text\":\"a\\u0000b\"}", 1)).isInstanceOf(NulInBodyException.class);
        assertThatThrownBy(() -> readAll("{\"text\":\"a\\u0000b\"}", 3)).isInstanceOf(NulInBodyException.class);
    }

    @Test
    void shouldPassOtherEscapesAndAnEscapedBackslashBeforeU0000AsText() throws IOException {
        String body =
                "{\"a\":\"\\\\u0000 is how JSON writes NUL\",\"b\":\"\\u0041\\u00e9\\uD83D\\uDE00\\\"\\n\",\"c\":\"été 😀\"}";

        assertThat(readAll(body, 8192)).isEqualTo(body);
        assertThat(readAll(body, 1)).isEqualTo(body);
    }

    @Test
    void shouldLeaveAMalformedEscapeToTheParser() throws IOException {
        String body = "{\"a\":\"\\u00G0\\u0\"}";

        assertThat(readAll(body, 8192)).isEqualTo(body);
    }

    private static String readAll(String json, int chunk) throws IOException {
        InputStream in = new NulEscapeScanner(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
            read.write(buffer, 0, n);
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
