package org.extramile.rubric;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.extramile.scenario.ScriptChanges;

/**
 * A published version and what it changed from the one before: the pass mark (null if the same), the steps of the
 * script added, removed and changed, and the criteria changed. The first version changes nothing: there was none before.
 */
public record VersionChanges(
        int number,
        Instant publishedAt,
        String publishedBy,
        double passMark,
        Double passMarkBefore,
        List<String> stepsAdded,
        List<String> stepsRemoved,
        List<String> stepsChanged,
        List<RubricChanges.CriterionChange> criteria)
        implements Serializable {

    public VersionChanges {
        stepsAdded = List.copyOf(stepsAdded);
        stepsRemoved = List.copyOf(stepsRemoved);
        stepsChanged = List.copyOf(stepsChanged);
        criteria = List.copyOf(criteria);
    }

    public boolean first() {
        return number == 1;
    }

    public boolean unchanged() {
        return passMarkBefore == null
                && stepsAdded.isEmpty()
                && stepsRemoved.isEmpty()
                && stepsChanged.isEmpty()
                && criteria.isEmpty();
    }

    static VersionChanges of(RubricVersion before, RubricVersion version) {
        if (before == null) {
            return new VersionChanges(
                    version.number(),
                    version.publishedAt(),
                    version.publishedBy(),
                    version.passMark(),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        ScriptChanges script = ScriptChanges.between(before.script(), version.script());
        return new VersionChanges(
                version.number(),
                version.publishedAt(),
                version.publishedBy(),
                version.passMark(),
                before.passMark() == version.passMark() ? null : before.passMark(),
                script.stepsAdded(),
                script.stepsRemoved(),
                script.stepsChanged(),
                RubricChanges.between(before.rubric(), version.rubric()));
    }
}
