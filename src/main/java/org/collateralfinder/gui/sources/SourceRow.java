package org.collateralfinder.gui.sources;

import java.util.List;

/**
 * One source as the sources view shows it.
 *
 * @param aliases            other paths the same share is mounted at ("Also mounted at…")
 * @param state              a short phrase: "Reachable", "Degraded", "Indexing…", "Unreachable", "Not indexed yet"
 * @param detail             a sentence with the counts and why it is in that state
 * @param note               what the last run noted (files kept because they vanished at once…), or ""
 * @param needsConfirmation  the last run kept files that vanished at once until the rep confirms the deletion
 */
public record SourceRow(String path, List<String> excludes, List<String> aliases, Status status, String state,
                        String detail, String note, boolean needsConfirmation, long files, int failed) {

    public enum Status { INDEXING, UP_TO_DATE, DEGRADED, UNREACHABLE, NOT_INDEXED }

    public SourceRow {
        excludes = List.copyOf(excludes);
        aliases = List.copyOf(aliases);
        note = note == null ? "" : note;
    }
}
