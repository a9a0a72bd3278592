package org.collateralfinder.sources;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Tells cheaply, and within a time limit, whether a source folder can be reached: a hung network
 * mount must never block indexing of other sources, search or the window. The check runs on its own
 * thread and is abandoned when it takes too long.
 *
 * <p>A platform thread, not a virtual one: virtual threads share a few carrier threads (one per core), and
 * folder listings run on virtual threads too; a listing of a large tree (a million files) kept both carriers
 * of a 2-core machine busy past the time limit, and a local folder was judged unreachable while it was being
 * listed. A platform thread is scheduled by the system beside them. (A check stuck in a hung mount holds its
 * thread either way: a virtual thread in a file-system call holds its carrier.)
 */
public final class Reachability {

    /** A source's state. */
    public enum State {
        REACHABLE("reachable"), UNREACHABLE("unreachable"), DEGRADED("degraded");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public boolean available() {
            return this != UNREACHABLE;
        }
    }

    /** The outcome of one check; {@code reason} says why it is not simply reachable. */
    public record Check(State state, String reason, long millis) {
    }

    /** A source checked at its mount points: the one that answered (or, when none did, the first) and its state. */
    public record MountCheck(Path mount, Check check) {

        public boolean available() {
            return check.state().available();
        }
    }

    private final FileSystemAccess fs;
    private final Duration timeout;
    private final Duration slow;

    public Reachability() {
        this(FileSystemAccess.LOCAL, Duration.ofSeconds(3), Duration.ofMillis(750));
    }

    public Reachability(FileSystemAccess fs, Duration timeout, Duration slow) {
        this.fs = fs;
        this.timeout = timeout;
        this.slow = slow;
    }

    /**
     * Checks a source's mount points in order (its path, then its aliases) and stops at the first that
     * can be reached; when none can, the first one's state. Null when there are no mount points.
     */
    public MountCheck firstReachable(List<Path> mountPoints) {
        return firstReachable(mountPoints, mount -> true);
    }

    /**
     * As {@link #firstReachable(java.util.List)}, taking only a mount point that {@code accept} agrees holds
     * the source (one that answers but is refused is passed over).
     */
    public MountCheck firstReachable(List<Path> mountPoints, Predicate<Path> accept) {
        MountCheck first = null;
        for (Path mount : mountPoints) {
            MountCheck checked = new MountCheck(mount, check(mount));
            if (checked.available() && accept.test(mount)) {
                return checked;
            }
            if (first == null) {
                first = checked;
            }
        }
        return first;
    }

    public Check check(Path root) {
        long start = System.nanoTime();
        FutureTask<String> probe = new FutureTask<>(() -> probe(root));
        Thread.ofPlatform().daemon().name("reachability-check").start(probe); // daemon: one stuck in a hung mount never keeps the app open
        String problem;
        try {
            problem = probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            probe.cancel(true);
            return new Check(State.UNREACHABLE, "the folder did not answer within " + timeout.toSeconds() + " s",
                    elapsed(start));
        } catch (ExecutionException e) {
            problem = "the folder could not be checked: " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "the check was interrupted";
        }
        long millis = elapsed(start);
        if (problem != null) {
            return new Check(State.UNREACHABLE, problem, millis);
        }
        if (millis > slow.toMillis()) {
            return new Check(State.DEGRADED, "the folder answered slowly (" + millis + " ms)", millis);
        }
        return new Check(State.REACHABLE, null, millis);
    }

    /**
     * Where a folder really is (symbolic links resolved), asked within the time limit; the path as given
     * (absolute, normalised) when it is not there, cannot be resolved or does not answer in time.
     */
    public Path realPath(Path folder) {
        Path given = folder.toAbsolutePath().normalize();
        FutureTask<Path> resolve = new FutureTask<>(given::toRealPath);
        Thread.ofPlatform().daemon().name("real-path").start(resolve);
        try {
            return resolve.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            resolve.cancel(true);
            return given;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return given;
        }
    }

    /** Null when the folder is there and can be listed, else why not. */
    private String probe(Path root) {
        try {
            FileSystemAccess.Entry entry = fs.stat(root);
            if (!entry.directory()) {
                return "the path is not a folder";
            }
            fs.list(root);
            return null;
        } catch (NoSuchFileException e) {
            return "the folder is not there, as when its share is not mounted";
        } catch (AccessDeniedException e) {
            return "no permission to read the folder";
        } catch (IOException e) {
            return "the folder could not be listed: " + e.getMessage();
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
