package org.collateralfinder.gui.search;

import java.util.List;

/** One block of the filter panel: a title and its choices with counts. */
public record FacetGroup(String dimension, String title, List<Option> options) {

    /** One choice: its value, label, how many results have it, and whether it is selected. */
    public record Option(String value, String label, long count, boolean selected) {
    }

    public FacetGroup {
        options = List.copyOf(options);
    }
}
