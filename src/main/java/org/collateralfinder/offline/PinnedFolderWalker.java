package org.collateralfinder.offline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.collateralfinder.sources.ExcludeRules;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.LinksInsideFolder;

/**
 * Lists the regular files under a pinned folder, leaving out hidden, temporary and system names as
 * indexing does; follows links but not loops, nor a link to a file or folder inside the pinned folder, whose
 * copy is made at its own path ({@link LinksInsideFolder}, as the index walks a source); attributes only.
 */
final class PinnedFolderWalker {

    /**
     * A file to copy, with the attributes that tell whether its copy is current.
     *
     * @param changedMillis its status-change time (ctime), 0 where the file system has none: an edit that keeps the
     *                      size and puts the old modification time back still moves it
     */
    record Found(Path path, long size, long modifiedMillis, long changedMillis) {
    }

    /** The files found, and folders that could not be listed (their files keep their copies). */
    record Walk(List<Found> files, List<CopyFailure> problems) {
    }

    private static final int MAX_DEPTH = 256;

    private PinnedFolderWalker() {
    }

    /** Walks {@code root}, never entering {@code ownFolder} (the offline copies themselves). */
    static Walk walk(Path root, ExcludeRules excludes, Path ownFolder) {
        List<Found> files = new ArrayList<>();
        List<CopyFailure> problems = new ArrayList<>();
        Path realRoot = realPath(root);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(ownFolder) || (!dir.equals(root)
                            && (excludes.excludesFolder(name(dir)) || copiedAtOwnPath(dir, true)))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !excludes.excludesFile(name(file)) && !copiedAtOwnPath(file, false)) {
                        files.add(new Found(file, attrs.size(), attrs.lastModifiedTime().toMillis(), changedTime(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** Whether {@code path} is a symbolic link to a file or folder inside the pinned folder. */
                private boolean copiedAtOwnPath(Path path, boolean folder) {
                    Path real = realRoot == null || !Files.isSymbolicLink(path) ? null : realPath(path);
                    return real != null && LinksInsideFolder.targetWalkedAt(root, realRoot, real, folder, excludes).isPresent();
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new CopyFailure(file.toString(), e instanceof FileSystemLoopException
                            ? "symbolic link loop, not followed"
                            : e instanceof AccessDeniedException ? "no permission to read it" : FileCopier.reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new CopyFailure(root.toString(), FileCopier.reason(e)));
        }
        files.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return new Walk(files, problems);
    }

    /** One file's attributes. */
    static Found found(Path file) throws IOException {
        FileSystemAccess.Entry attrs = FileSystemAccess.attributes(file, true); // one stat, the ctime with it
        return new Found(file, attrs.size(), attrs.modifiedMillis(), attrs.changedMillis());
    }

    /** The file's status-change time, or 0 when it has none or it cannot be read (the size and time then decide). */
    private static long changedTime(Path file) {
        try {
            return FileSystemAccess.attributes(file, true).changedMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code path} with symbolic links resolved, or null when that cannot be told (it is gone, not readable). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
