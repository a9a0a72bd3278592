package org.collateralfinder.model;

/** What one indexing run did. Field names match the command line's JSON contract. */
public record IndexRunStats(int files, int added, int updated, int removed, int unchanged, int failed,
                            double seconds) {

    /** The same figures over another time: the whole run's, the copy of team indexes included. */
    public IndexRunStats withSeconds(double value) {
        return new IndexRunStats(files, added, updated, removed, unchanged, failed, value);
    }
}
