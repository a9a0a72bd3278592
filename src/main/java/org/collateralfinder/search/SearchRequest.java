package org.collateralfinder.search;

import java.util.List;
import java.util.Map;

/**
 * One search.
 *
 * @param query   what the rep typed (may be empty: everything, newest first)
 * @param limit   how many hits to return
 * @param filters facet filters: "type", "source", "year" to accepted values (OR within, AND across)
 * @param order   how hits are ordered
 */
public record SearchRequest(String query, int limit, Map<String, List<String>> filters, Order order) {

    public enum Order { RELEVANCE, NEWEST, NAME }

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        order = order == null ? Order.RELEVANCE : order;
        if (limit < 1) {
            limit = 1;
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, Map.of(), Order.RELEVANCE);
    }
}
