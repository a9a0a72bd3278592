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

    /**
     * Whether two status-change times say the same version of a file: equal, or one of them unknown (0: a file system
     * without one, or recorded by a version before they were kept), when size and modification time decide alone.
     */
    public static boolean sameChangeTime(long recorded, long found) {
        return recorded == 0 || found == 0 || recorded == found;
    }

    /** A file found where no status-change time is known. */
    public ScannedFile(String path, long size, long modifiedMillis) {
        this(path, size, modifiedMillis, 0);
    }

    /** The file, to read it. */
    public Path toPath() {
        return Path.of(path);
    }
}
