package org.collateralfinder.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's folders next to each other in the data folder: {@code index} (searched), {@code index-next}
 * (a rebuild for a new schema version, filled while {@code index} keeps answering) and, for a moment
 * during the swap, {@code index-previous}. The swap renames {@code index} to {@code index-previous},
 * then {@code index-next} to {@code index}, then deletes {@code index-previous}; a process killed at any
 * step leaves a layout that {@link #settle(Path)} completes and {@link #forReading(Path)} can read.
 */
final class IndexFolders {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFolders.class);

    private IndexFolders() {
    }

    /** Where a rebuild for a new schema version is built: {@code index-next}. */
    static Path next(Path indexDir) {
        return indexDir.resolveSibling(indexDir.getFileName() + "-next");
    }

    /** Where the replaced index waits during the swap: {@code index-previous}. */
    static Path previous(Path indexDir) {
        return indexDir.resolveSibling(indexDir.getFileName() + "-previous");
    }

    /**
     * Completes a swap that a killed process left half done, before the index is opened for writing.
     * {@code index} without a commit counts as gone (opening the data folder creates it empty, so a
     * command run between the two renames leaves it so). Then {@code index-next} that opens (it was
     * committed before the first rename) becomes {@code index}, else {@code index-previous} comes back;
     * a leftover {@code index-previous} next to an {@code index} is deleted.
     */
    static void settle(Path indexDir) throws IOException {
        Path next = next(indexDir);
        Path previous = previous(indexDir);
        if (!hasCommit(indexDir)) {
            if (readable(next)) {
                rename(next, indexDir);
                LOG.info("Finished an interrupted swap: {} is now {}", next, indexDir);
            } else if (readable(previous)) {
                rename(previous, indexDir);
                LOG.info("Put back {} as {}: the interrupted rebuild left nothing usable", previous, indexDir);
            }
        }
        if (Files.exists(previous) && hasCommit(indexDir)) {
            deleteTree(previous);
            LOG.info("Deleted {}, left over from a swap", previous);
        }
    }

    /**
     * The folder to read without changing anything (another process may be indexing): {@code index}, or
     * in the moment between the two renames of a swap {@code index-next} (complete by then) or else
     * {@code index-previous}.
     *
     * @return the folder, or null when none holds an index
     */
    static Path forReading(Path indexDir) {
        for (Path folder : List.of(indexDir, next(indexDir), previous(indexDir))) {
            if (hasCommit(folder)) {
                return folder;
            }
        }
        return null;
    }

    /** Whether {@code folder} holds a committed index (a {@code segments_N} file). */
    static boolean hasCommit(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code folder} holds a commit that opens (its schema version can be read). */
    static boolean readable(Path folder) {
        if (!hasCommit(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            storedVersion(directory);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The schema version the last commit recorded, or -1 for none. */
    static int storedVersion(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return storedVersion(reader);
        }
    }

    /**
     * As {@link #storedVersion(Directory)}, read from the last commit's own file ({@code segments_N}) without opening
     * a reader over the segments: opening one cost a no-change run at 100,000 files as much as the walk. Damage in
     * a segment shows when the writer opens them, as it did here.
     */
    static int committedVersion(Directory directory) throws IOException {
        return version(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    static int storedVersion(DirectoryReader reader) throws IOException {
        return version(reader.getIndexCommit().getUserData());
    }

    private static int version(Map<String, String> userData) {
        String v = userData.get(Schema.VERSION_KEY);
        try {
            return v == null ? -1 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return -1; // not written by any release: rebuilt like another version
        }
    }

    /** Whether an exception opening an index means its files are damaged (rather than locked or unreadable). */
    static boolean isDamage(Throwable t) {
        return t instanceof CorruptIndexException
                || t instanceof IndexFormatTooOldException
                || t instanceof IndexFormatTooNewException
                || t instanceof EOFException
                || t instanceof NoSuchFileException;
    }

    /** Moves a damaged index folder aside (kept for inspection) and returns where it went. */
    static Path moveAside(Path indexDir) {
        Path aside = indexDir.resolveSibling(indexDir.getFileName() + "-damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(indexDir, aside);
            return aside;
        } catch (IOException e) {
            throw new CollateralException("The damaged index in " + indexDir + " could not be moved aside: "
                    + e.getMessage() + ".", e);
        }
    }

    /**
     * Renames a folder in one step and makes the rename durable before anything else happens. A target
     * holding no commit (at most the empty folder opening the data folder creates) is replaced.
     */
    static void rename(Path from, Path to) throws IOException {
        if (Files.isDirectory(to) && !hasCommit(to)) {
            deleteTree(to);
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.fsync(to.toAbsolutePath().getParent(), true);
    }

    /** Bytes the files directly in {@code folder} take (0 when it cannot be listed). */
    static long bytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> {
                try {
                    return Files.isRegularFile(p) ? Files.size(p) : 0;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
