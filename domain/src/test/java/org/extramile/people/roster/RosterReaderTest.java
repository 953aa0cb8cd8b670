package org.extramile.people.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.extramile.shared.InvalidException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadACommaRosterWithItsHeaderAsLineOne() {
        RosterFile roster = RosterReader.read(utf8("employeeNumber,name,email,branch,hireDate\n"
                + "E-1,Ann Lee,ann@example.com,CITY,2026-01-05\n"
                + "E-2,Bo Chan,bo@example.com,CITY,2026-02-01\n"));

        assertThat(roster.columns()).hasSize(5);
        assertThat(roster.rows()).extracting(RosterRow::line).containsExactly(2L, 3L);
        assertThat(roster.rows().get(1).value(RosterColumn.NAME)).isEqualTo("Bo Chan");
    }

    @Test
    void shouldReadABomSemicolonsAndAQuotedFieldHoldingTheDelimiter() {
        RosterFile roster = RosterReader.read(utf8("\uFEFFEmployee Number;NAME;email;branch;hire_date;roles\r\n"
                + "E-1;\"Lee; Ann \"\"Annie\"\"\";ann@example.com;city;2026-01-05;TRAINEE|TRAINER\r\n"));

        RosterRow row = roster.rows().get(0);
        assertThat(row.value(RosterColumn.EMPLOYEE_NUMBER)).isEqualTo("E-1");
        assertThat(row.value(RosterColumn.NAME)).isEqualTo("Lee; Ann \"Annie\"");
        assertThat(row.value(RosterColumn.ROLES)).isEqualTo("TRAINEE|TRAINER");
        assertThat(row.line()).isEqualTo(2);
    }

    @Test
    void shouldCountPhysicalLinesAcrossQuotedLineBreaksAndBlankLines() {
        RosterFile roster = RosterReader.read(utf8("employeeNumber,name,email,branch,hireDate\n"
                + "E-1,\"Ann\nLee\",ann@example.com,CITY,2026-01-05\n"
                + "\n"
                + "E-2,Bo,bo@example.com,CITY,2026-01-05\n"
                + "E-3,Cy,cy@example.com,CITY,2026-01-05"));

        assertThat(roster.rows()).extracting(RosterRow::line).containsExactly(2L, 5L, 6L);
        assertThat(roster.rows().get(0).value(RosterColumn.NAME)).isEqualTo("Ann\nLee");
    }

    @Test
    void shouldKeepAShortRowWithTheFieldsItHas() {
        RosterFile roster = RosterReader.read(utf8("employeeNumber,name,email,branch,hireDate\nE-1,Ann\n"));

        assertThat(roster.rows().get(0).fields()).isEqualTo(2);
        assertThat(roster.rows().get(0).value(RosterColumn.EMAIL)).isEmpty();
    }

    @Nested
    class Refuses {

        @Test
        void shouldRefuseAnEmptyBody() {
            assertThatThrownBy(() -> RosterReader.read(new byte[0]))
                    .isInstanceOf(InvalidException.class)
                    .hasMessageContaining("empty");
        }

        @Test
        void shouldNameMissingAndUnknownColumns() {
            assertThatThrownBy(() -> RosterReader.read(utf8("employeeNumber,name,mail,branch\nE-1,Ann,a@b.c,CITY\n")))
                    .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.violations().stream()
                                    .map(org.extramile.shared.Violation::message)
                                    .toList())
                            .anySatisfy(m -> assertThat(m).contains("lacks", "email", "hireDate"))
                            .anySatisfy(m -> assertThat(m).contains("unknown", "'mail'")));
        }

        @Test
        void shouldRefuseTextThatIsNotUtf8() {
            byte[] latin1 = "employeeNumber,name,email,branch,hireDate\nE-1,Zoë,z@example.com,CITY,2026-01-05\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

            assertThatThrownBy(() -> RosterReader.read(latin1)).hasMessageContaining("not UTF-8");
        }

        @Test
        void shouldRefuseBrokenQuoting() {
            assertThatThrownBy(() -> RosterReader.read(
                            utf8("employeeNumber,name,email,branch,hireDate\nE-1,\"Ann\"x,a@b.c,CITY,2026-01-05\n")))
                    .isInstanceOf(InvalidException.class)
                    .hasMessageContaining("quoting");
        }

        @Test
        void shouldRefuseMoreRowsThanTheLimit() {
            StringBuilder text = new StringBuilder("employeeNumber,name,email,branch,hireDate\n");
            text.append("E-1,A,a@b.c,CITY,2026-01-05\n".repeat(RosterReader.MAX_ROWS + 1));

            assertThatThrownBy(() -> RosterReader.read(utf8(text.toString())))
                    .hasMessageContaining("more than 50000 rows");
        }
    }

    @Test
    void shouldTakeTheDelimiterTheHeaderUsesMostOutsideQuotes() {
        assertThat(List.of(
                        RosterReader.delimiterOf("a,b;c,d"),
                        RosterReader.delimiterOf("a;b;\"c,d,e\""),
                        RosterReader.delimiterOf("single")))
                .containsExactly(',', ';', ',');
    }
}
