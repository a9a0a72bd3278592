package org.collateralfinder.gui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A stand-in for the FX thread in view-model tests without a toolkit: one thread on which all view-model
 * state changes, and waiting for a condition read on that thread.
 */
public final class UiThread implements Executor, AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("test-ui").daemon()
            .factory());

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    /** Reads a value on the UI thread. */
    public <T> T read(Supplier<T> value) {
        try {
            return thread.submit(value::get).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an action on the UI thread and waits for it. */
    public void run(Runnable action) {
        read(() -> {
            action.run();
            return true;
        });
    }

    public void await(String what, Duration limit, Supplier<Boolean> condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (read(condition)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what);
            }
        }
        throw new AssertionError("Timed out waiting until " + what);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
