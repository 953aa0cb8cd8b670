package org.extramile.web.trainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.extramile.rubric.RubricChanges;
import org.extramile.web.shared.Texts;

/** A rubric's and a script's changes in words, as the version history and a library update list them. */
@Named
@ApplicationScoped
public class ChangeWords {

    /** Steps (or other keys) in a sentence: "not-on-shelf, they-have-it". */
    public String listed(List<String> keys) {
        return String.join(", ", keys);
    }

    /** What of a criterion changed: "title, levels and points". */
    public String aspects(RubricChanges.CriterionChange change) {
        return change.aspects().stream()
                .map(aspect -> Texts.text("versions.aspect." + aspect.name()))
                .collect(Collectors.joining(", "));
    }
}
