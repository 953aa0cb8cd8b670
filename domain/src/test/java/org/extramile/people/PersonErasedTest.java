package org.extramile.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonErasedTest {

    private final PersonErased erased = new PersonErased(
            42,
            "t-0001",
            "Sam O'Taylor",
            Optional.of("sam.taylor@example.com"),
            Optional.of("T-0001"),
            "erased-42",
            "hr",
            Instant.EPOCH);

    @Test
    void shouldReplaceEachIdentifierWhateverItsCase() {
        assertThat(erased.scrub("Enrolled T-0001 Sam O'Taylor <SAM.TAYLOR@example.com> as t-0001."))
                .isEqualTo("Enrolled erased-42 erased-42 <erased-42> as erased-42.");
    }

    @Test
    void shouldReplaceWholeWordsOnlySoThatOthersKeepTheirs() {
        String others = "t-00012 and xt-0001 and sam.taylor@example.com.au and Sam O'Taylors";

        assertThat(erased.isAbout(others)).isFalse();
        assertThat(erased.scrub(others)).isEqualTo(others);
        assertThat(erased.isAbout("Certificate T-0001 for sam o'taylor, issued"))
                .isTrue();
    }

    @Test
    void shouldTakeARecordNamingThemByNameAloneForANamesakes() {
        assertThat(erased.isAbout("Enrolled T-0077 Sam O'Taylor")).isFalse();
        assertThat(erased.unique()).containsExactly("T-0001", "sam.taylor@example.com", "t-0001");
    }

    @Test
    void shouldNotTakeAUsernameThatIsAPlainWordForProof() {
        PersonErased plain = new PersonErased(
                7, "trainee", "Sam Taylor", Optional.empty(), Optional.of("T-0001"), "erased-7", "hr", Instant.EPOCH);

        assertThat(plain.unique()).containsExactly("T-0001");
        assertThat(plain.isAbout("A trainee earned it.")).isFalse();
    }

    @Test
    void shouldCountOnlyWhatWasErased() {
        erased.erased("answers", 3);
        erased.erased("answers", 2);
        erased.erased("mails", 0);

        assertThat(erased.erased()).containsExactlyEntriesOf(java.util.Map.of("answers", 5L));
        assertThat(erased.identifiers()).containsExactly("Sam O'Taylor", "t-0001", "sam.taylor@example.com", "T-0001");
    }
}
