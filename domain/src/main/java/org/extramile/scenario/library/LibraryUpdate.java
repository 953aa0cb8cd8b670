package org.extramile.scenario.library;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.extramile.rubric.RubricChanges.CriterionChange;
import org.extramile.scenario.ScriptChanges;

/**
 * How the library's edition of an installed scenario differs from the scenario and its draft rubric: what a trainer
 * reads before loading it. The versions it was compared with are the ones a load must name, so that a load never
 * overwrites an edit saved since.
 *
 * @param installedAt when the library seeded the scenario here
 * @param textsChanged whether the title, summary, source story or pass mark differ
 * @param script what differs in the situation, the customer and the steps
 * @param criteria the criteria the library's rubric adds, changes or drops, against the draft
 * @param newExamples the library's labelled answers the draft lacks, or labels otherwise
 */
public record LibraryUpdate(
        String slug,
        String title,
        Instant installedAt,
        boolean textsChanged,
        ScriptChanges script,
        List<CriterionChange> criteria,
        int newExamples,
        long scenarioVersion,
        long rubricVersion)
        implements Serializable {

    public LibraryUpdate {
        criteria = List.copyOf(criteria);
    }

    boolean changesNothing() {
        return !textsChanged && script.none() && criteria.isEmpty() && newExamples == 0;
    }
}
