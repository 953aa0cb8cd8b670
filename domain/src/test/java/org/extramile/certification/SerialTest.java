package org.extramile.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialTest {

    @Test
    void shouldReadBackWhatItIssues() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String serial = Serial.next();
            assertThat(serial).matches("XM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-.");
            assertThat(Serial.parse(serial)).contains(serial);
            seen.add(serial);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void shouldForgiveCaseSpacesAndLookAlikeLetters() {
        String serial = "XM-0123-4567-89AB-" + Serial.check("0123456789AB");
        String typed = serial.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');
        assertThat(Serial.parse(typed)).contains(serial);
        assertThat(Serial.parse(serial.substring(3))).contains(serial);
    }

    @Test
    void shouldCatchEveryOneCharacterTypo() {
        String serial = Serial.next();
        String digits = serial.replace("XM-", "").replace("-", "");
        for (int i = 0; i < digits.length(); i++) {
            for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
                if (c != digits.charAt(i)) {
                    String typo = digits.substring(0, i) + c + digits.substring(i + 1);
                    assertThat(Serial.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void shouldRefuseWhatIsNoSerial() {
        assertThat(Serial.parse(null)).isEmpty();
        assertThat(Serial.parse("")).isEmpty();
        assertThat(Serial.parse("XM-1234")).isEmpty();
        assertThat(Serial.parse("../../etc/passwd")).isEmpty();
        assertThat(Serial.parse("XM-UUUU-UUUU-UUUU-U")).isEmpty();
    }

    @Test
    void shouldSayWhatMakesATextNoSerial() {
        String serial = Serial.next();
        assertThat(Serial.flaw(serial)).isEmpty();
        assertThat(Serial.flaw("XM-7K3Q-9FJD-2M8P-D"))
                .as("the example the pages and the API give is a serial itself")
                .isEmpty();
        assertThat(Serial.flaw("XM-1234")).contains(Serial.Flaw.LENGTH);
        assertThat(Serial.characters("XM-1234")).isEqualTo(4);
        assertThat(Serial.characters(serial)).isEqualTo(13);
        assertThat(Serial.flaw(null)).contains(Serial.Flaw.LENGTH);
        assertThat(Serial.flaw("XM-UUUU-UUUU-UUUU-U")).contains(Serial.Flaw.CHARACTER);
        assertThat(Serial.flaw("XM-12#4-5678-9ABC-D")).contains(Serial.Flaw.CHARACTER);
        char last = serial.charAt(serial.length() - 1);
        String typo = serial.substring(0, serial.length() - 1) + (last == '0' ? '1' : '0');
        assertThat(Serial.flaw(typo)).contains(Serial.Flaw.CHECK);
    }
}
