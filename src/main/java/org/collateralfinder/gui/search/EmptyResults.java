package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.gui.common.Formats;

/**
 * What the empty result list says: its title and the tips under it, one per line.
 *
 * @param title "No files match “…”", that nothing is indexed yet, or "" when there are files
 * @param tips the tips, one per line, or ""
 */
record EmptyResults(String title, String tips) {

    /**
     * @param query the query as typed
     * @param noFilters whether no filter is chosen at all (not even "More like this")
     * @param filtersOn how many filters with values are on
     * @param indexing whether an indexing run is reading files now
     */
    static EmptyResults of(long total, String query, boolean noFilters, int filtersOn, boolean indexing) {
        String q = query.strip();
        if (total > 0) {
            return new EmptyResults("", "");
        }
        if (q.isEmpty() && noFilters) {
            return new EmptyResults("Nothing is indexed yet",
                    "Add your folders and shared drives in Sources & indexing; files show up here as they are read.");
        }
        List<String> tips = new ArrayList<>();
        if (!q.isEmpty()) {
            tips.add("Check the spelling, or use fewer words: every word must be found.");
            String last = q.replaceAll(".*\\s", "");
            if (last.length() >= 3 && !last.contains("*") && !last.contains(":") && !last.contains("\"")) {
                tips.add("Try the start of a word with a star, like " + last.substring(0, Math.min(4, last.length())) + "*");
            }
        }
        if (filtersOn > 0) {
            tips.add("Remove a filter: " + Formats.plural(filtersOn, "filter is", "filters are") + " on.");
        }
        if (indexing) {
            tips.add("Files still being indexed show up as soon as they are read.");
        }
        return new EmptyResults(q.isEmpty() ? "No files match these filters" : "No files match “" + q + "”",
                String.join("\n", tips));
    }
}
