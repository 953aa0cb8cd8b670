package org.extramile.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A rubric as the scorer reads it: the port the rubric model adapts to. {@code id} names one frozen version
 * (e.g. "free-upgrade@3"); the scorer caches the rubric's embedded exemplars under it.
 */
public record ScoringRubric(String id, List<CriterionSpec> criteria) {

    public ScoringRubric {
        Objects.requireNonNull(id, "A rubric needs an id that names its version.");
        criteria = List.copyOf(criteria);
    }

    public List<CriterionSpec> criteriaFor(String stepKey) {
        return criteria.stream().filter(c -> c.appliesTo(stepKey)).toList();
    }
}
