package org.collateralfinder.gui.search;

/** A filter the rep chose, shown as a removable chip: e.g. dimension "type", value "pdf", label "PDF". */
public record ActiveFilter(String dimension, String value, String label) {
}
