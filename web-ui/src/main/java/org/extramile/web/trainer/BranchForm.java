package org.extramile.web.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.extramile.scenario.Branch;

/**
 * A fork as the script form edits it: the criteria the answer must meet (at their top level, if in full) and must
 * not meet, and the next step.
 */
public class BranchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> whenMet;
    private List<String> whenNotMet;
    private boolean inFull;
    private String next;

    private BranchForm(List<String> whenMet, List<String> whenNotMet, boolean inFull, String next) {
        this.whenMet = new ArrayList<>(whenMet);
        this.whenNotMet = new ArrayList<>(whenNotMet);
        this.inFull = inFull;
        this.next = next;
    }

    static BranchForm of(Branch branch) {
        return new BranchForm(branch.whenMet(), branch.whenNotMet(), branch.inFull(), branch.next());
    }

    static BranchForm fresh() {
        return new BranchForm(List.of(), List.of(), false, null);
    }

    Branch toBranch() {
        return new Branch(whenMet, whenNotMet, inFull, next == null || next.isBlank() ? null : next);
    }

    public boolean isInFull() {
        return inFull;
    }

    public void setInFull(boolean inFull) {
        this.inFull = inFull;
    }

    public List<String> getWhenMet() {
        return whenMet;
    }

    public void setWhenMet(List<String> whenMet) {
        this.whenMet = whenMet == null ? new ArrayList<>() : new ArrayList<>(whenMet);
    }

    public List<String> getWhenNotMet() {
        return whenNotMet;
    }

    public void setWhenNotMet(List<String> whenNotMet) {
        this.whenNotMet = whenNotMet == null ? new ArrayList<>() : new ArrayList<>(whenNotMet);
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
