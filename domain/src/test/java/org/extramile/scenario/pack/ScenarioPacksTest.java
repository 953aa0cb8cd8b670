package org.extramile.scenario.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.extramile.scenario.library.LibraryPack;
import org.extramile.shared.InvalidException;
import org.extramile.shared.JsonDocuments;
import org.extramile.shared.Violation;
import org.junit.jupiter.api.Test;

class ScenarioPacksTest {

    private final String freeUpgrade = LibraryPack.document("free-upgrade");

    @Test
    void shouldReadBackWhatItWrites() {
        ScenarioPack pack = ScenarioPacks.read(freeUpgrade);

        assertThat(ScenarioPacks.read(JsonDocuments.write(pack))).isEqualTo(pack);
    }

    @Test
    void shouldPointAtEverySchemaViolation() {
        String broken = freeUpgrade
                .replaceFirst("\"kind\": \"CRITICAL\"", "\"kind\": \"VITAL\"")
                .replaceFirst("\"title\":", "\"titel\":");

        assertThatThrownBy(() -> ScenarioPacks.read(broken))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer)
                        .contains("/scenario/titel", "/scenario"));
        assertThat(PackSchema.violations(broken)).extracting(Violation::pointer).anyMatch(p -> p.endsWith("/kind"));
    }

    @Test
    void shouldPointAtABrokenModelRuleInsideThePack() {
        String broken = freeUpgrade.replaceFirst("\"defaultNext\": \"not-again\"", "\"defaultNext\": \"nowhere\"");

        assertThatThrownBy(() -> ScenarioPacks.read(broken))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer)
                        .containsExactly("/scenario/steps/0/defaultNext"));
    }

    @Test
    void shouldSayWhenThePackIsNotJsonAtAll() {
        assertThat(PackSchema.violations("{\"packVersion\": 1,"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("The pack is not valid JSON"));
    }
}
