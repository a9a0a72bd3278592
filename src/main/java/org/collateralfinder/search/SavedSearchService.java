package org.collateralfinder.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.collateralfinder.feedback.SavedSearches;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.model.SavedSearch;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.model.SinceOpened;

/**
 * Saved searches as the window and the command line both use them: saving one with what it matches now, listing
 * them with how many files are new or changed since each was last opened, and opening one (what it matches now is
 * then what later changes are counted against). The searches themselves are kept by {@link SavedSearches}.
 */
public final class SavedSearchService {

    private final Supplier<SearchService> search;
    private final SavedSearches saved;

    /** @param search the search over the index as it is now (the window's index may be replaced) */
    public SavedSearchService(Supplier<SearchService> search, SavedSearches saved) {
        this.search = Objects.requireNonNull(search);
        this.saved = Objects.requireNonNull(saved);
    }

    /** A saved search, how many files it matches now, and what is new or changed since it was last opened. */
    public record Listed(SavedSearch search, int matching, SinceOpened since) {
    }

    /**
     * What saving did.
     *
     * @param replaced the saved search of that name it replaced, if any
     */
    public record Saved(SavedSearch search, int matching, Optional<SavedSearch> replaced) {
    }

    /** A saved search opened: its page of results and what is new or changed since it was last opened before. */
    public record Opened(SavedSearch search, SearchResult result, SinceOpened since) {
    }

    /** The search a saved one runs (a rating order is the relevance order, re-sorted by the window). */
    public static SearchRequest request(SavedSearch saved, int limit) {
        SearchRequest.Order order = switch (saved.sort()) {
            case "newest" -> SearchRequest.Order.NEWEST;
            case "name" -> SearchRequest.Order.NAME;
            default -> SearchRequest.Order.RELEVANCE;
        };
        return new SearchRequest(saved.query(), limit, saved.filters(), order, saved.asYouType(), null);
    }

    /** Saves a search as opened now: what is new or changed is counted from what it matches now. */
    public Saved save(String name, String query, Map<String, List<String>> filters, String sort, boolean asYouType) {
        SearchService service = search.get();
        SavedSearch probe = new SavedSearch(name == null ? "" : name.strip(), query == null ? "" : query.strip(),
                filters, sort, asYouType, Instant.EPOCH, Instant.EPOCH);
        Map<String, String> matching = probe.searchesSomething() ? service.matchingFiles(request(probe, 1)) : Map.of();
        Optional<SavedSearch> replaced = saved.save(name, query, filters, sort, asYouType, matching);
        SavedSearch stored = saved.find(name).orElseThrow();
        return new Saved(stored, matching.size(), replaced);
    }

    /** Every saved search with its counts, by name. */
    public List<Listed> list() {
        SearchService service = search.get();
        List<Listed> listed = new ArrayList<>();
        for (SavedSearch one : saved.all()) {
            Map<String, String> now = service.matchingFiles(request(one, 1));
            listed.add(new Listed(one, now.size(), SinceOpened.of(saved.matchedWhenOpened(one), now)));
        }
        return listed;
    }

    /** The saved search of this name (case aside), or the sentence saying there is none. */
    public SavedSearch find(String name) {
        return saved.find(name).orElseThrow(() -> new RefusedInputException(noSuchSearch(name)));
    }

    /**
     * The rep opens a saved search: what is new or changed since they last did, then what it matches now becomes what
     * later changes are counted against.
     */
    public SinceOpened markOpened(SavedSearch one) {
        Map<String, String> now = search.get().matchingFiles(request(one, 1));
        SinceOpened since = SinceOpened.of(saved.matchedWhenOpened(one), now);
        saved.opened(one, now);
        return since;
    }

    /** Opens a saved search: its first {@code limit} results, and what is new or changed since it was last opened. */
    public Opened open(String name, int limit) {
        SavedSearch one = find(name);
        SearchResult result = search.get().search(request(one, limit));
        return new Opened(one, result, markOpened(one));
    }

    /** Forgets a saved search, or says there is none of that name. */
    public void remove(String name) {
        if (!saved.remove(name)) {
            throw new RefusedInputException(noSuchSearch(name));
        }
    }

    private String noSuchSearch(String name) {
        List<SavedSearch> all = saved.all();
        return "There is no saved search \u201c" + name + "\u201d" + (all.isEmpty() ? "; save one with search --save NAME QUERY."
                : "; the saved searches are " + String.join(", ", all.stream().map(s -> "\u201c" + s.name() + "\u201d")
                .toList()) + ".");
    }
}
