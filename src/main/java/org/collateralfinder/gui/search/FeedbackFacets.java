package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.collateralfinder.search.FeedbackFilters;

/**
 * The Feedback groups of the side panel: by tag ("Worked", "Outdated"…) and by rating ("4 stars and
 * up"), counted over every match (not only the rows shown), as the type counts are. Chosen values are search filters that
 * {@link org.collateralfinder.search.FeedbackFilters} turns into files (the one implementation the
 * query's tag: and rating: use too), so counts, facets and order stay the index's. Values within a
 * filter are OR-ed, the two filters AND-ed. They count rows, as the type counts do: a row counts under the tags of
 * any file folded into it ({@link org.collateralfinder.search.MatchedFeedback#rows()}), and each group says so.
 */
final class FeedbackFacets {

    /** What the Feedback and Rating counts count, said beside them (a tooltip). */
    static final String COUNTS_ROWS = "Counts rows: a row counts when its file, or a copy or version listed under it, "
            + "has the feedback.";

    static final String TAG = FeedbackFilters.TAG;
    static final String RATING = FeedbackFilters.RATING;
    private static final List<Integer> RATING_STEPS = List.of(4, 3);
    private FeedbackFacets() {
    }

    static boolean isFeedback(String dimension) {
        return TAG.equals(dimension) || RATING.equals(dimension);
    }

    /**
     * The panel's Feedback groups, counted over these summaries (one per row with feedback),
     * chosen values kept even at zero.
     */
    static List<FacetGroup> groups(Collection<FeedbackSummary> matches, Map<String, LinkedHashMap<String, String>> selected) {
        Map<String, Long> tagRows = new LinkedHashMap<>();
        Map<Integer, Long> ratingRows = new LinkedHashMap<>();
        for (FeedbackSummary feedback : matches) {
            feedback.tagCounts().keySet().forEach(t -> tagRows.merge(t, 1L, Long::sum));
            Double avg = feedback.averageRating();
            for (int step : RATING_STEPS) {
                if (avg != null && avg >= step) {
                    ratingRows.merge(step, 1L, Long::sum);
                }
            }
        }
        List<FacetGroup> groups = new ArrayList<>();
        Map<String, String> chosenTags = selected.getOrDefault(TAG, new LinkedHashMap<>());
        List<FacetGroup.Option> tagOptions = new ArrayList<>();
        List<String> order = new ArrayList<>(FeedbackTags.BUILT_IN);
        tagRows.keySet().stream().filter(t -> !order.contains(t)).sorted().forEach(order::add);
        for (String tag : order) {
            long n = tagRows.getOrDefault(tag, 0L);
            if (n > 0 || chosenTags.containsKey(tag)) {
                tagOptions.add(new FacetGroup.Option(tag, FeedbackLabels.label(tag), n, chosenTags.containsKey(tag)));
            }
        }
        if (!tagOptions.isEmpty()) {
            groups.add(new FacetGroup(TAG, "Feedback", tagOptions, COUNTS_ROWS));
        }
        Map<String, String> chosenRatings = selected.getOrDefault(RATING, new LinkedHashMap<>());
        List<FacetGroup.Option> ratingOptions = new ArrayList<>();
        for (int step : RATING_STEPS) {
            String value = Integer.toString(step);
            long n = ratingRows.getOrDefault(step, 0L);
            if (n > 0 || chosenRatings.containsKey(value)) {
                ratingOptions.add(new FacetGroup.Option(value, ratingLabel(value), n, chosenRatings.containsKey(value)));
            }
        }
        if (!ratingOptions.isEmpty()) {
            groups.add(new FacetGroup(RATING, "Rating", ratingOptions, COUNTS_ROWS));
        }
        return groups;
    }

    static String ratingLabel(String value) {
        return "★ " + value + " and up";
    }
}
