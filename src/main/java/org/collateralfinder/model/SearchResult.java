package org.collateralfinder.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to one query.
 *
 * @param total   how many files match (grouped duplicates count once)
 * @param tookMs  time to the page of results (hits with snippets), in milliseconds with microsecond resolution
 * @param countMs time the total and the facets took after the page (they look at every match), in
 *                milliseconds; 0 until they are counted
 * @param facets  facet name ("type", "source", "year"...) to counts, largest first
 * @param message a sentence for the user when the query was changed or bounded, else null
 */
public record SearchResult(String query, long total, double tookMs, double countMs, List<SearchHit> hits,
                           Map<String, List<FacetCount>> facets, String message) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }
}
