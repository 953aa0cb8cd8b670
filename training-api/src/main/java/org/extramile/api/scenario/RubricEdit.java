package org.extramile.api.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.extramile.rubric.Criterion;
import org.extramile.rubric.Rubric;

/** A change to the rubric draft, made on the {@code version} the author read. */
public record RubricEdit(
        @NotNull(message = "Send the version of the draft you edited.") Long version,
        @NotNull(message = "A rubric needs its criteria (an empty list is fine).")
                @Size(max = 30, message = "A rubric has at most 30 criteria.")
                List<@NotNull(message = "A criterion cannot be empty.") @Valid Criterion> criteria) {

    Rubric rubric() {
        return new Rubric(criteria);
    }
}
