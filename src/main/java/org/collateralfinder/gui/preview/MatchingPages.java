package org.collateralfinder.gui.preview;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slides, pages or sheets of the previewed file where the search matched ({@link SearchService#pageHits}),
 * found in the background for the selected file only: the preview opens on the best one (its picture with the
 * matches marked, and the Text tab at its first match), says which are best ("slide 7 of 24 · slide 3"), and steps from one matching page to
 * the next or the previous, in page order.
 */
public final class MatchingPages {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingPages.class);
    /** The best pages named in the summary. */
    static final int NAMED = 3;
    /** Matching pages the preview steps through at most. */
    static final int STEPPED = 50;

    private final PreviewViewModel preview;
    private final ReadOnlyObjectProperty<SearchRequest> request;
    private final Supplier<SearchService> search;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<PageHit> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private long generation;
    /** The page hit the text preview was last moved to (an index into {@link #pages}); -1 none yet. */
    private int cursor = -1;
    /** A page the preview is to open on instead of the best, once that file's matching pages are found; or null. */
    private Wish wish;

    private record Wish(String path, int page) {
    }

    MatchingPages(PreviewViewModel preview, ReadOnlyObjectProperty<SearchRequest> request, Supplier<SearchService> search,
                  Executor background, Executor ui) {
        this.preview = preview;
        this.request = request;
        this.search = search;
        this.background = background;
        this.ui = ui;
        preview.itemProperty().addListener((obs, old, now) -> load());
        request.addListener((obs, old, now) -> load());
        load();
    }

    private void load() {
        long asked = ++generation;
        pages.clear();
        summary.set("");
        cursor = -1;
        ResultItem item = preview.itemProperty().get();
        SearchRequest searched = request.get();
        if (wish != null && (item == null || !wish.path().equals(item.hit().path()))) {
            wish = null;
        }
        if (item == null || searched == null || item.hit().failure() != null) {
            return;
        }
        SearchHit hit = item.hit();
        BackgroundTask.of(() -> search.get().pageHits(searched, List.of(hit.path()), STEPPED).getOrDefault(hit.path(), List.of()))
                .onSuccess(found -> {
                    if (asked == generation && !found.isEmpty()) {
                        pages.setAll(found);
                        summary.set(found.stream().limit(NAMED).map(p -> p.label(hit.type(), hit.pages()))
                                .collect(Collectors.joining(" · ")));
                        Wish wanted = wish;
                        wish = null;
                        show(wanted == null ? 0 : Math.max(0, indexOf(wanted.page())));
                    }
                })
                .onFailure(e -> LOG.info("No matching pages for {}", hit.path(), e))
                .runOn(background, ui);
    }

    /**
     * Shows the matching page at {@code index} of {@link #pages}: its picture (with its matches marked), and its first
     * match in the text, where the Text tab opens (the text may be read after the pages are found: it opens there then).
     */
    private void show(int index) {
        cursor = index;
        PageHit hit = pages.get(index);
        preview.goToMatchAt(hit.match());
        if (!preview.textInPreviewProperty().get()) {
            preview.turnTo(hit.page() - 1);
        }
    }

    /**
     * Opens the preview on page {@code page} (1-based) of the file at {@code path}, one of its matching pages (a
     * result row's page link): at once when the preview shows that file's matching pages, else once they are found.
     */
    public void openOn(String path, int page) {
        ResultItem item = preview.itemProperty().get();
        if (item != null && item.hit().path().equals(path) && indexOf(page) >= 0) {
            wish = null;
            show(indexOf(page));
        } else {
            wish = new Wish(path, page);
        }
    }

    private int indexOf(int page) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).page() == page) {
                return i;
            }
        }
        return -1;
    }

    /** The next matching page after the one shown, in page order (after the last, the first). */
    public void next() {
        step(true);
    }

    /** The matching page before the one shown, in page order (before the first, the last). */
    public void previous() {
        step(false);
    }

    private void step(boolean forward) {
        if (pages.isEmpty()) {
            return;
        }
        List<PageHit> inOrder = pages.stream().sorted(Comparator.comparingInt(PageHit::page)).toList();
        int shown = preview.textInPreviewProperty().get()
                ? (cursor < 0 ? 0 : pages.get(cursor).page()) : preview.pageProperty().get() + 1;
        PageHit target = null;
        for (PageHit p : forward ? inOrder : inOrder.reversed()) {
            if (forward ? p.page() > shown : p.page() < shown) {
                target = p;
                break;
            }
        }
        if (target == null) {
            target = forward ? inOrder.getFirst() : inOrder.getLast();
        }
        show(pages.indexOf(target));
    }

    /** The matching pages, best first (at most {@value #STEPPED}). */
    public ObservableList<PageHit> pages() {
        return FXCollections.unmodifiableObservableList(pages);
    }

    /** "slide 7 of 24 · slide 3 · slide 12": the best matching pages; "" when there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
