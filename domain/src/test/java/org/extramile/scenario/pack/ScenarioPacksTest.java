package org.extramile.scenario.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.extramile.rubric.LabelledExample;
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
                        .contains("/scenario/titel", "/scenario/title"));
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
    void shouldCarryLabelledExamplesAndReadThemBack() {
        ScenarioPack pack = ScenarioPacks.read(withExample("kind-no", "not shown"));

        assertThat(pack.labelledExamples())
                .containsExactly(new LabelledExample(
                        "diet-coke-order", "I'm afraid we have no Coke.", Map.of("kind-no", "not shown")));
        assertThat(ScenarioPacks.read(JsonDocuments.write(pack))).isEqualTo(pack);
    }

    @Test
    void shouldPointAtALabelThatTheRubricCannotHave() {
        assertThatThrownBy(() -> ScenarioPacks.read(withExample("kind-no", "brilliant")))
                .isInstanceOfSatisfying(
                        InvalidException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.pointer()).isEqualTo("/labelledExamples/0/levels/kind-no");
                            assertThat(v.message()).contains("'brilliant' is not a level of 'kind-no'");
                        }));
        assertThatThrownBy(() -> ScenarioPacks.read(withExample("reassure-no-trouble", "fully")))
                .isInstanceOfSatisfying(InvalidException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer)
                        .containsExactly("/labelledExamples/0/levels/reassure-no-trouble"));
    }

    @Test
    void shouldHoldLabelledExamplesToTheSchema() {
        String noLevels =
                withExample("kind-no", "fully").replace("\"levels\": {\"kind-no\": \"fully\"}", "\"levels\": {}");

        assertThat(PackSchema.violations(noLevels))
                .extracting(Violation::pointer)
                .containsExactly("/labelledExamples/0/levels");
    }

    /** The drink pack with one example labelled on one criterion: the first step's. */
    private static String withExample(String criterion, String level) {
        String pack = LibraryPack.document("buy-the-missing-drink").strip();
        return pack.substring(0, pack.length() - 1)
                + ", \"labelledExamples\": [{\"step\": \"diet-coke-order\", \"text\": \"I'm afraid we have no Coke.\","
                + " \"levels\": {\"" + criterion + "\": \"" + level + "\"}}]}";
    }

    @Test
    void shouldNameAMissingFieldAtTheTopLevel() {
        String noVersion = freeUpgrade.replaceFirst("\"packVersion\": 1,", "");

        assertThat(PackSchema.violations(noVersion)).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/packVersion");
            assertThat(v.message()).contains("packVersion");
        });
    }

    @Test
    void shouldSayWhenThePackIsNotJsonAtAll() {
        assertThat(PackSchema.violations("{\"packVersion\": 1,"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("The pack is not valid JSON"));
    }
}
