package org.extramile.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Long work a person starts and then watches: it runs on a background thread under its cluster lock, and the
 * request that started it is answered as soon as the work says it has started (its record written, for anyone to
 * follow), or with the work's refusal if it fails before that. The rest runs on after the answer.
 */
@ApplicationScoped
public class BackgroundStart {

    private static final Logger LOG = Logger.getLogger(BackgroundStart.class.getName());

    @Resource
    ManagedExecutorService background;

    @Inject
    ClusterSingleRun cluster;

    /**
     * Runs {@code work} under the lock {@code lock}; {@code work} hands what the caller gets to the consumer it is
     * given once it has started. If another run holds the lock, the caller gets {@code busy}'s exception.
     */
    public <T> T start(String lock, Consumer<Consumer<T>> work, Supplier<RuntimeException> busy) {
        CompletableFuture<T> started = new CompletableFuture<>();
        background.execute(() -> {
            try {
                if (!cluster.runIfFree(lock, () -> work.accept(started::complete))) {
                    started.completeExceptionally(busy.get());
                }
                started.completeExceptionally(new IllegalStateException(lock + " ended without saying it started"));
            } catch (RuntimeException e) {
                if (!started.completeExceptionally(e)) {
                    LOG.log(Level.SEVERE, lock + " failed after it started", e);
                }
            }
        });
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
