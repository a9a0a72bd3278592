package org.collateralfinder.gui.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the last of a burst of submissions once the burst has been quiet for a delay, on the UI
 * executor. {@link #immediate()} runs every submission at once, for tests.
 */
public final class Debouncer {

    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final Executor ui;
    private ScheduledFuture<?> pending;

    public Debouncer(ScheduledExecutorService scheduler, Duration delay, Executor ui) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.ui = ui;
    }

    /** A debouncer that runs each submission immediately on the calling thread. */
    public static Debouncer immediate() {
        return new Debouncer(null, Duration.ZERO, Runnable::run);
    }

    public synchronized void submit(Runnable action) {
        if (scheduler == null) {
            action.run();
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(() -> ui.execute(action), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
