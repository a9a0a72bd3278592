package org.collateralfinder.sources;

import java.nio.file.Path;

/**
 * A regular file found by a folder walk (special files are skipped paths, never opened).
 *
 * @param path the file's path as the index knows it (its id): the one form a run holds for each file it found, the
 *             {@link Path} being made when the file is read ({@link #toPath()}); a {@code Path} held beside its text
 *             cost a run of 1,000,000 files ~200 bytes a file (the path's bytes twice, and its offsets)
 * @param changedMillis its status-change time (ctime), which an edit sets and no program can set back, so an edit
 *                      that keeps the size and puts the old modification time back is still seen; 0 where the file
 *                      system has none
 */
public record ScannedFile(String path, long size, long modifiedMillis, long changedMillis) {

    /** A file found where no status-change time is known. */
    public ScannedFile(String path, long size, long modifiedMillis) {
        this(path, size, modifiedMillis, 0);
    }

    /** The file, to read it. */
    public Path toPath() {
        return Path.of(path);
    }
}
