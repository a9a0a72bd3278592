package org.collateralfinder.task;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cancel flag checked by every loop over files. Cancelling never interrupts a thread doing I/O,
 * so Lucene and H2 are never left half-written.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
