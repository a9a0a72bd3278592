package org.collateralfinder.gui.search;

import java.util.List;
import java.util.function.Supplier;
import org.collateralfinder.search.SuggestionService;

/** What the search box's drop-down offers: completed words and titles. Both methods are for background threads. */
public interface Suggestions {

    /** Up to {@code limit} suggestions for what was typed. */
    List<String> suggest(String typed, int limit);

    /** Rebuilds the suggestions from the index as it is now (after indexing). */
    void rebuild();

    /** Whether suggestions are there to use (built now or kept from an earlier start). */
    boolean isReady();

    /** Suggestions from the search package's suggestion service (word completions, then titles). */
    static Suggestions of(Supplier<SuggestionService> service) {
        return new Suggestions() {
            @Override
            public List<String> suggest(String typed, int limit) {
                return service.get().suggest(typed, limit);
            }

            @Override
            public void rebuild() {
                service.get().rebuild();
            }

            @Override
            public boolean isReady() {
                return service.get().isReady();
            }
        };
    }
}
