package org.extramile.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;

/**
 * Compiled rubrics by version id, the least recently used dropped first. A rubric given under a known id but with
 * different content is compiled again, so a draft edited in place never scores with stale exemplars. A rubric is
 * compiled once however many answers ask for it at the same time: the others wait for that compilation rather than
 * each embedding every exemplar again (fifty trainees starting together once made fifty compilations). A draft edited
 * in place embeds only the texts that changed.
 */
final class RubricCache {

    private record Entry(ScoringRubric rubric, CompletableFuture<CompiledRubric> compiled) {}

    private final Map<String, Entry> entries;

    RubricCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param compiler compiles a rubric, given the last compilation under its id if there was one: what it embedded
     *     need not be embedded again
     */
    CompiledRubric get(
            ScoringRubric rubric, BiFunction<ScoringRubric, Optional<CompiledRubric>, CompiledRubric> compiler) {
        Entry entry;
        Optional<CompiledRubric> previous = Optional.empty();
        boolean compileHere = false;
        synchronized (entries) {
            entry = entries.get(rubric.id());
            if (entry == null || !entry.rubric().equals(rubric)) {
                if (entry != null
                        && entry.compiled().isDone()
                        && !entry.compiled().isCompletedExceptionally()) {
                    previous = Optional.of(entry.compiled().join());
                }
                entry = new Entry(rubric, new CompletableFuture<>());
                entries.put(rubric.id(), entry);
                compileHere = true;
            }
        }
        if (compileHere) {
            try {
                entry.compiled().complete(compiler.apply(rubric, previous));
            } catch (RuntimeException | Error e) {
                synchronized (entries) {
                    entries.remove(rubric.id(), entry);
                }
                entry.compiled().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.compiled().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
