package org.extramile.scenario;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.extramile.shared.Lists;

/**
 * A fork in the role-play: taken when the answer met every criterion in {@code whenMet} (at its top level, when
 * {@code inFull}: a customer who answers "they've got it!" needs the call made, not "you could ring them") and none
 * in {@code whenNotMet}. {@code inFull} left out reads as false, as in scripts written before it existed.
 */
public record Branch(
        @Size(max = 10, message = "A branch names at most 10 criteria it needs.") List<@NotBlank String> whenMet,
        @Size(max = 10, message = "A branch names at most 10 criteria it must not see.")
                List<@NotBlank String> whenNotMet,
        Boolean inFull,
        @NotBlank(message = "A branch needs the key of the step it leads to.") String next)
        implements Serializable {

    public Branch {
        whenMet = Lists.frozen(whenMet);
        whenNotMet = Lists.frozen(whenNotMet);
        inFull = Boolean.TRUE.equals(inFull);
    }

    /** Whether an answer that met these criteria, and these at their top level, takes this branch. */
    public boolean takenWhen(Set<String> met, Set<String> metInFull) {
        return (inFull ? metInFull : met).containsAll(whenMet)
                && whenNotMet.stream().noneMatch(met::contains);
    }
}
