package org.collateralfinder.teamindex;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.model.PublishedIndexFolder;
import org.collateralfinder.sources.FolderScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a team index is published in ({@code .collateral-index} in the share, or another folder):
 * {@code manifest.json} (the current generation), {@code history/<generation>.json} (the manifests of
 * recent generations, so their files are kept while laptops may still copy them) and {@code files-N/}
 * (the Lucene files, each written once under its own name and never changed).
 */
final class PublishedFolder {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedFolder.class);

    /** The folder's name in a share; the source walk never indexes it (see {@code ExcludeRules}). */
    static final String NAME = PublishedIndexFolder.NAME;
    /** With {@link #HISTORY}, what marks a published folder to every walk ({@code FolderScanner}). */
    static final String MANIFEST = FolderScanner.TEAM_INDEX_MANIFEST;
    static final String HISTORY = FolderScanner.TEAM_INDEX_HISTORY;
    static final String FILES = "files-";
    /** Locked by the publisher writing the folder (the lock, not the file, matters: it goes with the process). */
    static final String LOCK = "publishing.lock";
    /** Ending of a file being written; it only gets its name once complete. */
    static final String PARTIAL = ".partial";

    private final Path root;

    PublishedFolder(Path root) {
        this.root = root;
    }

    /** The folder a share's team index is published in. */
    static PublishedFolder in(Path share) {
        return new PublishedFolder(share.resolve(NAME));
    }

    Path root() {
        return root;
    }

    Path manifest() {
        return root.resolve(MANIFEST);
    }

    Path history() {
        return root.resolve(HISTORY);
    }

    Path history(long generation) {
        return history().resolve(generation + ".json");
    }

    Path files(String folder) {
        return root.resolve(folder);
    }

    /**
     * Locks the folder for one publisher: the lock to close when done, or null when another publisher (in
     * this process or another) holds it. The operating system lets go of it when its process ends, killed or not.
     */
    Closeable lock() throws IOException {
        FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel; // closing the channel releases the lock
            }
        } catch (OverlappingFileLockException heldHere) {
            // another publisher in this process
        }
        channel.close();
        return null;
    }

    /**
     * The checksum in a file's Lucene footer (read through Lucene, without locking anything on the share),
     * or -1 when the file is missing or has no valid footer.
     */
    static long footerChecksum(Path file) {
        try (Directory dir = new NIOFSDirectory(file.getParent(), NoLockFactory.INSTANCE);
             IndexInput in = dir.openInput(file.getFileName().toString(), IOContext.READONCE)) {
            return CodecUtil.retrieveChecksum(in);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Puts {@code bytes} at {@code file} through a file written beside it, forced to disk and then renamed
     * over it, so a reader sees the old file or the new one, whole.
     */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + PARTIAL);
        Files.write(partial, bytes);
        IOUtils.fsync(partial, false);
        moveIntoPlace(partial, file);
    }

    /**
     * When a {@code files-N} folder was last written: the newest modification time of the folder (a file added,
     * renamed or deleted) and of the files in it (one still being written).
     */
    static Instant lastWritten(Path folder) throws IOException {
        Instant last = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Instant written = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
                last = written.isAfter(last) ? written : last;
            }
        }
        return last;
    }

    /**
     * Null when {@code file} is a regular file itself, else what it is instead ("a folder", "a symbolic link", "a FIFO,
     * device or socket"): only regular files of a published folder are ever opened, since a FIFO or device would
     * block the reader for ever, and a publisher never makes links (the folders above {@code file} may be links: a
     * laptop's mount point often is one). A missing file throws {@link java.nio.file.NoSuchFileException}.
     */
    static String notARegularFile(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile()) {
            return null;
        }
        return a.isDirectory() ? "a folder" : a.isSymbolicLink() ? "a symbolic link" : "a FIFO, device or socket";
    }

    /** Deletes a file, or leaves it for next time when it cannot be deleted now (held open, on Windows). */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("{} could not be deleted now; it is deleted later", file, e);
        }
    }

    /** Renames a complete file to its name (atomically where the file system can) and makes it durable. */
    static void moveIntoPlace(Path partial, Path file) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a reader of a half-replaced manifest sees it fail its checksum, and keeps what it has
            LOG.warn("{} cannot be replaced atomically on this file system", file);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        IOUtils.fsync(file.getParent(), true);
    }
}
