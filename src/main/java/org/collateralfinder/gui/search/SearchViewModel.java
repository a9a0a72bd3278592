package org.collateralfinder.gui.search;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.IndexReplacedException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.search.MatchedFeedback;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.task.BackgroundTask;
import org.collateralfinder.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search as you type: the query, filters and order in, results, facets, suggestions and a one-line
 * query error out. Searches run on their own executor, one part at a time: the first rows of a new search (with
 * their snippets) are shown first, then the total and facets, then the rest of the rows. A keystroke cancels what
 * is being computed for the text before it (it stops at its next look at its cancellation, and nothing it found
 * is shown), so work never piles up behind typing. All properties change on the UI executor only.
 */
public final class SearchViewModel {

    /** The rows a search lists at first, and how many more each "Show more" adds. */
    public static final int LIMIT = 200;
    /**
     * The rows of a new search written and shown first, before its counts and its other rows: more than a tall window
     * shows at once, so the list is full when it is painted.
     */
    public static final int FIRST_ROWS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final Supplier<SearchService> search;
    private final ResultRows rows;
    private final Suggestions suggester;
    private final Executor background;
    /** Where searches run: one at a time, never behind other work (a preview, a feedback form, suggestions being built). */
    private final Executor searches;
    private final Executor ui;
    private final Debouncer debouncer;
    private final Consumer<UserError> errors;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<ResultOrder> order = new SimpleObjectProperty<>(this, "order", ResultOrder.RELEVANCE);
    /** The rep's deal: files that worked in deals like it rank higher, and their rows say why. */
    private final ObjectProperty<DealContext> deal = new SimpleObjectProperty<>(this, "deal", DealContext.none());
    private final ObservableList<ResultItem> results = FXCollections.observableArrayList();
    /** The files a saved search just opened found new or changed since it was last opened, by path ("new"). */
    private final ObservableMap<String, String> sinceOpened = FXCollections.observableHashMap();
    private final ObservableMap<String, String> sinceOpenedShown = FXCollections.unmodifiableObservableMap(sinceOpened);
    /** The query those marks are of: another search shown clears them. */
    private String markedQuery;
    private final ResultSelection selection = new ResultSelection();
    private final ReadOnlyObjectWrapper<SearchRequest> shownRequest = new ReadOnlyObjectWrapper<>(this, "shownRequest",
            new SearchRequest("", LIMIT, Map.of(), SearchRequest.Order.RELEVANCE, true, null));
    private final ObservableList<FacetGroup> facets = FXCollections.observableArrayList();
    private final ObservableList<ActiveFilter> activeFilters = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    /** The text whose suggestions the rep closed, or null. */
    private String dismissedFor;
    private final StringProperty queryError = new SimpleStringProperty(this, "queryError", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final StringProperty emptyTitle = new SimpleStringProperty(this, "emptyTitle", "");
    private final StringProperty emptyTips = new SimpleStringProperty(this, "emptyTips", "");
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");
    /** Whether an indexing run is reading files now: only then may a file missing from the results still come. */
    private final BooleanProperty indexing = new SimpleBooleanProperty(this, "indexing");
    private final ChosenFilters filters = new ChosenFilters();
    /** Counts the answers shown (a page of rows, then its counts): what follows the rows shown listens to it. */
    private final ReadOnlyLongWrapper answered = new ReadOnlyLongWrapper(this, "answered");
    /** How many rows {@link #showMore()} adds to the list (0: every match is listed, or the rows are not counted yet). */
    private final ReadOnlyIntegerWrapper moreRows = new ReadOnlyIntegerWrapper(this, "moreRows");
    /**
     * The rows the search asks for: {@link #LIMIT}, and {@link #LIMIT} more each time the rep asks to see more; back to
     * {@link #LIMIT} when the words or the filters change (another order, a deal or a refresh keep the rows listed).
     */
    private int rowsAsked = LIMIT;

    /** Told each counted answer: the search and how many files match it (the watch of searches that found nothing). */
    private BiConsumer<SearchRequest, Long> countedListener = (request, total) -> { };
    private long generation;
    /** The shown search's result with its counts (the filter panel's index facets), or null before the first. */
    private SearchResult counted;
    /** The feedback on every match of the shown search, by content and row (the Feedback filters count it), or null. */
    private MatchedFeedback matchedFeedback;
    /** The summary's count part ("1,019 files, showing the first 200"), before what is said of the selection. */
    private String counts = "";
    /** The part of the search being computed now (a page, its counts or its other rows), cancelled by the next. */
    private BackgroundTask<?> running;
    /** The searches warming the window's search path after it opened ({@link #warmUp}); the rep's first key stops them. */
    private BackgroundTask<Integer> warming;
    private boolean quietQueryChange;
    /** Whether rows of the search shown are still being written (they follow its first rows and its counts). */
    private boolean rowsToCome;
    /** Whether the rows are being replaced by new results now (what the list selects meanwhile is not the rep's). */
    private boolean replacingRows;
    /** The search that was running when the rep last picked a file: its answer keeps that pick (-1: none). */
    private long pickedWhileRunning = -1;

    /**
     * @param items            the rows written so far (the page's first rows, or all of them)
     * @param selectedBeyond   the file selected when the search started, when it still matches beyond the rows, or null
     * @param matchedFeedback  the feedback on every match (null until counted, or when unreadable)
     */
    private record Outcome(SearchRequest request, SearchService.Page page, SearchResult result, List<ResultItem> items,
                           List<String> suggestions, String selectedBeyond, MatchedFeedback matchedFeedback) {

        /** The same results with their total and facets, and the feedback over every match. */
        Outcome counted(SearchResult withCounts, MatchedFeedback feedback) {
            return new Outcome(request, page, withCounts, items, suggestions, selectedBeyond, feedback);
        }
    }

    /**
     * The rest of a page's rows: {@code from} on, the rows shown are replaced by {@code items}.
     *
     * @param waiting the file kept selected until these rows came (picked while the search ran, not among the first
     *                rows), or null
     * @param beyond  {@code waiting} when the search matches it beyond all the rows, else null
     */
    private record Rest(int from, List<ResultItem> items, String waiting, String beyond) {
    }

    /** Searches run again in a row because they met the index being replaced (bounded: the app may be closing). */
    private static final int MAX_RERUNS_AFTER_REPLACEMENT = 3;
    private int rerunsAfterReplacement;
    /**
     * The text the rep pressed Enter on, searched as typed (its last word not completed) until the text changes: the
     * list is then the command line's for the same words (window re-test 22, F3: "quokka" and Enter still listed a file
     * holding only "quokkafalcon").
     */
    private String finishedQuery;

    /**
     * @param search the search service over the current index (the index is replaced when found damaged)
     * @param pinned whether a path has a pinned offline copy (called on the background executor)
     */
    public SearchViewModel(Supplier<SearchService> search, SourceAvailability availability,
            Predicate<String> pinned, Suggestions suggester, UiWork work, Debouncer debouncer) {
        this(search, availability, pinned, suggester, work, work.background(), debouncer);
    }

    /**
     * @param searches where the searches run (the app gives them a thread of their own); the rest of the work (building
     *                 suggestions, reading feedback again) runs on {@code work}'s background executor
     */
    public SearchViewModel(Supplier<SearchService> search, SourceAvailability availability,
            Predicate<String> pinned, Suggestions suggester, UiWork work, Executor searches, Debouncer debouncer) {
        this.search = search;
        this.rows = new ResultRows(availability, pinned);
        this.suggester = suggester;
        this.background = work.background();
        this.searches = searches;
        this.ui = work.ui();
        this.debouncer = debouncer;
        this.errors = work.errors();
        query.addListener((obs, old, now) -> {
            boolean wantSuggestions = !quietQueryChange;
            if (!quietQueryChange && filters.likePath() != null) {
                filters.like(null, null); // a new typed search replaces "More like this"
                activeFilters.setAll(filters.chips());
            }
            dismissedFor = null; // closing the suggestions held for the text they were closed on
            finishedQuery = null; // the text is being typed again: its last word completes again
            if (wantSuggestions && warming != null) {
                warming.cancel(); // a typed key: the warm-up gives the processor back
            }
            generation++; // answers to earlier queries are stale from this keystroke on
            if (running != null) {
                running.cancel(); // and what is being computed for them stops
            }
            searching.set(true);
            debouncer.submit(() -> run(wantSuggestions));
        });
        order.addListener((obs, old, now) -> run(false));
        deal.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                run(false);
            }
        });
        selection.beyondProperty().addListener((obs, old, now) -> showSummary());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ResultOrder> orderProperty() {
        return order;
    }

    /** The rep's deal (never null: {@link DealContext#none()}); a change ranks the results again. */
    public ObjectProperty<DealContext> dealProperty() {
        return deal;
    }

    public ObservableList<ResultItem> results() {
        return results;
    }

    /**
     * The file the rep selected among the results, or null: the one thing the preview and the feedback
     * show. Kept on the same file when the results are refreshed; none when it is gone from them.
     */
    public ReadOnlyObjectProperty<ResultItem> selectedProperty() {
        return selection.selectedProperty();
    }

    /**
     * The file that was selected and that the same search, run again, no longer lists (deleted, moved, or no
     * longer matching): nothing is selected then, until the rep picks a file (then this is null again).
     */
    public ReadOnlyObjectProperty<ResultItem> lostProperty() {
        return selection.lostProperty();
    }

    /**
     * Takes the rep to the file to use instead of a retired one: selects its row when the results list it, else searches
     * for it by its path.
     */
    public void useInstead(String path) {
        for (ResultItem item : results) {
            if (item.hit().path().equals(path)) {
                select(item);
                return;
            }
        }
        query.set("path:\"" + path + "\"");
        submit();
    }

        /** Selects one of the results (null: none). */
    public void select(ResultItem item) {
        if (replacingRows) {
            // the list's own selection moving while its rows are replaced (its row gone, it may move to a
            // neighbour) is no choice of the rep: which file stays selected is decided once the rows are in
            return;
        }
        if (item != null && searching.get()) {
            pickedWhileRunning = generation; // picked from the rows before this search's answer
        }
        selection.select(item, results);
    }

    /** The search whose results are shown (what the preview marks in the file's text). */
    public ReadOnlyObjectProperty<SearchRequest> shownRequestProperty() {
        return shownRequest.getReadOnlyProperty();
    }

    /**
     * How the search answered differs from the one shown: the same search when the rep picked a file while it ran (its
     * answer is no other search to that pick, which it keeps where it lists the file).
     */
    private ResultSelection.Change change(SearchRequest shown, SearchRequest answered) {
        // Enter on the words typed (the last one no longer completed) narrows them as a filter would: the file picked
        // stays when still listed, else the best one is shown, never "no longer there" (the file was not touched)
        if (sameSearch(shown, answered) && shown.asYouType() == answered.asYouType() || pickedWhileRunning == generation) {
            return ResultSelection.Change.SAME;
        }
        return shown.query().strip().equals(answered.query().strip()) && Objects.equals(shown.likePath(), answered.likePath())
                ? ResultSelection.Change.FILTERS : ResultSelection.Change.OTHER;
    }

    /**
     * The rows not to select as the best file of a search: for "more like this", the file's own copies and versions.
     * More like this on Pricing Deck v2 selected v1, its older version of the same title: the detail pane looked
     * unchanged while it showed v1, and a rep rating it next rated v1 (window re-test 18, R9). The rep asked for
     * other files like this one, so the first other file is selected (the versions stay listed); keeping the source
     * selected instead would leave the pane on a file the list does not show.
     */
    private static Predicate<ResultItem> passedOver(SearchRequest answered) {
        String like = answered.likePath();
        return like == null ? row -> false : row -> holds(row.hit(), like);
    }

    private static boolean sameSearch(SearchRequest a, SearchRequest b) {
        return a.query().strip().equals(b.query().strip()) && a.filters().equals(b.filters())
                && Objects.equals(a.likePath(), b.likePath());
    }

    public ObservableList<FacetGroup> facets() {
        return facets;
    }

    public ObservableList<ActiveFilter> activeFilters() {
        return activeFilters;
    }

    public ObservableList<String> suggestions() {
        return suggestions;
    }

    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** What the search changed about the query ("Showing results for “pricing”…"), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** What the empty result list says: "No files match “…”", or that nothing is indexed yet. */
    public ReadOnlyStringProperty emptyTitleProperty() {
        return emptyTitle;
    }

    /** Tips under the empty state's title, one per line. */
    public ReadOnlyStringProperty emptyTipsProperty() {
        return emptyTips;
    }

    /** Bound by the window to whether an indexing run is going on. */
    public BooleanProperty indexingProperty() {
        return indexing;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    /** Changes each time an answer is shown: the rows of {@link #shownRequestProperty()} are in {@link #results()}. */
    public ReadOnlyLongProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /** Runs the current search now (at start, and after the index changed). */
    public void refresh() {
        run(false);
    }

    /**
     * How many rows {@link #showMore()} adds: {@link #LIMIT}, or the matches left when fewer are; 0 while the search
     * runs or when every match is listed (and at {@link SearchRequest#MAX_LIMIT} rows, the most one search lists).
     */
    public ReadOnlyIntegerProperty moreRowsProperty() {
        return moreRows.getReadOnlyProperty();
    }

    /**
     * Lists the next rows of the search shown ({@link #moreRowsProperty()}), after those listed: the same search asking for
     * {@link #LIMIT} more rows, in the background as every search. The rows listed stay as they are (the list keeps where
     * it is scrolled to, and the file selected), the new ones are added after them, and the count line says how many are
     * listed. Nothing happens while a search runs or when every match is listed.
     */
    public void showMore() {
        if (moreRows.get() == 0 || searching.get()) {
            return;
        }
        rowsAsked = Math.min(results.size() + LIMIT, SearchRequest.MAX_LIMIT);
        run(false, true);
    }

    /** Sets the query without opening suggestions, e.g. the remembered last query or a chosen suggestion. */
    public void setQueryQuietly(String text) {
        quietQueryChange = true;
        try {
            query.set(text);
        } finally {
            quietQueryChange = false;
        }
        suggestions.clear();
    }

    /** Puts a suggested title in the box as plain words, so characters like ':' cannot break the query. */
    public void applySuggestion(String title) {
        setQueryQuietly(title.replaceAll("[:()\\[\\]{}^~*?\"\\\\/!+&|-]+", " ").replaceAll("\\s+", " ").strip());
    }

    /**
     * The rep pressed Enter: the query is taken as finished. While it was typed, what is unfinished in it
     * (a range, quote or parenthesis not closed yet, a filter without its value, a last AND) was left out so
     * each keystroke shows files; a query still malformed once finished gets its sentence over no files,
     * as the command line's search does. A query that is fine is searched as typed, its last word no longer completed,
     * so the list is the command line's; it stays so (another order, filters, a refresh) until the text changes.
     */
    public void submit() {
        String text = query.get();
        if (text.isBlank() || filters.likePath() != null) {
            return;
        }
        // the search of the last keystroke, still waiting, would answer after this one with the loosened list
        debouncer.cancel();
        suggestions.clear();
        finishedQuery = text;
        SearchRequest shown = shownRequest.get();
        boolean listAnswersIt = !searching.get() && shown.query().equals(text) && !shown.asYouType();
        long current = ++generation; // an answer still coming for this text waits for the check
        if (running != null) {
            running.cancel();
        }
        Map<String, List<String>> all = new HashMap<>(filters.indexFilters());
        all.putAll(filters.feedbackFilters());
        SearchRequest finished = new SearchRequest(text, 1, all, order.get().searchOrder(), false, null);
        searching.set(true);
        running = BackgroundTask.cancellable(cancellation -> {
                    search.get().page(finished, 1, cancellation); // only whether the finished query can be read
                    return (Outcome) null;
                })
                .onSuccess(none -> {
                    if (current == generation) {
                        if (listAnswersIt) {
                            searching.set(false);
                        } else {
                            run(false);
                        }
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        fail(error);
                    }
                })
                .runOn(searches, ui);
    }

    /** Closes the suggestions (Escape, Enter); an answer still coming for the same text does not open them again. */
    public void dismissSuggestions() {
        suggestions.clear();
        dismissedFor = query.get();
    }

    /** Selects a facet value, or unselects it when it was selected; then searches. */
    public void toggleFilter(String dimension, String value, String label) {
        filters.toggle(dimension, value, label);
        filtersChanged();
    }

    /**
     * Shows the files most similar in content to this one ("More like this"), most similar first; the
     * query box is emptied, a chip undoes it, and typing a new search replaces it.
     */
    public void moreLikeThis(ResultItem item) {
        filters.like(item.hit().path(), item.hit().title());
        setQueryQuietly("");
        if (order.get() != ResultOrder.RELEVANCE) {
            order.set(ResultOrder.RELEVANCE);
        }
        filtersChanged();
    }

    public void removeFilter(ActiveFilter filter) {
        filters.remove(filter);
        filtersChanged();
    }

    public void clearFilters() {
        filters.clear();
        filtersChanged();
    }

    /**
     * Makes sure there are suggestions: those kept from the last start are used as they are (rebuilding
     * reads every title and word of the index, seconds of work on a large one); built only when missing.
     */
    public void loadSuggestions() {
        buildSuggestions(false);
    }

    /** Rebuilds the suggestions in the background (after an indexing run changed the index). */
    public void reloadSuggestions() {
        buildSuggestions(true);
    }

    private void buildSuggestions(boolean evenIfThere) {
        BackgroundTask.of(() -> {
                    if (evenIfThere || !suggester.isReady()) {
                        suggester.rebuild();
                    }
                    return true;
                })
                .onFailure(e -> LOG.warn("Suggestions could not be loaded", e))
                .runOn(background, ui);
    }

    /**
     * Shows new feedback on the row of the file at this path, then on the other rows with its content (their
     * feedback changed too, and is read again: a file edited in place may carry feedback of its own).
     */
    public void updateFeedback(String path, FeedbackSummary value) {
        String content = null;
        List<SearchHit> others = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultItem item = results.get(i);
            if (item.hit().path().equals(path)) {
                content = item.hit().contentHash();
                results.set(i, item.withFeedback(value));
            }
        }
        for (ResultItem item : results) {
            if (content != null && content.equals(item.hit().contentHash()) && !item.hit().path().equals(path)) {
                others.add(item.hit());
            }
        }
        selection.keepFeedback(path, value);
        remember(value);
        selection.keep(results);
        feedbackFacetsChanged();
        refreshDeal(content);
        if (others.isEmpty()) {
            return;
        }
        BackgroundTask.of(() -> ResultRows.feedbackFor(search.get(), others))
                .onSuccess(summaries -> {
                    for (int i = 0; i < results.size(); i++) {
                        ResultItem item = results.get(i);
                        FeedbackSummary summary = summaries.get(item.hit().path());
                        if (summary != null && others.contains(item.hit())) {
                            results.set(i, item.withFeedback(summary));
                            remember(summary);
                        }
                    }
                    selection.keep(results);
                    feedbackFacetsChanged();
                })
                .onFailure(e -> LOG.warn("Feedback could not be read again", e))
                .runOn(background, ui);
    }

    /**
     * What the team's feedback says of the rows of this content in deals like the rep's, read again after feedback on
     * it was saved (an entry saved with the deal set is such feedback): the rows say it at once.
     */
    private void refreshDeal(String content) {
        DealContext forDeal = deal.get();
        if (content == null || forDeal == null || forDeal.isEmpty()) {
            return;
        }
        List<SearchHit> hits = results.stream().map(ResultItem::hit).filter(hit -> content.equals(hit.contentHash()))
                .toList();
        BackgroundTask.of(() -> ResultRows.evidenceFor(search.get(), hits, forDeal))
                .onSuccess(evidence -> {
                    if (!forDeal.equals(deal.get())) {
                        return; // another deal's rows are on their way
                    }
                    for (int i = 0; i < results.size(); i++) {
                        ResultItem item = results.get(i);
                        if (content.equals(item.hit().contentHash())) {
                            results.set(i, item.withDeal(evidence.get(item.hit().path())));
                        }
                    }
                    selection.keep(results);
                })
                .onFailure(e -> LOG.warn("Feedback from deals like the rep's could not be read again", e))
                .runOn(background, ui);
    }

    /** Counts a file's new feedback among every match's (its content's summary replaced). */
    private void remember(FeedbackSummary value) {
        if (matchedFeedback != null && value != null && value.contentHash() != null) {
            matchedFeedback = matchedFeedback.with(value);
        }
    }

    private void filtersChanged() {
        activeFilters.setAll(filters.chips());
        run(false);
    }

    private void run(boolean withSuggestions) {
        run(withSuggestions, false);
    }

    /** @param more the same search for more rows ({@link #showMore()}): those listed stay, its counts are those shown */
    private void run(boolean withSuggestions, boolean more) {
        long current = ++generation;
        if (running != null) {
            running.cancel();
        }
        Map<String, List<String>> indexFilters = filters.indexFilters();
        Map<String, List<String>> feedbackFilters = filters.feedbackFilters();
        ResultOrder chosen = order.get();
        String text = query.get();
        String like = filters.likePath();
        DealContext forDeal = deal.get() == null ? DealContext.none() : deal.get();
        String selectedPath = selection.selectedProperty().get() == null ? null
                : selection.selectedProperty().get().hit().path();
        Map<String, List<String>> all = new HashMap<>(indexFilters);
        all.putAll(feedbackFilters); // search's FeedbackFilters reads them, as it reads tag: in the query
        boolean typing = !text.equals(finishedQuery);
        SearchRequest asked = new SearchRequest(text, rowsAsked, all, chosen.searchOrder(), typing, like, forDeal);
        if (!more && !sameSearch(shownRequest.get(), asked)) {
            rowsAsked = LIMIT; // other words or filters: their first rows, as many as a search lists at first
        }
        SearchRequest request = asked.withLimit(rowsAsked);
        boolean moreOfCounted = more && counted != null;
        // other words replace the list and select their best file: their first rows come first, the others after the
        // counts (a file the rep picks meanwhile stays selected, see show); the same words again (a refresh while files
        // are indexed, another order, other filters, another deal) keep the rows the rep may have scrolled to and the
        // file picked among them (other filters keep it while the list still holds it, wherever it is), so all of them
        // come at once; rows by rating are ordered here, over all of them. More rows of the same search: the rows listed
        // first (the same rows: the list keeps them, and where it is scrolled to), then the new ones after them
        int firstRows = chosen == ResultOrder.RATING ? rowsAsked
                : moreOfCounted ? Math.max(1, results.size())
                : change(shownRequest.get(), request) == ResultSelection.Change.OTHER ? FIRST_ROWS : rowsAsked;
        searching.set(true);
        running = BackgroundTask.cancellable(cancellation -> compute(request, chosen, withSuggestions, selectedPath,
                        firstRows, cancellation))
                .onSuccess(outcome -> {
                    if (current == generation) {
                        if (moreOfCounted) {
                            // the same search: its total, facets and feedback counts are those shown; only the rows
                            // after those listed are new
                            show(outcome, false, true);
                            showCounts(counted.total(), outcome.page().rows());
                            writeRest(outcome, current);
                        } else {
                            show(outcome, true, false);
                            count(outcome, current);
                        }
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        fail(error);
                    }
                })
                .runOn(searches, ui);
    }

    /**
     * The total and facets follow the first rows: they look at every match, the results need not wait for them. The
     * rest of the rows follow them.
     */
    private void count(Outcome shown, long current) {
        running = BackgroundTask.cancellable(cancellation -> {
                    SearchService.Counts counts = shown.page().counts(cancellation);
                    return shown.counted(counts.result(), counts.feedback());
                })
                .onSuccess(outcome -> {
                    if (current == generation) {
                        apply(outcome);
                        writeRest(outcome, current);
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        fail(error);
                    }
                })
                .runOn(searches, ui);
    }

    /** The page's rows after the first ones, with their snippets; the search is over when they are shown. */
    private void writeRest(Outcome shown, long current) {
        if (shown.page().isComplete()) {
            searching.set(false);
            return;
        }
        String waiting = selection.beyondProperty().get() && selection.selectedProperty().get() != null
                ? selection.selectedProperty().get().hit().path() : null;
        running = BackgroundTask.cancellable(cancellation -> {
                    SearchService service = search.get();
                    SearchService.Page complete = shown.page().complete(cancellation);
                    List<SearchHit> all = complete.shown().hits();
                    List<SearchHit> before = shown.result().hits();
                    int same = 0;
                    while (same < before.size() && same < all.size() && before.get(same).equals(all.get(same))) {
                        same++; // the index changed meanwhile: the rows that differ are written again
                    }
                    String beyond = waiting != null && all.stream().noneMatch(hit -> holds(hit, waiting))
                            && complete.matches(waiting) ? waiting : null;
                    return new Rest(same, rows.of(service, all.subList(same, all.size()), shown.request().deal()), waiting,
                            beyond);
                })
                .onSuccess(rest -> {
                    if (current == generation) {
                        showRest(rest);
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        fail(error);
                    }
                })
                .runOn(searches, ui);
    }

    private void showRest(Rest rest) {
        rowsToCome = false;
        replacingRows = true;
        try {
            if (rest.from() < results.size()) {
                results.remove(rest.from(), results.size());
            }
            results.addAll(rest.items());
        } finally {
            replacingRows = false;
        }
        if (rest.waiting() != null) {
            // among the rows, beyond them, or gone
            selection.after(ResultSelection.Change.SAME, results, rest.beyond(), passedOver(shownRequest.get()));
        } else {
            selection.keep(results);
        }
        showSummary();
        searching.set(false);
        answered.set(answered.get() + 1);
    }

    private Outcome compute(SearchRequest request, ResultOrder chosen, boolean withSuggestions, String selectedPath,
                            int firstRows, Cancellation cancellation) {
        SearchService service = search.get();
        SearchService.Page page = service.page(request, firstRows, cancellation);
        SearchResult result = page.shown();
        List<ResultItem> items = rows.of(service, result.hits(), request.deal());
        if (chosen == ResultOrder.RATING) {
            items.sort(Comparator.comparingDouble((ResultItem i) -> i.feedback().averageRating() == null ? 0
                    : i.feedback().averageRating()).reversed());
        }
        // (none after an operator, an empty field or inside a range: the search package's suggestions say so)
        List<String> completions = withSuggestions && !request.query().isBlank()
                ? suggester.suggest(request.query(), 8) : List.of();
        // the selected file not among the rows (another order, a long list) may still match, beyond them; one folded
        // under a row as its copy or version is not beyond them (the window says where it is)
        // (a new search with rows to come selects its best file: see show)
        String beyond = page.isComplete() && selectedPath != null && items.stream().noneMatch(i -> holds(i.hit(), selectedPath))
                && page.matches(selectedPath) ? selectedPath : null;
        return new Outcome(request, page, result, items, completions, beyond, null);
    }

    /**
     * Warms the window's own search path once it has opened: each text is searched as a typed key is (its first rows with
     * their snippets and row details and the suggestions, then the total, facets and feedback over every match, then the
     * other rows with theirs), on {@code where} (the app's low-priority warm-up thread: never the search thread a key
     * would queue behind, nor a background thread other work waits for), and nothing is shown. Without it the rep's
     * first key met this code not yet compiled and the parts of the index it reads not yet read. A key typed stops it
     * between two of its searches or inside one; a search the window makes itself (the last session's query) does not.
     */
    public void warmUp(List<String> typed, Executor where) {
        if (typed.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        warming = BackgroundTask.cancellable(cancellation -> {
                    int made = 0;
                    for (String text : typed) {
                        if (cancellation.isCancelled()) {
                            break;
                        }
                        SearchRequest request = new SearchRequest(text, LIMIT, Map.of(), ResultOrder.RELEVANCE.searchOrder(),
                                true, null, DealContext.none());
                        Outcome first = compute(request, ResultOrder.RELEVANCE, true, null, FIRST_ROWS, cancellation);
                        first.page().counts(cancellation);
                        List<SearchHit> all = first.page().complete(cancellation).shown().hits();
                        rows.of(search.get(), all.subList(Math.min(all.size(), first.items().size()), all.size()),
                                DealContext.none());
                        made++;
                    }
                    return made;
                })
                .onSuccess(made -> LOG.debug("The window's search warmed with {} searches in {} ms", made,
                        (System.nanoTime() - start) / 1_000_000))
                .onFailure(error -> LOG.debug("The window's search warm-up ended early", error))
                .runOn(where, ui);
    }

    /** Stops the warm-up ({@link #warmUp}) where it is, if it is running: the window is closing. */
    public void stopWarmUp() {
        if (warming != null) {
            warming.cancel();
        }
    }

    /** Whether a row is this file, or lists it as a copy or version. */
    private static boolean holds(SearchHit row, String path) {
        return row.path().equals(path) || row.duplicates().contains(path) || row.versions().contains(path)
                || row.newerVersions().contains(path);
    }

    /** Shows the pinned badge (or not) on every row of this file, after pinning or unpinning it. */
    public void updatePinned(String path, boolean value) {
        for (int i = 0; i < results.size(); i++) {
            ResultItem item = results.get(i);
            if (item.hit().path().equals(path) || item.hit().path().startsWith(path + File.separator)) {
                results.set(i, item.withPinned(value));
            }
        }
        selection.keep(results);
    }

    /**
     * Marks the rows of the files a saved search found new or changed since it was last opened, as {@code saved open}
     * does on the command line; the marks stay while its query is shown.
     */
    public void markSinceOpened(String query, List<String> added, List<String> changed) {
        Map<String, String> marks = new HashMap<>();
        changed.forEach(path -> marks.put(path, SINCE_CHANGED));
        added.forEach(path -> marks.put(path, SINCE_NEW));
        markedQuery = query;
        sinceOpened.clear();
        sinceOpened.putAll(marks);
    }

    /** The rows marked new ({@value #SINCE_NEW}) or changed since their saved search was last opened, by path. */
    public ObservableMap<String, String> sinceOpened() {
        return sinceOpenedShown;
    }

    public static final String SINCE_NEW = "new";
    public static final String SINCE_CHANGED = "changed";

    /**
     * The page of results, painted as soon as it is ready; still searching until the counts follow.
     *
     * @param inPlace the same rows again, more to come after them: a row that differs is replaced where it is, so no
     *                row moves (the list stays where it is scrolled to)
     */
    private void show(Outcome outcome, boolean firstAnswer, boolean inPlace) {
        queryError.set("");
        if (markedQuery != null && !markedQuery.equals(outcome.request().query())) { // another search: marks go
            markedQuery = null;
            sinceOpened.clear();
        }
        // the rep picked a file while this search ran (from an earlier prefix's rows): its answer is no other search
        // to that pick, which it keeps where it lists the file
        ResultSelection.Change change = change(shownRequest.get(), outcome.request());
        if (!sameSearch(shownRequest.get(), outcome.request())) {
            moreRows.set(0); // another search's rows: how many more it has is known once it is counted
        }
        // the same search for more rows is no other search: what follows it (the preview's marks, the rows' pages) stays
        if (!outcome.request().equals(shownRequest.get().withLimit(outcome.request().limit()))) {
            shownRequest.set(outcome.request());
        }
        if (!results.equals(outcome.items())) {
            replacingRows = true;
            try {
                if (inPlace) {
                    replaceInPlace(outcome.items());
                } else {
                    results.setAll(outcome.items());
                }
            } finally {
                replacingRows = false;
            }
        }
        rowsToCome = !outcome.page().isComplete();
        String beyond = outcome.selectedBeyond();
        ResultItem picked = selection.selectedProperty().get();
        if (beyond == null && picked != null && rowsToCome
                && results.stream().noneMatch(i -> holds(i.hit(), picked.hit().path()))) {
            // picked while this search ran and not among its first rows: it stays selected until the other rows tell
            // whether it is among them (see showRest)
            beyond = picked.hit().path();
        }
        selection.after(change, results, beyond, passedOver(outcome.request()));
        if (firstAnswer) {
            // only with a search's first answer: its counts, arriving after the rep closed the suggestions,
            // must not open them again
            if (outcome.request().query().equals(dismissedFor)) {
                suggestions.clear();
            } else {
                suggestions.setAll(outcome.suggestions());
            }
        }
        SearchResult r = outcome.result();
        notice.set(r.message() == null ? "" : r.message());
        answered.set(answered.get() + 1);
    }

    /** The rows become {@code items}: each row that differs is replaced where it is, the rows past them added or removed. */
    private void replaceInPlace(List<ResultItem> items) {
        int common = Math.min(results.size(), items.size());
        for (int i = 0; i < common; i++) {
            if (!results.get(i).equals(items.get(i))) {
                results.set(i, items.get(i));
            }
        }
        if (results.size() > common) {
            results.remove(common, results.size());
        } else if (items.size() > common) {
            results.addAll(items.subList(common, items.size()));
        }
    }

    private void apply(Outcome outcome) {
        show(outcome, false, false);
        rerunsAfterReplacement = 0;
        counted = outcome.result();
        matchedFeedback = outcome.matchedFeedback();
        showFacets();
        SearchResult r = outcome.result();
        showCounts(r.total(), outcome.page().rows()); // the rows shown and those still being written
        describeEmpty(r.total());
        countedListener.accept(outcome.request(), r.total());
    }

    /**
     * "1,003 files, showing the first 400", and how many more rows {@link #showMore()} would add.
     *
     * @param rowCount the rows of the page: those shown and those still being written
     */
    private void showCounts(long total, int rowCount) {
        String count = Formats.plural(total, "file", "files");
        counts = total > rowCount ? count + ", showing the first " + String.format(Locale.ROOT, "%,d", rowCount) : count;
        moreRows.set(rowCount >= SearchRequest.MAX_LIMIT ? 0
                : (int) Math.min(Math.min(total - rowCount, LIMIT), SearchRequest.MAX_LIMIT - rowCount));
        showSummary();
    }

    /** Tells {@code listener} each search answered with its count (on the UI executor). */
    public void onCounted(BiConsumer<SearchRequest, Long> listener) {
        countedListener = listener;
    }

    /**
     * The search as the rep set it up, to save: the query, the filters chosen (index and feedback), the order;
     * "More like this" is no search that can be saved (null then).
     */
    public Setup setup() {
        if (filters.likePath() != null) {
            return null;
        }
        Map<String, List<String>> all = new LinkedHashMap<>(filters.indexFilters());
        all.putAll(filters.feedbackFilters());
        return new Setup(query.get().strip(), all, order.get());
    }

    /** A search as set up in the window: what {@link #setup()} gives and {@link #setUp(Setup)} takes. */
    public record Setup(String query, Map<String, List<String>> filters, ResultOrder order) {

        public Setup {
            filters = Map.copyOf(filters);
        }
    }

    /** Sets the search up as saved (query, filters, order) and runs it. */
    public void setUp(Setup setup) {
        filters.clear();
        setup.filters().forEach((dimension, values) -> values.forEach(value ->
                filters.toggle(dimension, value, ChosenFilters.label(dimension, value))));
        activeFilters.setAll(filters.chips());
        quietQueryChange = true;
        try {
            query.set(setup.query());
        } finally {
            quietQueryChange = false;
        }
        suggestions.clear();
        debouncer.cancel(); // the query's change asked for a search: this one runs it, with the filters
        if (order.get() != setup.order()) {
            order.set(setup.order()); // runs the search
        } else {
            run(false);
        }
    }

    /** The counts, and that the selected file is not among the rows when it is not (another order of a long list). */
    private void showSummary() {
        summary.set(counts.isEmpty() || !selection.beyondProperty().get() || rowsToCome ? counts
                : counts + "; the selected file is not among them in this order");
    }

    private void showFacets() {
        List<FeedbackSummary> feedback = matchedFeedback != null ? matchedFeedback.rows()
                : results.stream().map(ResultItem::feedback).toList();
        List<FacetGroup> groups = filters.groups(counted, feedback);
        if (!facets.equals(groups)) {
            facets.setAll(groups);
        }
    }

    /** The Feedback groups count every match: feedback saved or withdrawn changes them at once. */
    private void feedbackFacetsChanged() {
        if (counted != null) {
            showFacets();
        }
    }

    private void describeEmpty(long total) {
        EmptyResults empty = EmptyResults.of(total, query.get(), filters.isEmpty(),
                filters.hasValues() ? activeFilters.size() : 0, indexing.get());
        emptyTitle.set(empty.title());
        emptyTips.set(empty.tips());
    }

    private void fail(Throwable error) {
        searching.set(false);
        suggestions.clear();
        if (error instanceof IndexReplacedException) {
            // the list still answers an earlier query: run this one again on the index as it is now
            if (rerunsAfterReplacement < MAX_RERUNS_AFTER_REPLACEMENT) {
                rerunsAfterReplacement++;
                LOG.info("A search met the index being replaced; it runs again on the new one");
                run(false);
            } else {
                errors.accept(UserError.of("Searching", error));
            }
        } else if (error instanceof CollateralException ce) {
            // the list must not look like the answer to the query it cannot read
            queryError.set(ce.userMessage());
            results.clear();
            facets.clear();
            counted = null;
            matchedFeedback = null;
            counts = "";
            moreRows.set(0);
            selection.keep(results);
            summary.set("");
            notice.set("");
            emptyTitle.set("Fix the query to see files");
            emptyTips.set("");
        } else {
            errors.accept(UserError.of("Searching", error));
        }
    }
}
