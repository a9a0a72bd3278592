package org.collateralfinder.model;

/** What one indexing run did. Field names match the command line's JSON contract. */
public record IndexRunStats(int files, int added, int updated, int removed, int unchanged, int failed,
                            double seconds) {
}
