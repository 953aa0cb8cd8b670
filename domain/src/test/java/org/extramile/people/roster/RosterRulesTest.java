package org.extramile.people.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.extramile.people.Role;
import org.junit.jupiter.api.Test;

class RosterRulesTest {

    private static final String HEADER = "employeeNumber,name,email,branch,hireDate,roles,active\n";

    private final RosterRules hrRules = new RosterRules(
            Set.of("CITY", "HARBOUR"), roles -> !roles.contains(Role.HR) && !roles.contains(Role.ADMIN));

    private CheckedRoster check(String rows) {
        return hrRules.check(RosterReader.read((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldAcceptAGoodRowWithDefaultsLeftOpen() {
        CheckedRoster checked = check("E-1,Ann Lee,ann@example.com,city,2026-01-05,,\n");

        assertThat(checked.rejected()).isEmpty();
        assertThat(checked.entries())
                .singleElement()
                .isEqualTo(new RosterEntry(
                        2, "E-1", "Ann Lee", "ann@example.com", "CITY", LocalDate.of(2026, 1, 5), null, null, null));
    }

    @Test
    void shouldReadTheLanguageOfThePersonsMailInAnyCaseAndRefuseOneWithoutTexts() {
        String header = "employeeNumber,name,email,branch,hireDate,language\n";
        CheckedRoster checked = hrRules.check(RosterReader.read((header
                        + "E-1,Ann,ann@example.com,CITY,2026-01-05,FR\n"
                        + "E-2,Bo,bo@example.com,CITY,2026-01-05,\n"
                        + "E-3,Cy,cy@example.com,CITY,2026-01-05,de\n")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(checked.entries()).extracting(RosterEntry::language).containsExactly("fr", null);
        assertThat(checked.rejected()).singleElement().satisfies(row -> assertThat(row.problems())
                .extracting(RowProblem::reason)
                .containsExactly("language 'de' is unknown: use en or fr (the language of the person's mail)"));
    }

    @Test
    void shouldReadRolesAndActive() {
        RosterEntry entry = check("E-1,Ann,ann@example.com,CITY,2026-01-05,trainee|TRAINER,no\n")
                .entries()
                .get(0);

        assertThat(entry.roles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.TRAINER);
        assertThat(entry.active()).isFalse();
    }

    @Test
    void shouldNameEveryBrokenRuleOfARow() {
        CheckedRoster checked = check("E 1,,ann-at-example,MOON,05/01/2026,CHIEF,maybe\n");

        assertThat(checked.entries()).isEmpty();
        assertThat(checked.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.reasons())
                    .hasSize(7)
                    .anySatisfy(r -> assertThat(r).startsWith("employeeNumber 'E 1' is not valid"))
                    .anySatisfy(r -> assertThat(r).isEqualTo("name is missing"))
                    .anySatisfy(r -> assertThat(r).contains("'ann-at-example' is not an email address"))
                    .anySatisfy(r -> assertThat(r).contains("branch 'MOON' is unknown"))
                    .anySatisfy(r -> assertThat(r).contains("hireDate '05/01/2026'"))
                    .anySatisfy(r -> assertThat(r).contains("role 'CHIEF' is unknown"))
                    .anySatisfy(r -> assertThat(r).contains("active 'maybe'"));
        });
    }

    @Test
    void shouldNameTheColumnOfEachBrokenRule() {
        CheckedRoster checked = check("E-1,Ann,ann-at-example,MOON,2026-01-05,,\n");

        assertThat(checked.rejected().get(0).problems())
                .extracting(RowProblem::column)
                .containsExactly("email", "branch");
    }

    @Test
    void shouldRefuseTheLaterLinesOfARepeatedEmployeeNumber() {
        CheckedRoster checked = check("E-1,Ann,ann@example.com,CITY,2026-01-05,,\n"
                + "E-2,Bo,bo@example.com,CITY,2026-01-05,,\n"
                + "E-1,Ann Again,ann@example.com,CITY,2026-01-05,,\n");

        assertThat(checked.entries()).extracting(RosterEntry::line).containsExactly(2L, 3L);
        assertThat(checked.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.reasons()).containsExactly("employeeNumber 'E-1' appears already on line 2");
        });
    }

    @Test
    void shouldRefuseRolesTheImporterMayNotGive() {
        CheckedRoster checked = check("E-1,Ann,ann@example.com,CITY,2026-01-05,ADMIN,\n");

        assertThat(checked.rejected().get(0).reasons())
                .containsExactly("roles [ADMIN] may only be given by an administrator");
    }

    @Test
    void shouldRefuseARowWithTooManyFields() {
        CheckedRoster checked = check("E-1,Lee, Ann,ann@example.com,CITY,2026-01-05,,\n");

        assertThat(checked.rejected().get(0).reasons())
                .anySatisfy(r -> assertThat(r).startsWith("has 8 fields where the header has 7"));
    }
}
