package org.extramile.scenario.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extramile.rubric.Criterion;

/**
 * A draft's criteria with some of the library's changes taken: a changed criterion replaced where it stands, a
 * dropped one removed, an added one put after the library's criterion before it (or first). Pure, so the rule is
 * tested on its own.
 */
final class CriterionPicks {

    private CriterionPicks() {}

    static List<Criterion> merge(List<Criterion> draft, List<Criterion> library, Set<String> taken) {
        Map<String, Criterion> offered =
                library.stream().collect(Collectors.toMap(Criterion::key, Function.identity()));
        List<Criterion> merged = new ArrayList<>();
        for (Criterion own : draft) {
            if (!taken.contains(own.key())) {
                merged.add(own);
            } else if (offered.containsKey(own.key())) {
                merged.add(offered.get(own.key()));
            }
        }
        for (int i = 0; i < library.size(); i++) {
            Criterion added = library.get(i);
            if (taken.contains(added.key()) && indexOf(merged, added.key()) < 0) {
                merged.add(after(merged, library.subList(0, i)), added);
            }
        }
        return merged;
    }

    /** Just after the last of these library criteria the merged list holds; at the start if it holds none. */
    private static int after(List<Criterion> merged, List<Criterion> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            int at = indexOf(merged, before.get(i).key());
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }

    private static int indexOf(List<Criterion> criteria, String key) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
