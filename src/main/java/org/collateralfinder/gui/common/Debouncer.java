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
    /** The number of the last submission (or cancel): only that one runs. */
    private long latest;

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
        long mine = ++latest;
        pending = scheduler.schedule(() -> ui.execute(() -> {
            if (isLatest(mine)) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the submission still waiting, even one already handed to the UI executor. */
    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        latest++;
    }

    private synchronized boolean isLatest(long submission) {
        return submission == latest;
    }
}
