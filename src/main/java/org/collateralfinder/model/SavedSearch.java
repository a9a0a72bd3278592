package org.collateralfinder.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A search a rep saved to run again: its query, filters and order, and when they last opened it (what is new or
 * changed since is counted against the files it matched then).
 *
 * @param filters   facet filters as a search takes them ("type" to "pdf", "presentation"…), in the order chosen
 * @param sort      relevance, newest, name or rating
 * @param asYouType whether the last word also matches the words it starts (saved from the search box)
 */
public record SavedSearch(String name, String query, Map<String, List<String>> filters, String sort,
                          boolean asYouType, Instant savedAt, Instant openedAt) {

    /** The orders a saved search may have, as it stores them. */
    public static final List<String> SORTS = List.of("relevance", "newest", "name", "rating");
    public static final int MAX_NAME_CHARS = 100;
    public static final int MAX_QUERY_CHARS = 2000;

    public SavedSearch {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((dimension, values) -> copy.put(dimension, List.copyOf(values)));
        filters = Collections.unmodifiableMap(copy);
    }

    /** Whether there is anything to search for: a query, or at least one filter. */
    public boolean searchesSomething() {
        return !query.isBlank() || filters.values().stream().anyMatch(values -> !values.isEmpty());
    }

    /** Why a name cannot name a saved search, in a sentence, or empty when it can. */
    public static Optional<String> whyNotAName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the saved search a name.");
        }
        if (name.strip().length() > MAX_NAME_CHARS) {
            return Optional.of("The name of a saved search is at most " + MAX_NAME_CHARS + " characters.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("The name of a saved search cannot hold line breaks or control characters.");
        }
        return Optional.empty();
    }

    /** The name as a saved search is found by: one search per name, whatever its case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
