package org.collateralfinder.search;

import java.util.List;
import java.util.Map;
import org.collateralfinder.model.DealContext;

/**
 * One search.
 *
 * @param query     what the rep typed (may be empty: everything, newest first)
 * @param limit     how many hits to return, at most {@link #MAX_LIMIT} (less than 1 is read as 1)
 * @param filters   facet filters, OR within a key and AND across keys: "type", "source", "year", "ext" to
 *                  accepted values, "size" to {@link SizeBuckets} ids ({@code under-1mb}, {@code 1-10mb},
 *                  {@code over-10mb}), {@link FeedbackFilters#TAG} to tags and {@link FeedbackFilters#RATING}
 *                  to least average ratings (with a search service that has the team's feedback)
 * @param order     how hits are ordered
 * @param asYouType the last word is still being typed, so it also matches the words it starts
 *                  ({@code pric} finds "pricing"); the search box sets it, the command line does not
 *                  unless asked ({@code --as-you-type})
 * @param likePath  when set, find files similar in content to this indexed file (its id, the absolute
 *                  path); the query, if any, then narrows those
 * @param deal      the rep's deal: files that worked in deals like it rank higher ({@link Ranking#dealBoost}); never
 *                  null ({@link DealContext#none()})
 */
public record SearchRequest(String query, int limit, Map<String, List<String>> filters, Order order,
                            boolean asYouType, String likePath, DealContext deal) {

    public enum Order { RELEVANCE, NEWEST, NAME }

    /** The most hits one search returns: more would not fit on any screen, and would only cost memory. */
    public static final int MAX_LIMIT = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        order = order == null ? Order.RELEVANCE : order;
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        if (likePath != null && likePath.isBlank()) {
            likePath = null;
        }
        deal = deal == null ? DealContext.none() : deal;
    }

    public SearchRequest(String query, int limit, Map<String, List<String>> filters, Order order, boolean asYouType,
                         String likePath) {
        this(query, limit, filters, order, asYouType, likePath, DealContext.none());
    }

    public SearchRequest(String query, int limit, Map<String, List<String>> filters, Order order) {
        this(query, limit, filters, order, false, null);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, Map.of(), Order.RELEVANCE);
    }

    /** Files similar in content to the indexed file at {@code path}. */
    public static SearchRequest like(String path, int limit) {
        return new SearchRequest("", limit, Map.of(), Order.RELEVANCE, false, path);
    }

    /** This search with the last word matched as a prefix (or not). */
    public SearchRequest asYouType(boolean typing) {
        return new SearchRequest(query, limit, filters, order, typing, likePath, deal);
    }

    /** This search for more (or fewer) rows. */
    public SearchRequest withLimit(int rows) {
        return new SearchRequest(query, rows, filters, order, asYouType, likePath, deal);
    }

    /** This search with other filters. */
    public SearchRequest withFilters(Map<String, List<String>> newFilters) {
        return new SearchRequest(query, limit, newFilters, order, asYouType, likePath, deal);
    }

    /** This search for another deal. */
    public SearchRequest withDeal(DealContext newDeal) {
        return new SearchRequest(query, limit, filters, order, asYouType, likePath, newDeal);
    }
}
