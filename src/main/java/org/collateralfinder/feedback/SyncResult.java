package org.collateralfinder.feedback;

import java.nio.file.Path;
import java.util.List;

/**
 * What one team-folder sync did.
 *
 * @param reachable       false when the folder could not be reached: nothing was published or merged
 * @param published       local events written to this computer's logs in the folder
 * @param queued          local events still waiting to be published (0 after a good sync)
 * @param logsRead        logs that had new lines
 * @param merged          events new to this computer
 * @param alreadyKnown    events read that were already here (own events, re-reads)
 * @param skippedLines    corrupt or invalid lines skipped (see {@code warnings})
 * @param incompleteLines logs ending in a line still being written, left for the next sync
 * @param warnings        sentences about skipped lines and unreadable logs (at most 50)
 * @param answersPublished marketing's answers given here and written to the responses folder
 * @param answersMerged   answers new to this computer
 */
public record SyncResult(Path folder, boolean reachable, int published, int queued, int logsRead, int merged,
                         int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings,
                         int answersPublished, int answersMerged) {

    public SyncResult {
        warnings = List.copyOf(warnings);
    }

    /** A sync that moved no answers. */
    public SyncResult(Path folder, boolean reachable, int published, int queued, int logsRead, int merged,
                      int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings) {
        this(folder, reachable, published, queued, logsRead, merged, alreadyKnown, skippedLines, incompleteLines,
                warnings, 0, 0);
    }
}
