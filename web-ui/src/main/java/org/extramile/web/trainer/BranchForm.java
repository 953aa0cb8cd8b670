package org.extramile.web.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.extramile.scenario.Branch;

/** A fork as the script form edits it: the criteria the answer must meet and must not meet, and the next step. */
public class BranchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> whenMet;
    private List<String> whenNotMet;
    private String next;

    private BranchForm(List<String> whenMet, List<String> whenNotMet, String next) {
        this.whenMet = new ArrayList<>(whenMet);
        this.whenNotMet = new ArrayList<>(whenNotMet);
        this.next = next;
    }

    static BranchForm of(Branch branch) {
        return new BranchForm(branch.whenMet(), branch.whenNotMet(), branch.next());
    }

    static BranchForm fresh() {
        return new BranchForm(List.of(), List.of(), null);
    }

    Branch toBranch() {
        return new Branch(whenMet, whenNotMet, next == null || next.isBlank() ? null : next);
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
