package org.collateralfinder.gui.feedback;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the result row shows about a file's feedback.
 *
 * @param averageRating mean of the given ratings, 0 when none
 * @param ratings       how many entries carry a rating
 * @param entries       how many feedback entries in all
 * @param tags          how often each tag was given
 */
public record FeedbackSummary(double averageRating, int ratings, int entries, Map<FeedbackTag, Integer> tags) {

    public static final FeedbackSummary NONE = new FeedbackSummary(0, 0, 0, Map.of());

    public FeedbackSummary {
        tags = Map.copyOf(tags);
    }

    public boolean isEmpty() {
        return entries == 0;
    }

    public static FeedbackSummary of(List<FeedbackEntry> entries) {
        if (entries.isEmpty()) {
            return NONE;
        }
        int rated = 0;
        int sum = 0;
        Map<FeedbackTag, Integer> tags = new EnumMap<>(FeedbackTag.class);
        for (FeedbackEntry e : entries) {
            if (e.rating() > 0) {
                rated++;
                sum += e.rating();
            }
            e.tags().forEach(t -> tags.merge(t, 1, Integer::sum));
        }
        return new FeedbackSummary(rated == 0 ? 0 : (double) sum / rated, rated, entries.size(), tags);
    }
}
