package org.extramile.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.extramile.rubric.RubricAuthoring;
import org.extramile.rubric.RubricSelfCheck;
import org.extramile.web.shared.Failures;

/** "Check the rubric against its own examples": the saved draft scored on its exemplars and counter-examples. */
@Named
@ViewScoped
public class SelfCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RubricAuthoring rubrics;

    @Inject
    RubricEditor editor;

    private List<RubricSelfCheck.Finding> findings;

    public void check() {
        try {
            findings = rubrics.selfCheck(editor.getSlug());
        } catch (RuntimeException refused) {
            findings = null;
            Failures.report(refused);
        }
    }

    /** Null until checked. */
    public List<RubricSelfCheck.Finding> getFindings() {
        return findings;
    }
}
