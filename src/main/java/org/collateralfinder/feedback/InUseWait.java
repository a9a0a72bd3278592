package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.collateralfinder.model.CollateralException;

/**
 * Waiting, a bounded while, for another process to let go of the feedback database file. H2 does not wait for its
 * file lock (the MVStore tries it once, and there is no lock-wait setting for it in embedded file mode), so the open
 * is tried again: a command of the command line holds the file for a moment, and commands run at the same time each
 * get their turn.
 */
final class InUseWait {

    /** The first pause between two looks at the file's lock, doubled up to {@link #LONGEST_PAUSE_MS}. */
    private static final long FIRST_PAUSE_MS = 25;
    private static final long LONGEST_PAUSE_MS = 100;

    /** Another process holds the database file (the window, or another command). */
    static final class InUse extends CollateralException {

        private static final long serialVersionUID = 1L;

        InUse(SQLException cause) {
            super("The feedback database is in use by another Collateral Finder; close it and try again.", cause);
        }
    }

    private InUseWait() {
    }

    /**
     * Tries {@code open} until it does not find the file held by another process ({@link InUse}), for at most
     * {@code wait}, running {@code whileInUse} each time it is found held. In between, the file's lock is looked at
     * every {@value #FIRST_PAUSE_MS} to {@value #LONGEST_PAUSE_MS} ms ({@link #heldElsewhere}) and H2 is asked again
     * only once it is free: each open H2 refuses logs an error with its stack trace. Once the wait is over, the
     * {@link InUse} sentence.
     *
     * @param dbFile the database file ({@code .mv.db})
     * @param shared whether {@code open} opens it read-only (H2 then takes a shared lock; else an exclusive one)
     */
    static <T> T open(Path dbFile, boolean shared, Duration wait, Runnable whileInUse, Supplier<T> open) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return open.get();
            } catch (InUse e) {
                do {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        throw e;
                    }
                    whileInUse.run();
                    try {
                        Thread.sleep(Math.min(pause, left));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                    pause = Math.min(2 * pause, LONGEST_PAUSE_MS);
                } while (heldElsewhere(dbFile, shared));
            }
        }
    }

    /**
     * Whether another process holds the file in a way that keeps this open out: a lock of this process tried on it
     * (shared, or exclusive) and released at once. Asked only after H2 found the file held by another process, so this
     * process holds no lock on it that closing the probe's channel could release. When it cannot tell (the file cannot
     * be opened so), false: H2 then says.
     */
    private static boolean heldElsewhere(Path dbFile, boolean shared) {
        Set<StandardOpenOption> mode = shared ? Set.of(StandardOpenOption.READ)
                : Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE);
        try (FileChannel channel = FileChannel.open(dbFile, mode)) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }
}
