package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

    private final FieldNames names =
            new FieldNames(name -> Map.of("criteria", "Criterion", "levels", "Level", "points", "Points")
                    .getOrDefault(name, name));

    @Test
    void shouldNameAnIndexedPathInWordsCountingFromOne() {
        assertThat(names.ofPointer("/criteria/0/levels/2/points")).isEqualTo("Criterion 1 › Level 3 › Points");
    }

    @Test
    void shouldNameAListWithoutAnIndexByItsLabel() {
        assertThat(names.ofPointer("/criteria")).isEqualTo("Criterion");
    }

    @Test
    void shouldDecodeEscapedPointerTokens() {
        assertThat(names.ofPointer("/a~1b~0c")).isEqualTo("a/b~c");
    }
}
