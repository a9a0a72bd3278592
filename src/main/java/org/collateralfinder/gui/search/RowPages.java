package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The best matching slides, pages or sheets of the result rows on screen ({@link SearchService#pageHits}), which
 * the rows list under their snippets. Found only for the rows a cell shows (a cell asks with {@link #want} while
 * the list is laid out) and once that layout pass is over, on an executor of their own: a keystroke's search
 * never waits for them, and a keystroke stops what is being found for the rows before it (between two files).
 */
public final class RowPages {

    private static final Logger LOG = LoggerFactory.getLogger(RowPages.class);
    /** The kinds of file whose text has pages: slides, PDF pages, sheets. */
    private static final Set<String> PAGED = Set.of(FileKind.PRESENTATION.id(), FileKind.PDF.id(), FileKind.SPREADSHEET.id());

    private final SearchViewModel rows;
    private final Supplier<SearchService> search;
    private final Executor background;
    private final Executor ui;
    private final ObservableMap<String, List<PageHit>> found = FXCollections.observableHashMap();
    private final ObservableMap<String, List<PageHit>> foundReadOnly = FXCollections.unmodifiableObservableMap(found);
    /** Changes when another search's rows are shown: what the rows showed is gone, the cells on screen ask again. */
    private final ReadOnlyLongWrapper round = new ReadOnlyLongWrapper(this, "round");
    /** Work started before this keystroke or round stops between files, and its answer is dropped (read off the FX thread). */
    private final AtomicLong generation = new AtomicLong();
    /** The rows asked for and not found yet (some of them being found now). */
    private final Set<String> waiting = new LinkedHashSet<>();
    private final Set<String> underWay = new LinkedHashSet<>();
    /** The search the rows answer, as last shown. */
    private SearchRequest request;
    private boolean fetchPosted;

    /**
     * @param rows       the search whose rows are shown: each answer it shows, each keystroke
     * @param background where page hits are found: not the searches' executor, so a search never waits for them
     */
    public RowPages(SearchViewModel rows, Supplier<SearchService> search, Executor background, Executor ui) {
        this.rows = rows;
        this.search = search;
        this.background = background;
        this.ui = ui;
        rows.answeredProperty().addListener((obs, old, now) -> answered());
        rows.queryProperty().addListener((obs, old, now) -> stop());
    }

    /**
     * A cell shows this row: its page hits are found for the search shown, unless found or asked for already
     * (all the rows asked for in one layout pass in one go, after it).
     */
    public void want(ResultItem item) {
        SearchHit hit = item == null ? null : item.hit();
        if (hit == null || hit.failure() != null || !PAGED.contains(hit.type()) || found.containsKey(hit.path())) {
            return;
        }
        if (waiting.add(hit.path())) {
            post();
        }
    }

    /** The page hits found for the rows shown, by path (an empty list: none); a row not in it is not found yet. */
    public ObservableMap<String, List<PageHit>> found() {
        return foundReadOnly;
    }

    /**
     * "Slide 7 of 24", "Slide 3 of 24", "Slide 12 of 24": where a row matched best, each a link of its own, so each
     * written as a name starts ("Page 2 · page 1" read as one sentence cut short: window re-test 22, F9).
     */
    public static List<String> labels(SearchHit hit, List<PageHit> pages) {
        List<String> labels = new ArrayList<>();
        for (PageHit page : pages) {
            String label = page.label(hit.type(), hit.pages());
            labels.add(Character.toUpperCase(label.charAt(0)) + label.substring(1));
        }
        return labels;
    }

    /** Changes when another search's rows are shown (cells then ask for their row again). */
    public ReadOnlyLongProperty roundProperty() {
        return round.getReadOnlyProperty();
    }

    /** The rows answer a search: another one than before starts a new round; the same one goes on with the rows waiting. */
    private void answered() {
        SearchRequest now = rows.shownRequestProperty().get();
        if (!now.equals(request)) {
            request = now;
            generation.incrementAndGet();
            found.clear();
            waiting.clear();
            underWay.clear();
            round.set(round.get() + 1);
        } else if (!waiting.isEmpty()) {
            post(); // a keystroke stopped them, and its search shows the same rows
        }
    }

    /** A keystroke: what is being found stops (its rows are asked for again when they are shown again). */
    private void stop() {
        generation.incrementAndGet();
        underWay.clear();
    }

    private void post() {
        if (!fetchPosted) {
            fetchPosted = true;
            ui.execute(this::fetch);
        }
    }

    private void fetch() {
        fetchPosted = false;
        SearchRequest asked = request;
        List<String> paths = new ArrayList<>(waiting);
        paths.removeAll(underWay);
        if (asked == null || paths.isEmpty() || (asked.query().isBlank() && asked.likePath() == null)) {
            return;
        }
        underWay.addAll(paths);
        long current = generation.get();
        BackgroundTask.of(() -> {
                    Map<String, List<PageHit>> out = new LinkedHashMap<>();
                    for (String path : paths) {
                        if (generation.get() != current) {
                            break;
                        }
                        out.putAll(search.get().pageHits(asked, List.of(path)));
                    }
                    return out;
                })
                .onSuccess(pages -> {
                    if (generation.get() == current) {
                        found.putAll(pages);
                        paths.forEach(waiting::remove);
                        paths.forEach(underWay::remove);
                    }
                })
                .onFailure(e -> {
                    if (generation.get() == current) {
                        LOG.info("No matching pages for the rows shown", e);
                        paths.forEach(waiting::remove);
                        paths.forEach(underWay::remove);
                    }
                })
                .runOn(background, ui);
    }
}
