package org.extramile.scenario.library;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.extramile.rubric.RubricChanges.CriterionChange;

/**
 * What of the library's edition a trainer takes: the texts (title, summary, source story, pass mark), the script
 * (situation, customer and steps, which hang together), some of the criteria it adds, changes or drops, and its
 * labelled answers. What is not taken stays as the installation has it.
 *
 * @param criteria the keys of the criterion changes taken
 */
public record LibraryParts(boolean texts, boolean script, Set<String> criteria, boolean labelledAnswers)
        implements Serializable {

    public LibraryParts {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
    }

    /** Everything the update changes: the whole edition. */
    public static LibraryParts all(LibraryUpdate update) {
        return new LibraryParts(
                update.textsChanged(),
                !update.script().none(),
                new TreeSet<>(
                        update.criteria().stream().map(CriterionChange::key).toList()),
                update.newExamples() > 0);
    }

    boolean nothing() {
        return !texts && !script && criteria.isEmpty() && !labelledAnswers;
    }
}
