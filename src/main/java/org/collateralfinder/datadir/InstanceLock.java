package org.collateralfinder.datadir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.collateralfinder.model.CollateralException;

/**
 * One app (window or indexing command) per data directory. The lock is an operating-system file lock,
 * so it disappears with the process: a crash never leaves a stale lock behind. The file also records
 * which process holds it, for the message a second instance shows.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or explains who holds it.
     *
     * @param what what this instance is about to do, for the message ("index", "the window")
     */
    public static InstanceLock acquire(DataDirectory dir, String what) {
        Path file = dir.root().resolve("instance.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new CollateralException("Collateral Finder is already running with the data folder " + dir.root()
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; close it before you " + what + ".");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // nothing more to release
            }
            throw new CollateralException("The data folder " + dir.root() + " could not be locked: " + CollateralException.why(e) + ".", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
