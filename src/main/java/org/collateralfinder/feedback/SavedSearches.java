package org.collateralfinder.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.collateralfinder.model.SavedSearch;

/**
 * The searches a rep saved (issue 16, item 5), in this computer's database: personal, never shared. Each keeps the
 * files it matched when the rep last opened it, so what is new or changed since can be counted
 * ({@link org.collateralfinder.model.SinceOpened}); running the search is the search package's.
 */
public final class SavedSearches {

    private final FeedbackDatabase database;
    private final Clock clock;

    public SavedSearches(FeedbackDatabase database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock when a search is saved and opened */
    public SavedSearches(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Saves a search (replacing one of the same name, case aside) as opened now, with the files it matches now.
     *
     * @return the search it replaced, if any
     */
    public Optional<SavedSearch> save(String name, String query, Map<String, List<String>> filters, String sort,
                                      boolean asYouType, Map<String, String> matching) {
        SavedSearch.whyNotAName(name).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        if (!SavedSearch.SORTS.contains(sort)) {
            throw new InvalidFeedbackException("Sort a saved search by relevance, newest, name or rating, not \"" + sort
                    + "\".");
        }
        String text = query == null ? "" : query.strip();
        if (text.length() > SavedSearch.MAX_QUERY_CHARS) {
            throw new InvalidFeedbackException("The query of a saved search is at most " + SavedSearch.MAX_QUERY_CHARS
                    + " characters.");
        }
        Instant now = clock.instant();
        SavedSearch search = new SavedSearch(name.strip(), text, filters, sort, asYouType, now, now);
        if (!search.searchesSomething()) {
            throw new InvalidFeedbackException("There is nothing to save: give a query or a filter.");
        }
        return database.write(connection -> {
            Optional<SavedSearch> replaced = SavedSearchTable.find(connection, search.name());
            SavedSearchTable.save(connection, search, matching);
            return replaced;
        });
    }

    /** Every saved search, by name (case aside). */
    public List<SavedSearch> all() {
        return database.read(SavedSearchTable::all);
    }

    /** The saved search of this name, case aside. */
    public Optional<SavedSearch> find(String name) {
        return database.read(connection -> SavedSearchTable.find(connection, name));
    }

    /** The files the search matched when last opened: path to content hash ("" for a file without one). */
    public Map<String, String> matchedWhenOpened(SavedSearch search) {
        return database.read(connection -> SavedSearchTable.files(connection, search.name()));
    }

    /** The rep opened the search: what it matches now is what is new or changed is counted against from now on. */
    public void opened(SavedSearch search, Map<String, String> matching) {
        database.write(connection -> {
            SavedSearchTable.opened(connection, search.name(), clock.instant(), matching);
            return null;
        });
    }

    /** Forgets a saved search; whether there was one of that name (case aside). */
    public boolean remove(String name) {
        return database.write(connection -> SavedSearchTable.remove(connection, name));
    }
}
