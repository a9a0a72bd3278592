package org.collateralfinder.feedback;

import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.OwnFolder;

/**
 * What one team-folder sync did.
 *
 * @param reachable       false when the folder could not be reached: nothing was published or merged
 * @param writable        false when the folder (or a log in it) could not be written: the entries wait, and
 *                        what the folder holds was merged all the same (unless this was its first use)
 * @param published       local events written to this computer's logs in the folder
 * @param queued          local events still waiting to be published (0 after a good sync)
 * @param logsRead        logs that had new lines
 * @param merged          events new to this computer
 * @param alreadyKnown    events read that were already here (own events, re-reads)
 * @param skippedLines    corrupt or invalid lines skipped (see {@code warnings})
 * @param incompleteLines logs ending in a line still being written, left for the next sync
 * @param warnings        sentences about skipped lines and unreadable logs (at most 50)
 * @param answersPublished marketing's answers given here and written to the responses folder
 * @param answersMerged   answers new to this computer, not counting those a responder gave their own feedback
 * @param created         whether this sync made the folder (its first use)
 * @param problem         when not reachable or not writable, the sentence why and what waits; else null
 * @param recognisedBy    when the folder had lost its marker file and was known by this computer's entries in a log
 *                        of its, that log ({@code alice.jsonl}); the sync wrote the marker again if it could write
 *                        the folder. Else null
 * @param curationsPublished marketing's curations given here and written to the curation folder
 * @param curationsMerged curations new to this computer
 * @param collectionsPublished versions of shared collections made here and written to the collections folder
 * @param collectionsMerged versions of shared collections new to this computer
 * @param searchGapsPublished weekly counts of this computer's searches that found nothing, written to its gaps log
 * @param searchGapsMerged weekly counts of other computers' new to this one
 */
public record SyncResult(Path folder, boolean reachable, boolean writable, int published, int queued, int logsRead,
                         int merged, int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings,
                         int answersPublished, int answersMerged, boolean created, String problem,
                         String recognisedBy, int curationsPublished, int curationsMerged, int collectionsPublished,
                         int collectionsMerged, int searchGapsPublished, int searchGapsMerged) {

    public SyncResult {
        warnings = List.copyOf(warnings);
    }

    /** A sync that moved no count of searches that found nothing. */
    public SyncResult(Path folder, boolean reachable, boolean writable, int published, int queued, int logsRead,
                      int merged, int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings,
                      int answersPublished, int answersMerged, boolean created, String problem, String recognisedBy,
                      int curationsPublished, int curationsMerged, int collectionsPublished, int collectionsMerged) {
        this(folder, reachable, writable, published, queued, logsRead, merged, alreadyKnown, skippedLines,
                incompleteLines, warnings, answersPublished, answersMerged, created, problem, recognisedBy,
                curationsPublished, curationsMerged, collectionsPublished, collectionsMerged, 0, 0);
    }

    /** A sync that moved no collection. */
    public SyncResult(Path folder, boolean reachable, boolean writable, int published, int queued, int logsRead,
                      int merged, int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings,
                      int answersPublished, int answersMerged, boolean created, String problem, String recognisedBy,
                      int curationsPublished, int curationsMerged) {
        this(folder, reachable, writable, published, queued, logsRead, merged, alreadyKnown, skippedLines,
                incompleteLines, warnings, answersPublished, answersMerged, created, problem, recognisedBy,
                curationsPublished, curationsMerged, 0, 0, 0, 0);
    }

    /** A sync that moved no curation. */
    public SyncResult(Path folder, boolean reachable, boolean writable, int published, int queued, int logsRead,
                      int merged, int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings,
                      int answersPublished, int answersMerged, boolean created, String problem, String recognisedBy) {
        this(folder, reachable, writable, published, queued, logsRead, merged, alreadyKnown, skippedLines,
                incompleteLines, warnings, answersPublished, answersMerged, created, problem, recognisedBy, 0, 0);
    }

    /**
     * "2 lines that were unreadable or refused": how the window and the command line both say skipped lines
     * (damaged, or an answer its log's owner may not give), each one's warning logged.
     */
    public String skippedLinesText() {
        return skippedLines + (skippedLines == 1 ? " line that was" : " lines that were") + " unreadable or refused";
    }

    /** A sync that reached a folder that was there already. */
    public SyncResult(Path folder, boolean reachable, int published, int queued, int logsRead, int merged,
                      int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings,
                      int answersPublished, int answersMerged) {
        this(folder, reachable, true, published, queued, logsRead, merged, alreadyKnown, skippedLines,
                incompleteLines, warnings, answersPublished, answersMerged, false, null, null);
    }

    /** A sync that moved no answers. */
    public SyncResult(Path folder, boolean reachable, int published, int queued, int logsRead, int merged,
                      int alreadyKnown, int skippedLines, int incompleteLines, List<String> warnings) {
        this(folder, reachable, published, queued, logsRead, merged, alreadyKnown, skippedLines, incompleteLines,
                warnings, 0, 0);
    }

    /** A sync that could not reach the folder: the entries wait. */
    static SyncResult unreachable(Path folder, String why, int queued) {
        return new SyncResult(folder, false, false, 0, queued, 0, 0, 0, 0, 0, List.of(), 0, 0, false,
                waiting(why, queued, 0), null);
    }

    /** A folder used for the first time that cannot be written: nothing was published or merged. */
    static SyncResult unwritable(Path folder, String why, int queued, int answersQueued) {
        return new SyncResult(folder, true, false, 0, queued, 0, 0, 0, 0, 0, List.of(), 0, 0, false,
                waiting(why, queued, answersQueued), null);
    }

    /** The sentence: why, then what waits ("…; 2 entries wait for the next sync."). */
    static String waiting(String why, int entries, int answers) {
        String entriesText = entries + (entries == 1 ? " entry" : " entries");
        String answersText = answers + (answers == 1 ? " answer" : " answers");
        if (answers == 0) {
            return why + "; " + entriesText + (entries == 1 ? " waits" : " wait") + " for the next sync.";
        }
        if (entries == 0) {
            return why + "; " + answersText + (answers == 1 ? " waits" : " wait") + " for the next sync.";
        }
        return why + "; " + entriesText + " and " + answersText + " wait for the next sync.";
    }

    /**
     * What the window and the command line say about the folder itself: why it could not be reached or written,
     * that it was made now, that its lost marker file was written again, or "" when it was simply there.
     */
    public String folderSentence() {
        if (problem != null) {
            return problem;
        }
        if (recognisedBy != null) {
            return "The team folder " + folder + " had lost its marker file " + OwnFolder.TEAM_FEEDBACK.marker()
                    + " (as a copy or restore that skips hidden files leaves it); it holds this computer's entries in "
                    + recognisedBy + ", so it is the folder synced with before, and the marker was written again.";
        }
        return created ? "Created the team folder " + folder + ", as this is its first use." : "";
    }
}
