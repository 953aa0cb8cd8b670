package org.extramile.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void shouldDisarmTextASpreadsheetWouldRunAsAFormula() {
        assertThat(Columns.inert("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(Columns.inert("+1 555")).isEqualTo("'+1 555");
        assertThat(Columns.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(Columns.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Columns.inert("\tx")).isEqualTo("'\tx");
    }

    @Test
    void shouldLeaveOrdinaryTextAlone() {
        assertThat(Columns.inert("Lee, Ann \"Annie\"")).isEqualTo("Lee, Ann \"Annie\"");
        assertThat(Columns.inert("")).isEmpty();
        assertThat(Columns.inert(null)).isNull();
    }
}
