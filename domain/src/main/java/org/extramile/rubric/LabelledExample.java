package org.extramile.rubric;

import static org.extramile.shared.Violation.pointer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.extramile.scenario.Script;
import org.extramile.shared.Violation;

/**
 * An answer to one step with the level a trainer gave it on some criteria, by criterion key and level name: a "this
 * verdict is wrong" sent from preview, or an example a scenario pack carries with its rubric.
 */
public record LabelledExample(String step, String text, Map<String, String> levels) {

    public LabelledExample {
        levels = levels == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    /** What keeps the example from labelling this rubric, each problem at its JSON pointer under {@code at}. */
    public List<Violation> violations(Rubric rubric, Script script, int maxLength, String at) {
        List<Violation> violations = new ArrayList<>();
        if (step == null || script.step(step).isEmpty()) {
            violations.add(new Violation(pointer(at, "step"), script.noSuchStep(step)));
        }
        if (text == null || text.isBlank()) {
            violations.add(new Violation(pointer(at, "text"), "Give the answer that the levels are for."));
        } else if (text.length() > maxLength) {
            violations.add(new Violation(
                    pointer(at, "text"),
                    "An answer is at most " + maxLength + " characters, not " + text.length() + "."));
        }
        if (levels.isEmpty()) {
            violations.add(new Violation(
                    pointer(at, "levels"), "Set at least one criterion's level: {\"criterion-key\": \"level\"}."));
        }
        levels.forEach((key, level) -> violation(rubric, key, level, pointer(pointer(at, "levels"), key))
                .ifPresent(violations::add));
        return violations;
    }

    private Optional<Violation> violation(Rubric rubric, String key, String level, String at) {
        Optional<Criterion> criterion = rubric.criteria().stream()
                .filter(c -> c.key().equals(key) && c.appliesTo(step))
                .findFirst();
        if (criterion.isEmpty()) {
            return Optional.of(
                    new Violation(at, "The rubric has no criterion '" + key + "' for the step '" + step + "'."));
        }
        List<String> names = criterion.get().levels().stream().map(Level::name).toList();
        if (level == null || !names.contains(level)) {
            return Optional.of(
                    new Violation(at, "'" + level + "' is not a level of '" + key + "': use one of " + names + "."));
        }
        return Optional.empty();
    }
}
