package org.collateralfinder.offline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Something a rep pinned: one file, or a folder with every file under it.
 *
 * @param path   the original's absolute path, as pinned
 * @param copy   the local copy (for a folder, the local folder holding its copies)
 * @param size   bytes the copies take
 * @param files  how many files are copied
 */
public record Pin(String path, boolean folder, Path copy, long size, int files, Instant pinnedAt) {
}
