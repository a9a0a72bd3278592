package org.collateralfinder.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current feedback on one content hash (each rep's latest entry, withdrawn ones left out), as
 * search shows and ranks it.
 *
 * @param tagCounts     tag to number of reps whose current entry has it, most frequent first
 * @param averageRating mean of the current ratings, or null when nobody rated
 * @param count         number of current entries (reps)
 * @param commented     whether at least one current entry has a comment
 */
public record FeedbackSummary(String contentHash, Map<String, Integer> tagCounts, Double averageRating,
                              int count, boolean commented) {

    public FeedbackSummary {
        tagCounts = tagCounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
    }

    /** No feedback at all. */
    public static FeedbackSummary empty(String contentHash) {
        return new FeedbackSummary(contentHash, Map.of(), null, 0, false);
    }

    public int tagCount(String tag) {
        return tagCounts.getOrDefault(tag, 0);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
