package org.collateralfinder.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counts finished items and reports {@link Progress} to a listener at most every
 * {@code intervalMillis}, with the rate of the last {@link #WINDOW_SECONDS} seconds and the time left at
 * that rate. The clock starts when the first item is finished (starting the workers is not a rate), and
 * there is no estimate until {@link #SETTLE_SECONDS} seconds of finished items have been seen: a run's
 * first seconds would promise three times its length. Nor until a tenth of the items, or {@link #SETTLE_ITEMS} of
 * them, are finished: the first few files of a long run come slowly (workers warming up, large files first), and
 * "4 of 781 files read · about 46 min left" was said of a run that took 4.5 min (window re-test 22, F8).
 */
public final class ProgressMeter {

    private final ProgressListener listener;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong lastReport;
    static final double WINDOW_SECONDS = 10;
    static final double SETTLE_SECONDS = 2;
    static final long SETTLE_ITEMS = 20;
    private final List<long[]> samples = new ArrayList<>();
    private long firstDone = -1;

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

    private synchronized Progress snapshot(long d, long now, String current) {
        long t = Math.max(total.get(), d);
        if (d == 0) {
            return new Progress(d, t, current, 0, null);
        }
        if (firstDone < 0) {
            firstDone = now;
            samples.addLast(new long[] {now, d});
            return new Progress(d, t, current, 0, null);
        }
        samples.addLast(new long[] {now, d});
        while (samples.size() > 2 && (now - samples.get(1)[0]) / 1e9 >= WINDOW_SECONDS) {
            samples.removeFirst();
        }
        long[] from = samples.getFirst();
        double seconds = (now - from[0]) / 1e9;
        double rate = seconds > 0 ? (d - from[1]) / seconds : 0;
        boolean settled = (now - firstDone) / 1e9 >= SETTLE_SECONDS && d >= Math.max(2, Math.min(SETTLE_ITEMS, t / 10));
        Duration left = settled && rate > 0 ? Duration.ofMillis((long) ((t - d) / rate * 1000)) : null;
        return new Progress(d, t, current, rate, left);
    }
}
