package org.collateralfinder.sources;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Whether a source folder (a local folder or a mounted share) can be reached right now, checked with
 * {@link Reachability}'s time limit. Checks touch the file system, so call this on a background thread
 * only. Answers are remembered for a short while so a result list does not check the same share per row.
 */
public final class SourceAvailability {

    private record Checked(boolean reachable, long atNanos) {
    }

    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final Reachability reachability = new Reachability();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public SourceAvailability(long maxAgeMillis) {
        this(maxAgeMillis, System::nanoTime);
    }

    SourceAvailability(long maxAgeMillis, LongSupplier clock) {
        this.maxAgeNanos = maxAgeMillis * 1_000_000L;
        this.clock = clock;
    }

    /** Whether the folder exists and is a folder; cached for the configured time. */
    public boolean isReachable(String folder) {
        if (folder == null || folder.isBlank()) {
            return false;
        }
        long now = clock.getAsLong();
        Checked c = checked.get(folder);
        if (c == null || now - c.atNanos() > maxAgeNanos) {
            c = new Checked(reachability.check(Path.of(folder)).state().available(), now);
            checked.put(folder, c);
        }
        return c.reachable();
    }

    /** Forgets every answer, e.g. after the rep pressed "check again". */
    public void forget() {
        checked.clear();
    }
}
