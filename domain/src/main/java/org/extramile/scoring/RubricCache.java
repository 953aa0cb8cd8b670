package org.extramile.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiled rubrics by version id, the least recently used dropped first. A rubric given under a known id but with
 * different content is compiled again, so a draft edited in place never scores with stale exemplars.
 */
final class RubricCache {

    private final Map<String, CompiledRubric> entries;

    RubricCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompiledRubric> eldest) {
                return size() > capacity;
            }
        };
    }

    CompiledRubric get(ScoringRubric rubric, Function<ScoringRubric, CompiledRubric> compiler) {
        synchronized (entries) {
            CompiledRubric cached = entries.get(rubric.id());
            if (cached != null && cached.rubric().equals(rubric)) {
                return cached;
            }
        }
        CompiledRubric compiled = compiler.apply(rubric);
        synchronized (entries) {
            entries.put(rubric.id(), compiled);
        }
        return compiled;
    }
}
