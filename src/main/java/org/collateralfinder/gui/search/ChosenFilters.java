package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.search.ModifiedPeriod;

/**
 * The filters chosen for the search: facet values (type, modified, source, feedback tag and rating) and
 * "More like this". Gives them as chips, as the request's filters, and as the filter panel's groups with
 * the chosen values ticked. Plain state, changed on the UI thread only.
 */
final class ChosenFilters {

    /** The chip of a "More like this" search. */
    static final String LIKE = "like";
    private static final List<String> DIMENSIONS = List.of("type", ModifiedPeriod.FACET, "source");
    private static final Map<String, String> TITLES = Map.of("type", "Type", ModifiedPeriod.FACET, "Modified",
            "source", "Source");

    /** Chosen values per dimension, in the order chosen, with their labels. */
    private final Map<String, LinkedHashMap<String, String>> selected = new LinkedHashMap<>();
    private String likePath;
    private String likeTitle;

    /** Selects a facet value, or unselects it when it was selected. */
    void toggle(String dimension, String value, String label) {
        LinkedHashMap<String, String> values = selected.computeIfAbsent(dimension, d -> new LinkedHashMap<>());
        if (values.remove(value) == null) {
            values.put(value, label);
        }
        if (values.isEmpty()) {
            selected.remove(dimension);
        }
    }

    /** Searches for files similar to this one (replacing an earlier "More like this"). */
    void like(String path, String title) {
        likePath = path;
        likeTitle = title;
    }

    void remove(ActiveFilter filter) {
        if (LIKE.equals(filter.dimension())) {
            like(null, null);
            return;
        }
        LinkedHashMap<String, String> values = selected.get(filter.dimension());
        if (values != null) {
            values.remove(filter.value());
            if (values.isEmpty()) {
                selected.remove(filter.dimension());
            }
        }
    }

    void clear() {
        selected.clear();
        like(null, null);
    }

    /** Whether a facet value is chosen ("More like this" aside). */
    boolean hasValues() {
        return !selected.isEmpty();
    }

    /** Whether nothing at all filters the search. */
    boolean isEmpty() {
        return selected.isEmpty() && likePath == null;
    }

    /** The file whose similar files are searched for, or null. */
    String likePath() {
        return likePath;
    }

    /** The chips: "More like this" first, then the values in the order chosen. */
    List<ActiveFilter> chips() {
        List<ActiveFilter> chips = new ArrayList<>();
        if (likePath != null) {
            chips.add(new ActiveFilter(LIKE, likePath, "Like “" + likeTitle + "”"));
        }
        selected.forEach((dim, values) -> values.forEach((v, label) -> chips.add(new ActiveFilter(dim, v, label))));
        return chips;
    }

    /** The chosen values the index filters on (a copy, for a background search). */
    Map<String, List<String>> indexFilters() {
        return chosen(false);
    }

    /** The chosen feedback tags and ratings (a copy, for a background search; see {@link FeedbackFacets}). */
    Map<String, List<String>> feedbackFilters() {
        return chosen(true);
    }

    private Map<String, List<String>> chosen(boolean feedback) {
        Map<String, List<String>> chosen = new HashMap<>();
        selected.forEach((dim, values) -> {
            if (FeedbackFacets.isFeedback(dim) == feedback) {
                chosen.put(dim, List.copyOf(values.keySet()));
            }
        });
        return chosen;
    }

    /**
     * The filter panel: the index's facets of the result, then the Feedback groups counted over the feedback
     * of the matches (one summary per content with feedback); chosen values are kept even when no file has them now.
     */
    List<FacetGroup> groups(SearchResult result, Collection<FeedbackSummary> feedback) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String dim : DIMENSIONS) {
            Map<String, String> chosen = selected.getOrDefault(dim, new LinkedHashMap<>());
            Set<String> shown = new LinkedHashSet<>();
            List<FacetGroup.Option> options = new ArrayList<>();
            for (FacetCount c : result.facets().getOrDefault(dim, List.of())) {
                shown.add(c.value());
                options.add(new FacetGroup.Option(c.value(), label(dim, c.value()), c.count(), chosen.containsKey(c.value())));
            }
            chosen.forEach((value, label) -> {
                if (!shown.contains(value)) {
                    options.add(new FacetGroup.Option(value, label, 0, true));
                }
            });
            if (!options.isEmpty()) {
                groups.add(new FacetGroup(dim, TITLES.get(dim), options));
            }
        }
        groups.addAll(FeedbackFacets.groups(feedback, selected));
        return groups;
    }

    /** How a facet value reads in the panel and on a chip. */
    static String label(String dimension, String value) {
        return switch (dimension) {
            case "type" -> {
                FileKind kind = FileKind.byIdOrExtension(value);
                yield kind == null ? value : kind.label();
            }
            case ModifiedPeriod.FACET -> ModifiedPeriod.fromId(value).label();
            case "source" -> Formats.lastName(value);
            case FeedbackFacets.TAG -> FeedbackLabels.label(value);
            case FeedbackFacets.RATING -> FeedbackFacets.ratingLabel(value);
            default -> value;
        };
    }
}
