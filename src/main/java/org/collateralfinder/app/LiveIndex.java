package org.collateralfinder.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.search.Ranking;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SearchWarmUp;
import org.collateralfinder.search.SuggestionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index the window works with now, and the search service over it. Normally opened once; when the
 * index is found damaged while the window is open it is closed, moved aside and replaced by a new,
 * empty one that fills as indexing runs. Readers always ask for the current one, so nothing holds on
 * to a closed index.
 */
public final class LiveIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final Path indexDir;
    private final Function<Path, IndexService> opener;
    private volatile IndexService index;
    private volatile SearchService search;
    private final Path suggestFolder;
    private volatile SuggestionService suggestions;

    private final Function<IndexService, SearchService> searchFactory;

    /**
     * @param suggestFolder where the search box's suggestions are kept (in the data folder's cache)
     * @param searchFactory the search service over an index (with the team's feedback in its ranking)
     */
    public LiveIndex(Path indexDir, Function<Path, IndexService> opener, Path suggestFolder,
                     Function<IndexService, SearchService> searchFactory) {
        this.indexDir = indexDir;
        this.opener = opener;
        this.suggestFolder = suggestFolder;
        this.searchFactory = searchFactory;
        this.index = opener.apply(indexDir);
        this.search = searchFactory.apply(index);
        this.suggestions = new SuggestionService(index, suggestFolder);
    }

    /** Opens the index in {@code indexDir} for writing (a damaged one found at open is moved aside and started afresh). */
    public static LiveIndex open(Path indexDir, Path suggestFolder, Function<IndexService, SearchService> searchFactory) {
        return new LiveIndex(indexDir, IndexService::openForWriting, suggestFolder, searchFactory);
    }

    /** Every indexed file as it is, copies and versions not grouped (for reports and counts). */
    public SearchService ungroupedSearch() {
        return new SearchService(index, Ranking.standard(),
                new SearchService.Features(false, false), ZoneId.systemDefault());
    }

    /** The search box's suggestions over the current index. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    public IndexService index() {
        return index;
    }

    /**
     * What to type to warm searching once the index is open (words of the index, letter by letter, twice), so the
     * rep's first keystroke does not pay for compiling the search code and reading the dictionary; the window
     * searches them through its own path. Call it off the UI thread.
     */
    public List<String> warmUpKeystrokes() {
        return SearchWarmUp.keystrokes(index());
    }

    public SearchService search() {
        return search;
    }

    public Path indexDir() {
        return indexDir;
    }

    /**
     * Closes the damaged index, moves its folder aside (kept for inspection) and opens a new, empty one.
     * Blocks; call with no indexing running (see {@link BackgroundIndexer#runBetweenRuns}).
     *
     * @return where the damaged index went
     */
    public synchronized Path replaceDamaged() {
        index.close();
        Path aside = IndexService.moveAside(indexDir);
        IndexService fresh = opener.apply(indexDir);
        index = fresh;
        search = searchFactory.apply(fresh);
        SuggestionService old = suggestions;
        suggestions = new SuggestionService(fresh, suggestFolder);
        old.close();
        LOG.warn("The damaged index was moved to {}; a new one is being built", aside);
        return aside;
    }

    @Override
    public synchronized void close() {
        suggestions.close();
        index.close();
    }
}
