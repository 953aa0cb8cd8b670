package org.extramile.scenario;

import static org.extramile.shared.Violation.pointer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extramile.shared.Lists;
import org.extramile.shared.Violation;

/** What happens in a role-play: the situation, the customer, and the steps from the first one on. */
public record Script(
        @Valid Situation situation,
        @Valid Persona persona,
        @NotNull(message = "A script needs its steps.")
                @Size(min = 1, max = Limits.MAX_STEPS, message = "A script has 1 to 10 steps.")
                List<@NotNull(message = "A step cannot be empty.") @Valid Step> steps) {

    public Script {
        situation = situation == null ? new Situation(null, null, null) : situation;
        persona = persona == null ? new Persona(null, null) : persona;
        steps = Lists.frozen(steps);
    }

    /** A new scenario's script until its author writes one: a single step to fill in. */
    public static Script opening() {
        return new Script(null, null, List.of(new Step("opening", "(The customer's first line.)", null, null, null)));
    }

    public Step first() {
        return steps.get(0);
    }

    public Optional<Step> step(String key) {
        return steps.stream().filter(step -> step.key().equals(key)).findFirst();
    }

    /** Says that no step has this key, and which keys there are, so that the author can correct it. */
    public String noSuchStep(String key) {
        List<String> keys = steps.stream().map(Step::key).toList();
        String known = (keys.size() == 1 ? "its one step is " : "its steps are ") + Lists.quoted(keys);
        return "The scenario has no step '" + key + "'; " + known + ".";
    }

    public Set<String> stepKeys() {
        Set<String> keys = new HashSet<>();
        steps.forEach(step -> keys.add(step.key()));
        return keys;
    }

    /**
     * The rules a script keeps: unique step keys, at most ten steps, every target a step, every step
     * reachable from the first, and from every step a way to an end (so no loop traps a trainee).
     */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (steps.isEmpty()) {
            violations.add(new Violation("/steps", "A script needs at least one step."));
            return violations;
        }
        if (steps.size() > Limits.MAX_STEPS) {
            violations.add(new Violation("/steps", "A script has at most 10 steps, not " + steps.size() + "."));
        }
        Map<String, Step> byKey = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step == null || step.key() == null) {
                continue;
            }
            if (byKey.putIfAbsent(step.key(), step) != null) {
                violations.add(new Violation(
                        pointer(pointer("/steps", i), "key"),
                        "Another step already has the key '" + step.key() + "'."));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step == null) {
                continue;
            }
            String at = pointer("/steps", i);
            for (int b = 0; b < step.branches().size(); b++) {
                Branch branch = step.branches().get(b);
                if (branch != null && branch.next() != null && !byKey.containsKey(branch.next())) {
                    violations.add(new Violation(
                            pointer(pointer(pointer(at, "branches"), b), "next"), unknownStep(branch.next())));
                }
            }
            if (step.defaultNext() != null && !byKey.containsKey(step.defaultNext())) {
                violations.add(new Violation(pointer(at, "defaultNext"), unknownStep(step.defaultNext())));
            }
        }
        if (violations.isEmpty()) {
            violations.addAll(flowViolations(byKey));
        }
        return violations;
    }

    private List<Violation> flowViolations(Map<String, Step> byKey) {
        Set<String> reachable = reachableFrom(first().key(), byKey);
        Set<String> canEnd = canReachAnEnd(byKey);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String key = steps.get(i).key();
            if (!reachable.contains(key)) {
                violations.add(new Violation(
                        pointer("/steps", i), "No path from the first step leads to the step '" + key + "'."));
            } else if (!canEnd.contains(key)) {
                violations.add(new Violation(
                        pointer("/steps", i),
                        "From the step '" + key + "' no path leads to an end: the role-play would loop for ever."));
            }
        }
        return violations;
    }

    private static Set<String> reachableFrom(String start, Map<String, Step> byKey) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String key = todo.pop();
            if (seen.add(key)) {
                byKey.get(key).targets().forEach(todo::push);
            }
        }
        return seen;
    }

    /** Steps that may end the role-play, and every step with a path to one of them. */
    private static Set<String> canReachAnEnd(Map<String, Step> byKey) {
        Map<String, List<String>> leadsHere = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (Step step : byKey.values()) {
            step.targets().forEach(target -> leadsHere
                    .computeIfAbsent(target, k -> new ArrayList<>())
                    .add(step.key()));
            if (step.defaultNext() == null) {
                todo.push(step.key());
            }
        }
        Set<String> canEnd = new HashSet<>();
        while (!todo.isEmpty()) {
            String key = todo.pop();
            if (canEnd.add(key)) {
                leadsHere.getOrDefault(key, List.of()).forEach(todo::push);
            }
        }
        return canEnd;
    }

    private static String unknownStep(String key) {
        return "There is no step '" + key + "' to go to.";
    }
}
