package org.collateralfinder.sources;

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
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.task.Cancellation;

/**
 * Walks a source folder: follows symbolic links but detects loops, never opens special files
 * (FIFOs, devices, sockets), leaves out excluded and hidden names, and records every folder it could
 * not enter with a reason. Reads attributes only, never file contents.
 */
public final class FolderScanner {

    private static final int MAX_DEPTH = 256;

    private final ExcludeRules excludes;

    public FolderScanner(ExcludeRules excludes) {
        this.excludes = excludes;
    }

    public ScanResult scan(Path root, Cancellation cancellation) {
        List<ScannedFile> files = new ArrayList<>();
        List<SkippedPath> skipped = new ArrayList<>();
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            return new ScanResult(root, false, files, skipped);
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (cancellation.isCancelled()) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (!dir.equals(root) && excludes.excludesFolder(name(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isDirectory()) {
                        // reached only at MAX_DEPTH
                        skipped.add(new SkippedPath(file.toString(), "folder nested deeper than " + MAX_DEPTH + " levels"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (excludes.excludesFile(name(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean special = attrs.isOther();
                    files.add(new ScannedFile(file, special ? 0 : attrs.size(), attrs.lastModifiedTime().toMillis(), special));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        skipped.add(new SkippedPath(file.toString(), "symbolic link loop, not followed"));
                    } else if (e instanceof AccessDeniedException) {
                        skipped.add(new SkippedPath(file.toString(), "no permission to read it"));
                    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                        skipped.add(new SkippedPath(file.toString(), "broken symbolic link"));
                    } else {
                        skipped.add(new SkippedPath(file.toString(), "could not be read: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        skipped.add(new SkippedPath(dir.toString(), "the folder listing failed part-way: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return new ScanResult(root, false, files, skipped);
        }
        return new ScanResult(root, true, files, skipped);
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
