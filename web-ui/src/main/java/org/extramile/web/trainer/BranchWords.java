package org.extramile.web.trainer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.extramile.scenario.Branch;
import org.extramile.web.shared.Texts;

/** A branch's criteria in words, by title: for the flow of a script and the way a tried answer would go on. */
final class BranchWords {

    private BranchWords() {}

    /** What the branch needs met, those in full said so: “Offers to phone” in full and “Is kind”. */
    static String met(Branch branch, Map<String, String> titles) {
        return branch.needed().stream()
                .map(key -> branch.whenMetInFull().contains(key)
                        ? Texts.text("flow.inFull", quoted(key, titles))
                        : quoted(key, titles))
                .collect(Collectors.joining(Texts.text("flow.and")));
    }

    /** What the branch needs not met. */
    static String notMet(Branch branch, Map<String, String> titles) {
        return titles(branch.whenNotMet(), titles);
    }

    private static String titles(List<String> keys, Map<String, String> titles) {
        return keys.stream().map(key -> quoted(key, titles)).collect(Collectors.joining(Texts.text("flow.and")));
    }

    private static String quoted(String key, Map<String, String> titles) {
        return Texts.text("flow.criterion", titles.getOrDefault(key, key));
    }
}
