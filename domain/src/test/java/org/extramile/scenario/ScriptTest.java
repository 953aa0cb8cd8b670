package org.extramile.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extramile.scenario.Scripts.script;
import static org.extramile.scenario.Scripts.step;
import static org.extramile.scenario.Scripts.when;

import java.util.Set;
import java.util.stream.IntStream;
import org.extramile.shared.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScriptTest {

    private final Script branching = script(
            step("asks", "leaving", when("offers-to-call", "waiting")),
            step("leaving", null, when("offers-to-call", "waiting")),
            step("waiting", null));

    @Nested
    class Flow {

        @Test
        void shouldTakeTheBranchWhoseCriteriaWereMet() {
            assertThat(branching
                            .first()
                            .route(Set.of("offers-to-call"), Set.of())
                            .next())
                    .isEqualTo("waiting");
        }

        @Test
        void shouldFallBackToTheDefaultStepWhenNoBranchMatches() {
            assertThat(branching.first().route(Set.of(), Set.of()).next()).isEqualTo("leaving");
        }

        @Test
        void shouldEndWhenNeitherABranchNorADefaultLeadsOn() {
            assertThat(branching
                            .step("leaving")
                            .orElseThrow()
                            .route(Set.of(), Set.of())
                            .next())
                    .isNull();
            assertThat(branching.step("waiting").orElseThrow().ends()).isTrue();
        }

        @Test
        void shouldNotTakeABranchWhenACriterionItMustNotSeeWasMet() {
            Branch branch = new Branch(java.util.List.of("a"), java.util.List.of("penalty"), false, null, "x");

            assertThat(branch.takenWhen(Set.of("a"), Set.of())).isTrue();
            assertThat(branch.takenWhen(Set.of("a", "penalty"), Set.of("a", "penalty")))
                    .isFalse();
        }
    }

    @Nested
    class Rules {

        @Test
        void shouldAcceptAWellFormedBranchingScript() {
            assertThat(branching.violations()).isEmpty();
        }

        @Test
        void shouldNameADuplicateStepKey() {
            Script script = script(step("asks", null), step("asks", null));

            assertThat(script.violations())
                    .contains(new Violation("/steps/1/key", "Another step already has the key 'asks'."));
        }

        @Test
        void shouldNameATargetThatIsNoStep() {
            Script script = script(step("asks", "nowhere", when("x", "elsewhere")));

            assertThat(script.violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/steps/0/branches/0/next", "/steps/0/defaultNext");
        }

        @Test
        void shouldNameAStepNoPathLeadsTo() {
            Script script = script(step("asks", null), step("orphan", null));

            assertThat(script.violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.pointer()).isEqualTo("/steps/1"))
                    .satisfies(v -> assertThat(v.message()).contains("orphan"));
        }

        @Test
        void shouldRejectALoopWithoutAWayOut() {
            Script script = script(step("asks", "again"), step("again", "asks"));

            assertThat(script.violations()).extracting(Violation::message).allMatch(m -> m.contains("loop"));
        }

        @Test
        void shouldAcceptALoopWithAWayOut() {
            Script script = script(step("asks", "again"), step("again", null, when("fixed", "asks")));

            assertThat(script.violations()).isEmpty();
        }

        @Test
        void shouldAllowAtMostTenSteps() {
            Step[] steps = IntStream.range(0, 11)
                    .mapToObj(i -> step("s" + i, i < 10 ? "s" + (i + 1) : null))
                    .toArray(Step[]::new);

            assertThat(script(steps).violations())
                    .extracting(Violation::pointer)
                    .contains("/steps");
        }
    }
}
