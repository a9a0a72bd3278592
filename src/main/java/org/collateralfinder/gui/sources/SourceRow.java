package org.collateralfinder.gui.sources;

import java.util.List;

/**
 * One source as the sources view shows it.
 *
 * @param state  a short phrase: "Up to date", "Indexing…", "Unreachable", "Not indexed yet"
 * @param detail a sentence with the counts and notes
 */
public record SourceRow(String path, List<String> excludes, Status status, String state, String detail,
                        long files, int failed) {

    public enum Status { INDEXING, UP_TO_DATE, UNREACHABLE, NOT_INDEXED }

    public SourceRow {
        excludes = List.copyOf(excludes);
    }
}
