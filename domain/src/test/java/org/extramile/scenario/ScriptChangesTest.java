package org.extramile.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptChangesTest {

    private static final Situation SHOP = new Situation("A shop", "The jar", "It sold out");
    private static final Persona REGULAR = new Persona("Mrs Okafor", "A regular");

    @Test
    void shouldNameTheStepsAddedRemovedAndChangedByKey() {
        Script before = new Script(
                SHOP,
                REGULAR,
                List.of(
                        step("greeting", "Hello!", "order"),
                        step("order", "The usual?", null),
                        step("bye", "Bye", null)));
        Script after = new Script(
                SHOP,
                REGULAR,
                List.of(
                        step("greeting", "Hello!", "order"),
                        step("order", "The usual, please.", "wait"),
                        step("wait", "How long?", null)));

        ScriptChanges changes = ScriptChanges.between(before, after);

        assertThat(changes.stepsAdded()).containsExactly("wait");
        assertThat(changes.stepsRemoved()).containsExactly("bye");
        assertThat(changes.stepsChanged()).containsExactly("order");
        assertThat(changes.situation()).isFalse();
        assertThat(changes.persona()).isFalse();
        assertThat(changes.none()).isFalse();
    }

    @Test
    void shouldSeeTheSituationAndTheCustomerAndNothingInAnEqualScript() {
        Script script = new Script(SHOP, REGULAR, List.of(step("greeting", "Hello!", null)));
        Script retold = new Script(
                new Situation("A busy shop", "The jar", "It sold out"),
                new Persona("Grace", "A regular"),
                script.steps());

        assertThat(ScriptChanges.between(script, script).none()).isTrue();
        assertThat(ScriptChanges.between(script, retold))
                .satisfies(c -> assertThat(c.situation()).isTrue())
                .satisfies(c -> assertThat(c.persona()).isTrue())
                .satisfies(c -> assertThat(c.stepsChanged()).isEmpty());
    }

    private static Step step(String key, String line, String next) {
        return new Step(key, line, null, List.of(), next);
    }
}
