package org.collateralfinder.model;

/** Where a search matched in a file's text: the characters from {@code start} (inclusive) to {@code end}. */
public record TextMatch(int start, int end) {
}
