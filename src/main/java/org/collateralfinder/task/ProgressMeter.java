package org.collateralfinder.task;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts finished items and reports {@link Progress} to a listener at most every
 * {@code intervalMillis}, with a rate and time left from the whole run so far.
 */
public final class ProgressMeter {

    private final ProgressListener listener;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong lastReport;

    public ProgressMeter(ProgressListener listener, long intervalMillis) {
        this(listener, intervalMillis, System::nanoTime);
    }

    ProgressMeter(ProgressListener listener, long intervalMillis, LongSupplier clock) {
        this.listener = listener;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastReport = new AtomicLong(start - intervalNanos); // the first item is reported at once
    }

    public void setTotal(long value) {
        total.set(value);
    }

    /** One more item finished; reports if the interval has passed. */
    public void advance(String current) {
        long d = done.incrementAndGet();
        long now = clock.getAsLong();
        long last = lastReport.get();
        if (now - last >= intervalNanos && lastReport.compareAndSet(last, now)) {
            listener.onProgress(snapshot(d, now, current));
        }
    }

    /** Reports the final state regardless of the interval. */
    public void finish(String current) {
        listener.onProgress(snapshot(done.get(), clock.getAsLong(), current));
    }

    public long done() {
        return done.get();
    }

    private Progress snapshot(long d, long now, String current) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = d / seconds;
        long t = Math.max(total.get(), d);
        Duration left = rate > 0 && d > 0 ? Duration.ofMillis((long) ((t - d) / rate * 1000)) : null;
        return new Progress(d, t, current, rate, left);
    }
}
