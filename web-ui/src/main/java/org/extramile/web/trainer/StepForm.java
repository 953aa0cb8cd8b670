package org.extramile.web.trainer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.extramile.scenario.Branch;
import org.extramile.scenario.Step;
import org.extramile.scenario.StepView;

/**
 * A step as the script form edits it: its texts, its branches and where it goes otherwise. A step already
 * saved keeps its key, because rubric criteria and attempts name it; a new step gets one from its author.
 */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private final boolean saved;
    private String customerLine;
    private String stageDirection;
    private final List<BranchForm> branches;
    /** The step that follows when no branch is taken; blank when the role-play ends here. */
    private String defaultNext;

    private StepForm(
            String key,
            boolean saved,
            String customerLine,
            String stageDirection,
            List<BranchForm> branches,
            String defaultNext) {
        this.key = key;
        this.saved = saved;
        this.customerLine = customerLine;
        this.stageDirection = stageDirection;
        this.branches = branches;
        this.defaultNext = defaultNext;
    }

    static StepForm of(StepView step) {
        return new StepForm(
                step.key(),
                true,
                step.customerLine(),
                step.stageDirection(),
                step.branches().stream().map(BranchForm::of).collect(Collectors.toCollection(ArrayList::new)),
                step.defaultNext());
    }

    static StepForm fresh() {
        return new StepForm(null, false, null, null, new ArrayList<>(), null);
    }

    Step toStep() {
        List<Branch> chosen = branches.stream().map(BranchForm::toBranch).toList();
        return new Step(blankToNull(key), customerLine, blankToNull(stageDirection), chosen, blankToNull(defaultNext));
    }

    void addBranch() {
        branches.add(BranchForm.fresh());
    }

    void removeBranch(BranchForm branch) {
        branches.remove(branch);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        if (!saved) {
            this.key = key;
        }
    }

    public boolean isSaved() {
        return saved;
    }

    public String getCustomerLine() {
        return customerLine;
    }

    public void setCustomerLine(String customerLine) {
        this.customerLine = customerLine;
    }

    public String getStageDirection() {
        return stageDirection;
    }

    public void setStageDirection(String stageDirection) {
        this.stageDirection = stageDirection;
    }

    public List<BranchForm> getBranches() {
        return branches;
    }

    public String getDefaultNext() {
        return defaultNext;
    }

    public void setDefaultNext(String defaultNext) {
        this.defaultNext = defaultNext;
    }
}
