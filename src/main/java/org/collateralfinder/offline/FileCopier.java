package org.collateralfinder.offline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.FileSystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies in two steps: {@link #stage} copies the original into a staging folder (on the same disk as
 * the copies), {@link #commit} moves it into place atomically. A copy cut short by a dropped share or
 * a full disk therefore never replaces a good one.
 */
final class FileCopier {

    /** A finished copy waiting to be moved to {@code target}; size and time are the original's. */
    record Staged(Path original, Path temp, Path target, long size, long modifiedMillis, long changedMillis,
                  String contentHash) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FileCopier.class);
    private static final String SUFFIX = ".part";

    private final Path stagingDir;

    FileCopier(Path stagingDir) {
        this.stagingDir = stagingDir;
    }

    Staged stage(Path original, Path target) throws IOException {
        BasicFileAttributes before = Files.readAttributes(original, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new IOException("it is not a regular file");
        }
        // read before the copy: an edit during it moves the time again, and the next refresh copies again
        long changed = FileSystemAccess.attributes(original, true).changedMillis();
        Path temp = Files.createTempFile(stagingDir, "copy-", SUFFIX);
        try {
            Files.copy(original, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(temp, before.lastModifiedTime());
            return new Staged(original, temp, target, Files.size(temp), before.lastModifiedTime().toMillis(), changed,
                    ContentHasher.hash(temp));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    void commit(Staged staged) throws IOException {
        Files.createDirectories(staged.target().getParent());
        try {
            Files.move(staged.temp(), staged.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged.temp(), staged.target(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void discard(Staged staged) {
        deleteQuietly(staged.temp());
    }

    /** Removes copies left in the staging folder by a run that was killed (older than a day, so not another process's). */
    void clearLeftovers() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(stagingDir, "*" + SUFFIX)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException e) {
            LOG.warn("The staging folder {} could not be cleaned", stagingDir, e);
        }
    }

    /** Deletes a file or a folder with everything in it; what cannot be deleted is logged and left. */
    static void deleteQuietly(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("The offline copy {} could not be deleted", path, e);
        }
    }

    /** A reason a rep can read, without the exception's class name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "no permission to read it";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while it was being copied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? "it could not be read" : e.getMessage();
    }
}
