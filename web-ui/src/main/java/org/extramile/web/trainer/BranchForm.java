package org.extramile.web.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.extramile.scenario.Branch;

/**
 * A fork as the script form edits it: the criteria the answer must meet, those of them (or others) it must meet in
 * full, at their top level, those it must not meet, and the next step.
 */
public class BranchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> whenMet;
    private List<String> whenMetInFull;
    private List<String> whenNotMet;
    private String next;

    private BranchForm(List<String> whenMet, List<String> whenMetInFull, List<String> whenNotMet, String next) {
        this.whenMet = new ArrayList<>(whenMet);
        this.whenMetInFull = new ArrayList<>(whenMetInFull);
        this.whenNotMet = new ArrayList<>(whenNotMet);
        this.next = next;
    }

    static BranchForm of(Branch branch) {
        return new BranchForm(branch.whenMet(), branch.whenMetInFull(), branch.whenNotMet(), branch.next());
    }

    static BranchForm fresh() {
        return new BranchForm(List.of(), List.of(), List.of(), null);
    }

    Branch toBranch() {
        return new Branch(whenMet, whenNotMet, null, whenMetInFull, next == null || next.isBlank() ? null : next);
    }

    public List<String> getWhenMet() {
        return whenMet;
    }

    public void setWhenMet(List<String> whenMet) {
        this.whenMet = whenMet == null ? new ArrayList<>() : new ArrayList<>(whenMet);
    }

    public List<String> getWhenMetInFull() {
        return whenMetInFull;
    }

    public void setWhenMetInFull(List<String> whenMetInFull) {
        this.whenMetInFull = whenMetInFull == null ? new ArrayList<>() : new ArrayList<>(whenMetInFull);
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
