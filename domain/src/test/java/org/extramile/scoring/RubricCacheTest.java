package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RubricCacheTest {

    @Test
    void shouldCompileARubricOnceWhenManyAnswersAskForItAtTheSameTime() throws Exception {
        RubricCache cache = new RubricCache(4);
        ScoringRubric rubric = new ScoringRubric("r-1", List.of());
        AtomicInteger compilations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);

        List<Future<CompiledRubric>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(callers.submit(() -> cache.get(rubric, (r, previous) -> {
                compilations.incrementAndGet();
                await(release);
                return null;
            })));
        }
        Thread.sleep(200);
        release.countDown();
        for (Future<CompiledRubric> result : results) {
            result.get(10, TimeUnit.SECONDS);
        }
        callers.shutdown();

        assertThat(compilations).hasValue(1);
    }

    @Test
    void shouldHandTheLastCompilationUnderAnIdToTheCompilationOfItsNewContent() {
        RubricCache cache = new RubricCache(4);
        ScoringRubric first = new ScoringRubric("draft-1", List.of());
        ScoringRubric edited = new ScoringRubric("draft-1", List.of(criterion()));
        CompiledRubric compiled = new CompiledRubric(first, Map.of(), Map.of());
        List<Optional<CompiledRubric>> handed = new ArrayList<>();

        cache.get(first, (r, previous) -> {
            handed.add(previous);
            return compiled;
        });
        cache.get(edited, (r, previous) -> {
            handed.add(previous);
            return new CompiledRubric(edited, Map.of(), Map.of());
        });

        assertThat(handed).containsExactly(Optional.empty(), Optional.of(compiled));
    }

    private static CriterionSpec criterion() {
        return new CriterionSpec(
                "c",
                "C",
                CriterionKind.SCORED,
                List.of("s"),
                List.of(new LevelSpec("no", 0, List.of()), new LevelSpec("yes", 1, List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
