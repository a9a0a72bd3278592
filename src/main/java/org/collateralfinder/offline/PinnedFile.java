package org.collateralfinder.offline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One local copy.
 *
 * @param originalPath     the original's absolute path (the key search results use)
 * @param copy             where the copy is
 * @param size             the copy's size in bytes
 * @param originalModified the original's modification time when it was copied
 * @param contentHash      SHA-256 of the copy, as {@code sources.ContentHasher} computes it
 * @param pinPath          the pin it belongs to: itself, or the pinned folder it lies in
 */
public record PinnedFile(String originalPath, Path copy, long size, Instant originalModified, String contentHash,
                         Instant pinnedAt, String pinPath) {
}
