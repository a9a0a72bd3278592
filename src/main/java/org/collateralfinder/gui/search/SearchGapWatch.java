package org.collateralfinder.gui.search;

import java.util.Locale;
import java.util.function.BiConsumer;
import org.collateralfinder.search.SearchRequest;

/**
 * Which of the rep's window searches found nothing, or found files the rep did not use (open, copy, drag, pin), for
 * the team's count of searches that found nothing.
 *
 * <p>The box searches as the rep types, so one search is a run of answers to queries that each extend or shorten the
 * one before ("pri", "pricing", "pricing shet", "pricing she", "pricing sheet"): the run's search is its last query.
 * It ends when the box is emptied, a query unrelated to it is searched ("battlecard" after "pricing sheet"), "More
 * like this" replaces it, or the window closes; then it is told to the sink when its last answer found nothing, or
 * when nothing was used while it ran (a file used while it ran was found). The query the window opens with (the last
 * one of the previous session, counted then) is no new search until the rep changes it. Plain state, on the UI thread.
 */
public final class SearchGapWatch {

    /** Told a search that ended unused: its query as typed, and whether it found no file at all. */
    private final BiConsumer<String, Boolean> sink;
    private String query;
    private long total;
    private boolean used;
    /** The query the window opened with: not counted again while it stays as it is. */
    private String restored;

    public SearchGapWatch(BiConsumer<String, Boolean> sink) {
        this.sink = sink;
    }

    /** The window opens with this query, already searched in an earlier session. */
    public void restored(String text) {
        restored = text == null ? null : text.strip();
    }

    /** A search's answer, counted, is shown: {@code total} files match it. */
    public void answered(SearchRequest request, long total) {
        String text = request.likePath() != null ? "" : request.query().strip();
        if (text.isEmpty()) {
            end();
            return;
        }
        if (query != null && !continues(query, text)) {
            end();
        }
        query = text;
        this.total = total;
    }

    /** The rep used a found file: opened, copied, dragged or pinned it (or put its slides in a deck). */
    public void used() {
        if (query != null) {
            used = true;
        }
    }

    /**
     * The window closes: the search it shows ends. Not told to the sink (which would hand it to the background
     * executor, closing too): the closing thread counts it.
     *
     * @return the search when it ended unused, else null
     */
    public Ended closing() {
        Ended ended = ended();
        query = null;
        return ended;
    }

    /** A search that ended unused: its query as typed, and whether it found no file at all. */
    public record Ended(String query, boolean foundNothing) {
    }

    private void end() {
        Ended ended = ended();
        if (ended != null) {
            sink.accept(ended.query(), ended.foundNothing());
        }
        query = null;
        total = 0;
        used = false;
        restored = null; // the session's own searches from here on
    }

    private Ended ended() {
        return query != null && (total == 0 || !used) && !query.equals(restored) ? new Ended(query, total == 0) : null;
    }

    /** Whether {@code next} is the same search typed on: one extends or shortens the other (case aside). */
    private static boolean continues(String previous, String next) {
        String a = previous.toLowerCase(Locale.ROOT);
        String b = next.toLowerCase(Locale.ROOT);
        return a.startsWith(b) || b.startsWith(a);
    }
}
