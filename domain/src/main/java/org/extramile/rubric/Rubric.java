package org.extramile.rubric;

import static org.extramile.shared.Violation.pointer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.extramile.scenario.Branch;
import org.extramile.scenario.Script;
import org.extramile.scenario.Step;
import org.extramile.shared.Lists;
import org.extramile.shared.Violation;

/** The criteria of one scenario. A value: edits make a new rubric. */
public record Rubric(
        @NotNull(message = "A rubric needs its criteria (an empty list is fine for a new draft).")
                @Size(max = 30, message = "A rubric has at most 30 criteria.")
                List<@NotNull(message = "A criterion cannot be empty.") @Valid Criterion> criteria) {

    public Rubric {
        criteria = Lists.frozen(criteria);
    }

    public static Rubric empty() {
        return new Rubric(List.of());
    }

    public List<Criterion> appliesTo(String step) {
        return criteria.stream().filter(criterion -> criterion.appliesTo(step)).toList();
    }

    /**
     * The rules a rubric keeps with its script: unique keys, levels starting at 0 points and rising,
     * steps that exist, and every criterion a branch of the script asks about present.
     */
    public List<Violation> violations(Script script) {
        List<Violation> violations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> stepKeys = script.stepKeys();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String at = pointer("/criteria", i);
            if (criterion.key() != null && !keys.add(criterion.key())) {
                violations.add(new Violation(
                        pointer(at, "key"), "Another criterion already has the key '" + criterion.key() + "'."));
            }
            violations.addAll(levelViolations(criterion.levels(), pointer(at, "levels")));
            for (int s = 0; s < criterion.steps().size(); s++) {
                String step = criterion.steps().get(s);
                if (!stepKeys.contains(step)) {
                    violations.add(new Violation(pointer(pointer(at, "steps"), s), script.noSuchStep(step)));
                }
            }
        }
        for (Step step : script.steps()) {
            for (Branch branch : step.branches()) {
                for (String needed : concat(branch.needed(), branch.whenNotMet())) {
                    if (!keys.contains(needed)) {
                        violations.add(new Violation(
                                "/criteria",
                                "The step '" + step.key() + "' branches on the criterion '" + needed
                                        + "', which the rubric does not have."));
                    }
                }
            }
        }
        return violations;
    }

    private static List<Violation> levelViolations(List<Level> levels, String at) {
        List<Violation> violations = new ArrayList<>();
        if (!levels.isEmpty() && levels.get(0) != null && levels.get(0).points() != 0) {
            violations.add(new Violation(
                    pointer(pointer(at, 0), "points"), "The first level is worth 0 points: it is 'not shown'."));
        }
        if (!levels.isEmpty()
                && levels.get(0) != null
                && !levels.get(0).indicators().isEmpty()) {
            violations.add(new Violation(
                    pointer(pointer(at, 0), "indicators"),
                    "The first level is what an answer gets without a word: words that must not count are "
                            + "counter-examples."));
        }
        for (int l = 1; l < levels.size(); l++) {
            Level previous = levels.get(l - 1);
            Level level = levels.get(l);
            if (previous != null && level != null && level.points() <= previous.points()) {
                violations.add(new Violation(
                        pointer(pointer(at, l), "points"),
                        "Levels rise: '" + level.name() + "' must be worth more than '" + previous.name() + "' ("
                                + previous.points() + " points)."));
            }
        }
        return violations;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
