package org.collateralfinder.index;

import org.collateralfinder.sources.ScannedFile;

/**
 * What the index remembers of a file to decide whether it changed: size, times and source.
 *
 * @param changedMillis its status-change time (ctime) when it was read, epoch milliseconds; 0 when not known (a file
 *                      system without one, or a document written before this was kept)
 * @param contentHash the content it was indexed with (null when it could not be read), so an edit in
 *                    place is known by what it replaced
 * @param readAgain   whether its last reading failed for a reason that may pass (no permission, too
 *                    slow), so the next run reads it again even when size and time are unchanged
 */
public record FileState(long size, long modifiedMillis, long changedMillis, String source, String contentHash,
                        boolean readAgain) {

    /**
     * Whether the file found now is the one that was read: same size and modification time, and the same
     * status-change time where both are known. An edit that keeps the size and puts the old modification time back
     * ({@code touch -d}, a copy or restore keeping times) still sets the status-change time, which no program can set
     * back; renaming the file or changing its permissions sets it too, and the file is then read again.
     */
    boolean sameAs(ScannedFile file) {
        return size == file.size() && modifiedMillis == file.modifiedMillis()
                && ScannedFile.sameChangeTime(changedMillis, file.changedMillis());
    }

    /**
     * This state compared by size and modification time only: a team index's documents were made on the laptop
     * that published it, whose view of a share's status-change times need not be this one's (another system,
     * another kind of mount), and a difference there would have every subscriber read the whole share again.
     */
    FileState withoutChangeTime() {
        return changedMillis == 0 ? this : new FileState(size, modifiedMillis, 0, source, contentHash, readAgain);
    }
}
