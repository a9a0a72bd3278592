package org.collateralfinder.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current feedback on one content hash (each rep's latest entry, withdrawn ones left out), as
 * search shows and ranks it.
 *
 * @param tagCounts     tag to number of reps whose current entry has it, most frequent first
 * @param averageRating mean of the current ratings, or null when nobody rated
 * @param count         number of current entries (reps)
 * @param commented     whether at least one current entry has a comment
 * @param slides        the slides (pages, sheets) current entries name, in order; empty when every entry is about the
 *                      whole file
 * @param tagSlides     the tags given on some slides only (no current entry on the whole file has them): each to the
 *                      slides its entries name, in order (what a row says beside the tag: "outdated: slides 3–5")
 */
public record FeedbackSummary(String contentHash, Map<String, Integer> tagCounts, Double averageRating,
                              int count, boolean commented, List<Integer> slides, Map<String, List<Integer>> tagSlides) {

    public FeedbackSummary {
        tagCounts = tagCounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
        slides = slides == null ? List.of() : List.copyOf(slides);
        tagSlides = tagSlides == null ? Map.of() : Map.copyOf(tagSlides);
    }

    /** Feedback every entry of which is about the whole file. */
    public FeedbackSummary(String contentHash, Map<String, Integer> tagCounts, Double averageRating, int count,
                           boolean commented) {
        this(contentHash, tagCounts, averageRating, count, commented, List.of(), Map.of());
    }

    /** No feedback at all. */
    public static FeedbackSummary empty(String contentHash) {
        return new FeedbackSummary(contentHash, Map.of(), null, 0, false);
    }

    /** Whether some current entry is about some slides only (then the ranking asks which slide a search found). */
    public boolean aboutSomeSlides() {
        return !slides.isEmpty();
    }

    public int tagCount(String tag) {
        return tagCounts.getOrDefault(tag, 0);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
