package org.extramile.scenario;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.extramile.shared.Lists;

/**
 * A fork in the role-play: taken when the answer met every criterion in {@code whenMet}, those in
 * {@code whenMetInFull} at their top level (a customer who answers "they've got it!" needs the call made, not "you
 * could ring them", though a kind word in part may do), and none in {@code whenNotMet}. {@code inFull} asks every
 * criterion of {@code whenMet} in full, as scripts written before the choice was made criterion by criterion do; read
 * back, it says whether every one is. Left out, both read as none in full.
 */
public record Branch(
        @Size(max = 10, message = "A branch names at most 10 criteria it needs.") List<@NotBlank String> whenMet,
        @Size(max = 10, message = "A branch names at most 10 criteria it must not see.")
                List<@NotBlank String> whenNotMet,
        Boolean inFull,
        @Size(max = 10, message = "A branch names at most 10 criteria it needs in full.")
                List<@NotBlank String> whenMetInFull,
        @NotBlank(message = "A branch needs the key of the step it leads to.") String next)
        implements Serializable {

    public Branch {
        whenMet = Lists.frozen(whenMet);
        whenNotMet = Lists.frozen(whenNotMet);
        // In whenMet's order, then the others as written: the same branch however it was written.
        List<String> asked = Lists.frozen(whenMetInFull);
        boolean all = Boolean.TRUE.equals(inFull);
        List<String> full = new ArrayList<>(
                whenMet.stream().filter(key -> all || asked.contains(key)).toList());
        asked.stream().filter(key -> !full.contains(key)).forEach(full::add);
        whenMetInFull = List.copyOf(full);
        inFull = !whenMet.isEmpty() && whenMetInFull.containsAll(whenMet);
    }

    /** Whether an answer that met these criteria, and these at their top level, takes this branch. */
    public boolean takenWhen(Set<String> met, Set<String> metInFull) {
        return met.containsAll(whenMet)
                && metInFull.containsAll(whenMetInFull)
                && whenNotMet.stream().noneMatch(met::contains);
    }

    /** Every criterion the branch needs, in full or not: those of {@code whenMet}, then those asked in full only. */
    public List<String> needed() {
        List<String> keys = new ArrayList<>(whenMet);
        whenMetInFull.stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        return keys;
    }
}
