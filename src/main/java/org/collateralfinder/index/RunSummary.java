package org.collateralfinder.index;

import java.util.Locale;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.Plural;

/**
 * How an indexing run is told, in the same words (added, updated, removed, unchanged) and the same
 * numbers by the command line and by the window.
 */
public final class RunSummary {

    private RunSummary() {
    }

    /**
     * "Indexed 1,034 files in 16.6 s: 1,034 added, 0 updated, 0 removed, 0 unchanged, 15 could not be read."
     * Of the files indexed, those whose text could not be read, as the index holds them after the run (what
     * {@code status} lists and each source counts): read by this run, or unchanged since an earlier run could not
     * read them. Said only when there are.
     */
    public static String sentence(IndexRunStats s) {
        return sentence(s, "");
    }

    /** As {@link #sentence(IndexRunStats)}, with a hint after the files that could not be read, when there are. */
    public static String sentence(IndexRunStats s, String failedHint) {
        return sentence(s, 0, failedHint);
    }

    /**
     * As {@link #sentence(IndexRunStats, String)}, also saying how many indexed files the run kept without
     * seeing them (their source unreachable or looking empty, a folder it could not list, a mass deletion held
     * back: {@link IndexReport#keptFiles()}), so the figures add up to the files indexed: "Indexed 31 files in
     * 0.0 s: 0 added, 0 updated, 0 removed, 14 unchanged, 17 not seen but kept."
     */
    public static String sentence(IndexRunStats s, int kept, String failedHint) {
        return "Indexed " + Plural.of(s.files(), "file", "files")
                + String.format(Locale.ROOT, " in %.1f s: %,d added, %,d updated, %,d removed, %,d unchanged",
                s.seconds(), s.added(), s.updated(), s.removed(), s.unchanged())
                + (kept > 0 ? String.format(Locale.ROOT, ", %,d not seen but kept", kept) : "")
                + couldNotBeRead(s, failedHint) + ".";
    }

    /** ", 15 could not be read (listed below)", in every sentence of a run, when there are; else "". */
    private static String couldNotBeRead(IndexRunStats s, String failedHint) {
        return s.failed() > 0 ? String.format(Locale.ROOT, ", %,d could not be read%s", s.failed(), failedHint) : "";
    }

    /**
     * What a run stopped before its end did, told later ("Last run … was cancelled after 54.2 s: 265 added, 0
     * updated, 0 removed; the files it did not read are read on the next run."), with the files that could not be
     * read as {@link #sentence(IndexRunStats, String)} says them.
     */
    public static String stopped(IndexRunStats s, String failedHint) {
        return String.format(Locale.ROOT, "was cancelled after %.1f s: %,d added, %,d updated, %,d removed", s.seconds(),
                s.added(), s.updated(), s.removed()) + couldNotBeRead(s, failedHint)
                + "; the files it did not read are read on the next run.";
    }

    /**
     * A run stopped before its end: what it did, and how many of the files it had to read are left for the
     * next run. "Indexing was cancelled after 16.6 s: 521 added, 14 updated, 0 removed; 499 of the 1,034
     * files to read are left for the next run." The files that could not be read are said as a completed run says
     * them ("…, 0 removed, 1 could not be read (listed below); …"): a cancelled run left them out (window test 12, F11).
     *
     * @param read       files read before the run stopped
     * @param toRead     files the run had to read (new and changed)
     * @param failedHint said after the files that could not be read, when there are
     */
    public static String cancelled(IndexRunStats s, long read, long toRead, String failedHint) {
        long left = Math.max(0, toRead - read);
        return String.format(Locale.ROOT, "Indexing was cancelled after %.1f s: %,d added, %,d updated, %,d removed",
                s.seconds(), s.added(), s.updated(), s.removed()) + couldNotBeRead(s, failedHint)
                + String.format(Locale.ROOT, "; %,d of the %s to read %s left for the next run.", left,
                Plural.of(toRead, "file", "files"), left == 1 ? "is" : "are");
    }
}
