package org.extramile.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.CriterionKind;
import org.extramile.scenario.Script;
import org.extramile.scenario.Step;
import org.extramile.scenario.pack.ScenarioPack;
import org.extramile.scenario.pack.ScenarioPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The seeded library keeps the model's rules and the library's own standard of content. */
class LibraryTest {

    static final List<String> SLUGS = LibraryPack.SLUGS;

    private static ScenarioPack pack(String slug) {
        return ScenarioPacks.read(LibraryPack.document(slug));
    }

    @ParameterizedTest
    @FieldSource("SLUGS")
    void shouldKeepTheSchemaAndTheModelsRules(String slug) {
        ScenarioPack pack = pack(slug);

        assertThat(pack.scenario().slug()).isEqualTo(slug);
        assertThat(pack.scenario().title()).isNotBlank();
    }

    @ParameterizedTest
    @FieldSource("SLUGS")
    void shouldPlayTwoToFourStepsWithARealBranch(String slug) {
        Script script = new Script(
                pack(slug).scenario().situation(),
                pack(slug).scenario().persona(),
                pack(slug).scenario().steps());

        assertThat(script.steps()).hasSizeBetween(2, 4);
        assertThat(script.steps())
                .anyMatch(step -> !step.branches().isEmpty()
                        && step.defaultNext() != null
                        && !step.branches().get(0).next().equals(step.defaultNext()));
        assertThat(script.situation().setting()).isNotBlank();
        assertThat(script.persona().name()).isNotBlank();
    }

    @ParameterizedTest
    @FieldSource("SLUGS")
    void shouldScoreWithFourToSevenCriteriaIncludingACriticalOneAndAPenalty(String slug) {
        List<Criterion> criteria = pack(slug).rubric().criteria();

        assertThat(criteria).hasSizeBetween(4, 7);
        assertThat(criteria).anyMatch(c -> c.kind() == CriterionKind.CRITICAL);
        assertThat(criteria).anyMatch(c -> c.kind() == CriterionKind.PENALTY);
    }

    @ParameterizedTest
    @FieldSource("SLUGS")
    void shouldGiveEveryCriterionEnoughEvidence(String slug) {
        for (Criterion criterion : pack(slug).rubric().criteria()) {
            assertThat(criterion.evidence().indicators()).as(criterion.key()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(criterion.evidence().exemplars()).as(criterion.key()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(criterion.evidence().counterExamples())
                    .as(criterion.key())
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(criterion.feedback().met()).as(criterion.key()).isNotBlank();
            assertThat(criterion.feedback().missed()).as(criterion.key()).isNotBlank();
        }
    }

    @ParameterizedTest
    @FieldSource("SLUGS")
    void shouldScoreEveryStepWithACriterionThatIsNotAPenalty(String slug) {
        ScenarioPack pack = pack(slug);

        for (Step step : pack.scenario().steps()) {
            assertThat(pack.rubric().appliesTo(step.key()))
                    .as(step.key())
                    .anyMatch(c -> c.kind() != CriterionKind.PENALTY);
        }
    }

    @ParameterizedTest
    @FieldSource("SLUGS")
    void shouldNameTheSourceStoryItIsTakenFrom(String slug) {
        String story = pack(slug).scenario().sourceStory();

        assertThat(story).matches("\\d{3}_[0-9a-f]{16}\\.txt");
        Path seeds = Path.of("..", "..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            assertThat(seeds.resolve(story)).exists();
        }
    }
}
