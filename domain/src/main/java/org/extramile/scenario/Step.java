package org.extramile.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.extramile.shared.Lists;

/**
 * One moment of the role-play: what the customer says (and does), which the trainee answers. The
 * branches choose the next step from what the answer met; without a match, {@code defaultNext};
 * with neither, the role-play ends here.
 */
public record Step(
        @NotBlank(message = "A step needs a key.")
                @Size(max = Limits.KEY, message = "A step's key is at most 60 characters.")
                @Pattern(regexp = Limits.KEY_PATTERN, message = "A step's key is lowercase words joined by dashes.")
                String key,
        @NotBlank(message = "A step needs the customer's line.")
                @Size(max = Limits.TEXT, message = "A customer's line is at most 2000 characters.")
                String customerLine,
        @Size(max = Limits.TEXT, message = "A stage direction is at most 2000 characters.") String stageDirection,
        @Size(max = 10, message = "A step has at most 10 branches.") List<@Valid Branch> branches,
        String defaultNext)
        implements Serializable {

    public Step {
        branches = Lists.frozen(branches);
    }

    // Not isEnd(): JSON-B would write it into every stored script as a property.
    public boolean ends() {
        return branches.isEmpty() && defaultNext == null;
    }

    /**
     * Where an answer that met these criteria, and these at their top level, leads: the first branch it takes, else
     * the default way on.
     */
    public Route route(Set<String> met, Set<String> metInFull) {
        return branches.stream()
                .filter(branch -> branch.takenWhen(met, metInFull))
                .findFirst()
                .map(branch -> new Route(branch, branch.next()))
                .orElseGet(() -> new Route(null, defaultNext));
    }

    /** Every step this one can lead to. */
    Stream<String> targets() {
        return Stream.concat(branches.stream().map(Branch::next), Stream.ofNullable(defaultNext));
    }
}
