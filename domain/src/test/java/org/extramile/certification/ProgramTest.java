package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramTest {

    @Test
    void shouldNeedEveryScenarioPassed() {
        Program program = program(null);

        assertThat(program.completedBy(Map.of("a", 0.9, "b", 0.6))).isFalse();
        assertThat(program.completedBy(Map.of("a", 0.9, "b", 0.6, "c", 0.61))).isTrue();
    }

    @Test
    void shouldNeedTheMinimumAverageWhenThereIsOne() {
        Program program = program(0.75);

        assertThat(program.completedBy(Map.of("a", 0.9, "b", 0.6, "c", 0.6))).isFalse();
        assertThat(program.completedBy(Map.of("a", 0.9, "b", 0.75, "c", 0.6))).isTrue();
        assertThat(program.criteriaNarrative()).contains("a, b, c").contains("75%");
    }

    @Test
    void shouldShowExpiryAsOfNowAndKeepRevocationFinal() {
        Certificate certificate = OpenBadgeTest.certificate();

        assertThat(certificate.standing(Instant.parse("2027-11-29T08:59:59Z"))).isEqualTo("valid");
        assertThat(certificate.standing(Instant.parse("2027-11-29T09:00:00Z"))).isEqualTo("expired");
        certificate.revoke("hr", "Issued in error", Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(certificate.standing(Instant.parse("2027-01-02T00:00:00Z"))).isEqualTo("revoked");
        assertThat(certificate.withdrawn()).isTrue();
    }

    @Test
    void shouldCountTheDeadlineFromTheHireDateAndSetNoneWithoutOne() {
        Program program = program(null, 30);

        assertThat(program.dueBy(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2026, 1, 31));
        assertThat(program.dueBy(null)).as("no hire date given").isEmpty();
        assertThat(program(null).dueBy(LocalDate.of(2026, 1, 1)))
                .as("no deadline")
                .isEmpty();
        ProgressView late = ProgressView.of(
                program, List.of(), null, null, null, LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 2, 1));
        assertThat(late.dueBy()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(late.overdue()).isTrue();
        assertThat(late.extended()).isFalse();
        ProgressView extended = ProgressView.of(
                program,
                List.of(),
                null,
                null,
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 2, 1));
        assertThat(extended.dueBy()).as("HR's day wins").isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(extended.overdue()).isFalse();
        assertThat(extended.extended()).isTrue();
        assertThat(ProgressView.of(
                                program,
                                List.of(),
                                null,
                                null,
                                null,
                                LocalDate.of(2026, 1, 1),
                                null,
                                LocalDate.of(2026, 1, 31))
                        .overdue())
                .as("due that day, not late yet")
                .isFalse();
    }

    @Test
    void shouldGiveThoseHiredBeforeADeadlineWasIntroducedItsDaysFromThatDay() {
        Program program = program(null);
        LocalDate introduced = LocalDate.of(2026, 6, 1);
        program.define(definition(30), "trainer", Instant.EPOCH, introduced);

        assertThat(program.dueBy(LocalDate.of(2025, 3, 1)))
                .as("hired long before: not late the day it was set")
                .contains(LocalDate.of(2026, 7, 1));
        assertThat(program.dueBy(LocalDate.of(2026, 6, 10))).contains(LocalDate.of(2026, 7, 10));
        assertThat(program.view().dueSince()).isEqualTo(introduced);

        program.define(definition(60), "trainer", Instant.EPOCH, LocalDate.of(2026, 8, 1));
        assertThat(program.dueBy(LocalDate.of(2025, 3, 1)))
                .as("a changed deadline keeps the day it was introduced")
                .contains(LocalDate.of(2026, 7, 31));

        program.define(definition(null), "trainer", Instant.EPOCH, LocalDate.of(2026, 9, 1));
        assertThat(program.view().dueSince()).as("removed").isNull();
        program.define(definition(30), "trainer", Instant.EPOCH, LocalDate.of(2026, 10, 1));
        assertThat(program.dueBy(LocalDate.of(2025, 3, 1)))
                .as("introduced again: from that day")
                .contains(LocalDate.of(2026, 10, 31));
    }

    private static Program program(Double minAverage) {
        return program(minAverage, null);
    }

    private static Program program(Double minAverage, Integer dueDays) {
        return new Program(definition(minAverage, dueDays), "trainer", Instant.EPOCH, LocalDate.EPOCH);
    }

    private static ProgramDefinition definition(Integer dueDays) {
        return definition(null, dueDays);
    }

    private static ProgramDefinition definition(Double minAverage, Integer dueDays) {
        return new ProgramDefinition(
                "p",
                "P",
                "A program",
                List.of("a", "b", "c"),
                minAverage,
                12,
                dueDays,
                new Issuer("Org", "https://org.example", null),
                null);
    }
}
