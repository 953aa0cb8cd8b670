package org.extramile.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extramile.rubric.Criteria.criterion;
import static org.extramile.scenario.Scripts.script;
import static org.extramile.scenario.Scripts.step;
import static org.extramile.scenario.Scripts.when;

import java.time.Instant;
import java.util.List;
import org.extramile.scenario.Script;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.Violation;
import org.junit.jupiter.api.Test;

class RubricTest {

    private final Script script = script(step("asks", null, when("offers", "thanks")), step("thanks", null));

    @Test
    void shouldAcceptCriteriaThatFitTheScript() {
        Rubric rubric = new Rubric(List.of(
                criterion("offers", CriterionKind.CRITICAL, "asks"),
                criterion("blames", CriterionKind.PENALTY, "asks", "thanks")));

        assertThat(rubric.violations(script)).isEmpty();
    }

    @Test
    void shouldNameADuplicateCriterionKey() {
        Rubric rubric = new Rubric(List.of(
                criterion("offers", CriterionKind.SCORED, "asks"),
                criterion("offers", CriterionKind.SCORED, "thanks")));

        assertThat(rubric.violations(script)).extracting(Violation::pointer).containsExactly("/criteria/1/key");
    }

    @Test
    void shouldRequireLevelsThatStartAtZeroAndRise() {
        Criterion criterion = offersWith(List.of(new Level("some", null, 1, null), new Level("more", null, 1, null)));

        assertThat(new Rubric(List.of(criterion)).violations(script))
                .extracting(Violation::pointer)
                .containsExactly("/criteria/0/levels/0/points", "/criteria/0/levels/1/points");
    }

    @Test
    void shouldKeepWordsOffTheLevelAnAnswerGetsWithoutAWord() {
        Criterion criterion = offersWith(List.of(
                new Level("not shown", null, 0, List.of("we apologise for any inconvenience")),
                new Level("partly", null, 1, List.of("sorry"))));

        assertThat(new Rubric(List.of(criterion)).violations(script))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.pointer()).isEqualTo("/criteria/0/levels/0/indicators");
                    assertThat(v.message()).contains("counter-examples");
                });
    }

    @Test
    void shouldNameAStepTheScenarioDoesNotHave() {
        Rubric rubric = new Rubric(List.of(criterion("offers", CriterionKind.SCORED, "asks", "goodbye")));

        assertThat(rubric.violations(script))
                .contains(new Violation(
                        "/criteria/0/steps/1",
                        "The scenario has no step 'goodbye'; its steps are 'asks' and 'thanks'."));
    }

    @Test
    void shouldRequireTheCriteriaTheScriptBranchesOn() {
        Rubric rubric = new Rubric(List.of(criterion("listens", CriterionKind.SCORED, "asks", "thanks")));

        assertThat(rubric.violations(script)).extracting(Violation::message).anyMatch(m -> m.contains("'offers'"));
    }

    @Test
    void shouldRefuseAStaleDraftEditNamingBothVersions() {
        RubricDraft draft = new RubricDraft(1L, Rubric.empty(), "alex", Instant.EPOCH);

        assertThatThrownBy(() -> draft.revise(3, Rubric.empty(), script, "sam", Instant.EPOCH))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("version 3")
                .hasMessageContaining("version 0");
    }

    @Test
    void shouldRefuseADraftThatBreaksTheRules() {
        RubricDraft draft = new RubricDraft(1L, Rubric.empty(), "alex", Instant.EPOCH);
        Rubric broken = new Rubric(List.of(criterion("offers", CriterionKind.SCORED, "nowhere")));

        assertThatThrownBy(() -> draft.revise(0, broken, script, "sam", Instant.EPOCH))
                .isInstanceOf(InvalidException.class);
        assertThat(draft.rubric()).isEqualTo(Rubric.empty());
    }

    private static Criterion offersWith(List<Level> levels) {
        return new Criterion("offers", "Offers", null, CriterionKind.SCORED, List.of("asks"), levels, null, null, null);
    }
}
