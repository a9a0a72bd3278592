package org.collateralfinder.sources;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Whether an indexed file can be opened now, the one answer the command line's {@code available} and the
 * window's result rows give: its source answers at one of its mount points (its path or an alias,
 * checked with {@link Reachability}'s time limit), and — when the last indexing run kept files of that
 * source it did not see (the mass-deletion guard, a folder that looked empty or could not be listed) —
 * the file itself is there. Checks touch the file system, so call this on a background thread only.
 * Answers about sources are remembered for a while, so a result list does not check one share per row.
 */
public final class SourceAvailability {

    private record Checked(Path mount, long atNanos) {
    }

    private record Known(Map<String, SourceRegistry.SourceFolder> sources, Set<String> keepingUnseen, long atNanos) {
    }

    private final Supplier<List<SourceRegistry.SourceFolder>> sources;
    private final Supplier<Set<String>> keepingUnseen;
    private final Reachability reachability;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private volatile Known known;

    /**
     * @param sources       the source folders with their aliases
     * @param keepingUnseen the sources whose last run kept indexed files it did not see
     * @param maxAgeMillis  how long an answer about a source is used
     */
    public SourceAvailability(Supplier<List<SourceRegistry.SourceFolder>> sources, Supplier<Set<String>> keepingUnseen,
                              Reachability reachability, long maxAgeMillis) {
        this(sources, keepingUnseen, reachability, maxAgeMillis, System::nanoTime);
    }

    SourceAvailability(Supplier<List<SourceRegistry.SourceFolder>> sources, Supplier<Set<String>> keepingUnseen,
                       Reachability reachability, long maxAgeMillis, LongSupplier clock) {
        this.sources = sources;
        this.keepingUnseen = keepingUnseen;
        this.reachability = reachability;
        this.maxAgeNanos = maxAgeMillis * 1_000_000L;
        this.clock = clock;
    }

    /** Whether the indexed file at {@code path} (an archive member: its archive) of {@code source} can be opened now. */
    public boolean isAvailable(String source, String path) {
        Path mount = mount(source);
        if (mount == null) {
            return false;
        }
        Known now = known();
        if (!now.keepingUnseen().contains(source)) {
            return true; // the last run saw every indexed file of this source
        }
        try {
            Path file = Path.of(path.split("!/", 2)[0]);
            for (Path point : now.sources().get(source).mountPoints()) {
                if (file.startsWith(point)) {
                    return Files.exists(mount.resolve(point.relativize(file)));
                }
            }
            return Files.exists(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Forgets every answer, e.g. after the rep pressed "check again" or a run finished. */
    public void forget() {
        checked.clear();
        known = null;
    }

    /** The mount point the source answers at now, or null. */
    private Path mount(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        long now = clock.getAsLong();
        Checked c = checked.get(source);
        if (c == null || now - c.atNanos() > maxAgeNanos) {
            SourceRegistry.SourceFolder folder = known().sources().get(source);
            Reachability.MountCheck check = folder == null ? null : reachability.firstReachable(folder.mountPoints());
            c = new Checked(check != null && check.available() ? check.mount() : null, now);
            checked.put(source, c);
        }
        return c.mount();
    }

    private Known known() {
        long now = clock.getAsLong();
        Known k = known;
        if (k == null || now - k.atNanos() > maxAgeNanos) {
            Map<String, SourceRegistry.SourceFolder> byPath = new HashMap<>();
            sources.get().forEach(s -> byPath.put(s.path(), s));
            k = new Known(byPath, Set.copyOf(keepingUnseen.get()), now);
            known = k;
        }
        return k;
    }
}
