package org.collateralfinder.gui.search;

import java.util.List;

/** One block of the filter panel: a title, its choices with counts, and what the counts count ("" when plain). */
public record FacetGroup(String dimension, String title, List<Option> options, String note) {

    /** One choice: its value, label, how many results have it, and whether it is selected. */
    public record Option(String value, String label, long count, boolean selected) {
    }

    public FacetGroup {
        options = List.copyOf(options);
        note = note == null ? "" : note;
    }

    public FacetGroup(String dimension, String title, List<Option> options) {
        this(dimension, title, options, "");
    }
}
