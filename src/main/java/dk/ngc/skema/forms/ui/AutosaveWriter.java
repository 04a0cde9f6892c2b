package dk.ngc.skema.forms.ui;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs autosave writes off the request that carried the keystroke, so that typing never waits for the database
 * (a write is a commit with its history row; on a busy database that is tens of milliseconds, and a person types
 * every few hundred). The writer runs as the person who typed. Views apply the outcome under their session's lock.
 *
 * <p>{@code skema.autosave.background=false} runs each write in the caller's thread (the tests that step
 * through autosave one request at a time); the tests of the background path turn it on.
 */
@Component
public class AutosaveWriter {

    private final ExecutorService background;
    private final Executor executor;

    AutosaveWriter(@Value("${skema.autosave.background:true}") boolean inBackground) {
        // Virtual threads: a write mostly waits for MariaDB; the connection pool bounds how many write at once.
        background = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("autosave-", 0).factory());
        executor = inBackground ? background : Runnable::run;
    }

    /** Starts a write as the current user; the future holds its result or its exception. */
    <T> CompletableFuture<T> write(Supplier<T> write) {
        SecurityContext context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                return write.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }, executor);
    }

    /** At shutdown, writes already started are let finish: they hold what people typed last. */
    @PreDestroy
    void finishWrites() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
