package org.extramile.scenario;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one script to another: the situation, the customer, and the steps added, removed or changed (a
 * line, a stage direction, or where an answer leads), by key in the order of the script that has them.
 */
public record ScriptChanges(
        boolean situation,
        boolean persona,
        List<String> stepsAdded,
        List<String> stepsRemoved,
        List<String> stepsChanged)
        implements Serializable {

    public ScriptChanges {
        stepsAdded = List.copyOf(stepsAdded);
        stepsRemoved = List.copyOf(stepsRemoved);
        stepsChanged = List.copyOf(stepsChanged);
    }

    public static ScriptChanges between(Script before, Script after) {
        Map<String, Step> was = byKey(before);
        Map<String, Step> is = byKey(after);
        return new ScriptChanges(
                !Objects.equals(before.situation(), after.situation()),
                !Objects.equals(before.persona(), after.persona()),
                after.steps().stream()
                        .map(Step::key)
                        .filter(key -> !was.containsKey(key))
                        .toList(),
                before.steps().stream()
                        .map(Step::key)
                        .filter(key -> !is.containsKey(key))
                        .toList(),
                after.steps().stream()
                        .filter(step -> was.containsKey(step.key())
                                && !was.get(step.key()).equals(step))
                        .map(Step::key)
                        .toList());
    }

    public boolean none() {
        return !situation && !persona && stepsAdded.isEmpty() && stepsRemoved.isEmpty() && stepsChanged.isEmpty();
    }

    private static Map<String, Step> byKey(Script script) {
        return script.steps().stream().collect(Collectors.toMap(Step::key, Function.identity(), (a, b) -> a));
    }
}
