package org.collateralfinder.offline;

import java.util.List;

/**
 * What a refresh did, by original path.
 *
 * @param refreshed   copies replaced because the original changed
 * @param added       new files of pinned folders, copied
 * @param unchanged   copies already up to date
 * @param unreachable pinned files and folders whose original could not be reached (a share that is
 *                    offline, a file deleted at the source); their copies are kept
 * @param failed      files that could not be copied; an older copy, if any, is kept
 * @param cancelled   the refresh stopped early; what was copied is kept and recorded
 */
public record RefreshSummary(List<String> refreshed, List<String> added, int unchanged, List<String> unreachable,
                             List<CopyFailure> failed, boolean cancelled) {

    public RefreshSummary {
        refreshed = List.copyOf(refreshed);
        added = List.copyOf(added);
        unreachable = List.copyOf(unreachable);
        failed = List.copyOf(failed);
    }
}
