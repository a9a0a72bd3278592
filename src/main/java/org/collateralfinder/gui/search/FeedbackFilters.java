package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.feedback.RatingComparison;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.collateralfinder.index.Schema;

/**
 * The Feedback filters of the side panel: by tag ("Worked", "Outdated"…) and by rating ("4 stars and
 * up"). The feedback store answers which contents qualify; search then keeps the files with those
 * content hashes, so counts, facets and order stay the index's. Values within a filter are OR-ed,
 * the two filters AND-ed.
 */
final class FeedbackFilters {

    static final String TAG = "feedback-tag";
    static final String RATING = "feedback-rating";
    private static final List<Integer> RATING_STEPS = List.of(4, 3);
    /** Matches no document: a filter nobody qualifies for must show nothing, not everything. */
    private static final String NOTHING = "-";

    private FeedbackFilters() {
    }

    static boolean isFeedback(String dimension) {
        return TAG.equals(dimension) || RATING.equals(dimension);
    }

    /** The index filter for the chosen feedback filters, or nothing when none is chosen. Background threads. */
    static Map<String, List<String>> toIndexFilter(Map<String, List<String>> chosen, FeedbackRepository repository) {
        Set<String> hashes = null;
        List<String> tags = chosen.getOrDefault(TAG, List.of());
        if (!tags.isEmpty()) {
            Set<String> any = new HashSet<>();
            tags.forEach(t -> any.addAll(repository.hashesWithTag(t)));
            hashes = any;
        }
        List<String> ratings = chosen.getOrDefault(RATING, List.of());
        if (!ratings.isEmpty()) {
            Set<String> any = new HashSet<>();
            ratings.forEach(r -> any.addAll(repository.hashesWithRating(RatingComparison.ofSymbol(">="),
                    Double.parseDouble(r))));
            if (hashes == null) {
                hashes = any;
            } else {
                hashes.retainAll(any);
            }
        }
        if (hashes == null) {
            return Map.of();
        }
        return Map.of(Schema.HASH, hashes.isEmpty() ? List.of(NOTHING) : List.copyOf(hashes));
    }

    /** The panel's Feedback groups, counted over the rows shown, chosen values kept even at zero. */
    static List<FacetGroup> groups(List<ResultItem> items, Map<String, LinkedHashMap<String, String>> selected) {
        Map<String, Long> tagRows = new LinkedHashMap<>();
        Map<Integer, Long> ratingRows = new LinkedHashMap<>();
        for (ResultItem item : items) {
            item.feedback().tagCounts().keySet().forEach(t -> tagRows.merge(t, 1L, Long::sum));
            Double avg = item.feedback().averageRating();
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
            groups.add(new FacetGroup(TAG, "Feedback", tagOptions));
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
            groups.add(new FacetGroup(RATING, "Rating", ratingOptions));
        }
        return groups;
    }

    static String ratingLabel(String value) {
        return "★ " + value + " and up";
    }
}
