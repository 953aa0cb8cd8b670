package org.extramile.scenario;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.extramile.shared.Lists;

/**
 * A fork in the role-play: taken when the answer met every criterion in {@code whenMet} and none
 * in {@code whenNotMet}.
 */
public record Branch(
        @Size(max = 10, message = "A branch names at most 10 criteria it needs.") List<@NotBlank String> whenMet,
        @Size(max = 10, message = "A branch names at most 10 criteria it must not see.")
                List<@NotBlank String> whenNotMet,
        @NotBlank(message = "A branch needs the key of the step it leads to.") String next)
        implements Serializable {

    public Branch {
        whenMet = Lists.frozen(whenMet);
        whenNotMet = Lists.frozen(whenNotMet);
    }

    public boolean takenWhen(Set<String> metCriteria) {
        return metCriteria.containsAll(whenMet) && whenNotMet.stream().noneMatch(metCriteria::contains);
    }
}
