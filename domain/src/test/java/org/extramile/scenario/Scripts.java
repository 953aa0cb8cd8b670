package org.extramile.scenario;

import java.util.Arrays;
import java.util.List;

/** Test data: steps and scripts built in one line each. */
public final class Scripts {

    private Scripts() {}

    public static Step step(String key, String defaultNext, Branch... branches) {
        return new Step(key, "What the customer says at " + key + ".", null, Arrays.asList(branches), defaultNext);
    }

    public static Branch when(String criterion, String next) {
        return new Branch(List.of(criterion), List.of(), false, null, next);
    }

    public static Script script(Step... steps) {
        return new Script(
                new Situation("A shop", "A product", "A branch nearby"),
                new Persona("Ann", "A regular"),
                List.of(steps));
    }
}
