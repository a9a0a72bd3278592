package org.collateralfinder.sources;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Whether an indexed file can be opened now, the one answer the command line's {@code available}, its
 * {@code status} and the window's result rows give: its source answers at one of its mount points (its
 * path or an alias, checked with {@link Reachability}'s time limit), and the file itself is there and may
 * be read (one access check of the file: a file deleted or made unreadable since the last indexing run,
 * whose size and time the run compares, is not available). Checks touch the file system, so call this on
 * a background thread only. Answers are remembered for a while, so a result list does not check one share
 * per row, nor a file again at every keystroke.
 */
public final class SourceAvailability {

    /** Why an indexed file cannot be opened now. */
    public enum Unavailable {
        SOURCE_UNREACHABLE("unreachable", "its source cannot be reached"),
        MISSING("missing", "it is no longer there (gone since the last indexing run)"),
        KEPT_MISSING("missing", "it is no longer there; the index keeps it until the deletion is confirmed"),
        UNREADABLE("unreadable", "it is there but cannot be opened (no permission); its indexed text is kept");

        private final String id;
        private final String sentence;

        Unavailable(String id, String sentence) {
            this.id = id;
            this.sentence = sentence;
        }

        public String id() {
            return id;
        }

        /** Why, as the end of a sentence. */
        public String sentence() {
            return sentence;
        }
    }

    private record Checked(Path mount, long atNanos) {
    }

    private record Known(Map<String, SourceRegistry.SourceFolder> sources, Set<String> keepingUnseen, long atNanos) {
    }

    /** A file's answer: null when it can be opened. */
    private record FileChecked(Unavailable why, long atNanos) {
    }

    /** More remembered file answers than this and they are all forgotten (a long session of searches). */
    private static final int MAX_FILES_REMEMBERED = 50_000;

    private final Supplier<List<SourceRegistry.SourceFolder>> sources;
    private final Supplier<Set<String>> keepingUnseen;
    private final Reachability reachability;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<Path, FileChecked> files = new ConcurrentHashMap<>();
    private volatile Known known;

    /**
     * @param sources       the source folders with their aliases
     * @param keepingUnseen the sources whose last run kept indexed files it did not see (a file gone from one
     *                      is kept until the deletion is confirmed)
     * @param maxAgeMillis  how long an answer about a source or a file is used
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
        return whyUnavailable(source, path) == null;
    }

    /** Why the indexed file at {@code path} (an archive member: its archive) of {@code source} cannot be opened now, or null. */
    public Unavailable whyUnavailable(String source, String path) {
        Path mount = mount(source);
        if (mount == null) {
            return Unavailable.SOURCE_UNREACHABLE;
        }
        Known now = known();
        Path file;
        try {
            file = located(Path.of(path.split("!/", 2)[0]), mount, now.sources().get(source));
        } catch (InvalidPathException e) {
            return Unavailable.MISSING;
        }
        long at = clock.getAsLong();
        FileChecked answer = files.get(file);
        if (answer == null || at - answer.atNanos() > maxAgeNanos) {
            if (files.size() >= MAX_FILES_REMEMBERED) {
                files.clear();
            }
            // one access check when it can be read (the usual answer); why not, only when it cannot
            Unavailable why = Files.isReadable(file) ? null : !Files.exists(file) ? Unavailable.MISSING : Unavailable.UNREADABLE;
            answer = new FileChecked(why, at);
            files.put(file, answer);
        }
        if (answer.why() == Unavailable.MISSING && now.keepingUnseen().contains(source)) {
            return Unavailable.KEPT_MISSING;
        }
        return answer.why();
    }

    /**
     * The indexed files that cannot be opened now although their source answers, with why, in path order:
     * what {@code status} lists (a source that cannot be reached is said once, as the source's state).
     *
     * @param filesPerSource the indexed files (an archive member: its archive, or the member) by source
     */
    public Map<String, Unavailable> unavailableFiles(Map<String, ? extends Collection<String>> filesPerSource) {
        Map<String, Unavailable> out = new TreeMap<>();
        filesPerSource.forEach((source, paths) -> {
            if (mount(source) == null) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (String path : paths) {
                String file = path.split("!/", 2)[0];
                if (seen.add(file)) {
                    Unavailable why = whyUnavailable(source, file);
                    if (why != null) {
                        out.put(file, why);
                    }
                }
            }
        });
        return out;
    }

    /** Where the file is now: under the mount point its source answers at, when it was indexed under another. */
    private static Path located(Path file, Path mount, SourceRegistry.SourceFolder source) {
        if (source != null) {
            for (Path point : source.mountPoints()) {
                if (file.startsWith(point)) {
                    return mount.resolve(point.relativize(file));
                }
            }
        }
        return file;
    }

    /** Forgets every answer, e.g. after the rep pressed "check again" or a run finished. */
    public void forget() {
        checked.clear();
        files.clear();
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
