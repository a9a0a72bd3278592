package org.collateralfinder.index;

/**
 * What the index remembers of a file to decide whether it changed: size, time and source.
 *
 * @param contentHash the content it was indexed with (null when it could not be read), so an edit in
 *                    place is known by what it replaced
 * @param readAgain   whether its last reading failed for a reason that may pass (no permission, too
 *                    slow), so the next run reads it again even when size and time are unchanged
 */
public record FileState(long size, long modifiedMillis, String source, String contentHash, boolean readAgain) {

    public FileState(long size, long modifiedMillis, String source) {
        this(size, modifiedMillis, source, null, false);
    }
}
