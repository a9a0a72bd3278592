package org.collateralfinder.gui.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.TextMatch;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview of the selected file: a picture of the current page or slide (fit to the width or zoomed),
 * paging, the file's facts, and its extracted text with what the search matched marked and "next match"
 * navigation. Files without page pictures (Word, Excel, OpenDocument, web pages, text) show their text in
 * the preview. It always shows the file the search's selection holds: it follows that one property.
 * Pictures are drawn on their own executor so the result list never waits; answers for a file no longer
 * shown are dropped.
 */
public final class PreviewViewModel {

    /** The preview tab shows this much of the text of a file without page pictures. */
    public static final int PREVIEW_CHARS = 6_000;
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;
    private static final Logger LOG = LoggerFactory.getLogger(PreviewViewModel.class);
    static final String NOTHING_SELECTED = "No file is selected.";
    static final String READING = "Reading the text…";

    /** One line of the file's facts. */
    public record Fact(String label, String value) {
    }

    private final Supplier<SearchService> search;
    private final PagePictures pictures;
    private final Executor textExecutor;
    private final Executor pictureExecutor;
    private final Executor ui;
    private final Function<String, Optional<Path>> offlineCopy;

    private final ReadOnlyObjectProperty<ResultItem> item;
    private final ReadOnlyObjectProperty<SearchRequest> request;
    private final ObjectProperty<Image> picture = new SimpleObjectProperty<>(this, "picture");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount");
    private final StringProperty pageLabel = new SimpleStringProperty(this, "pageLabel", "");
    private final BooleanProperty pictureLoading = new SimpleBooleanProperty(this, "pictureLoading");
    private final BooleanProperty textInPreview = new SimpleBooleanProperty(this, "textInPreview");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 0);
    private final StringProperty pictureNote = new SimpleStringProperty(this, "pictureNote", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty textNote = new SimpleStringProperty(this, "textNote", "");
    private final StringProperty offlineNote = new SimpleStringProperty(this, "offlineNote", "");
    private final StringProperty nothingShown = new SimpleStringProperty(this, "nothingShown", "");
    private final ObservableList<TextMatch> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TextRows> rows = new ReadOnlyObjectWrapper<>(this, "rows", TextRows.EMPTY);
    private final IntegerProperty currentMatch = new SimpleIntegerProperty(this, "currentMatch", -1);
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    /** The words drawn on the picture shown, with their boxes (none while there is no picture). */
    private List<PageWord> pictureWords = List.of();
    /** The words the search matched in the file's text, as {@link PageWord#wordsOf} cuts them. */
    private Set<String> matchedWords = Set.of();
    private final ObservableList<PageWord> marks = FXCollections.observableArrayList();
    private final ObservableList<PageWord> shownMarks = FXCollections.unmodifiableObservableList(marks);
    /** Where in the text the current match is wanted (the best matching page's match), or -1: the first one. */
    private int matchWanted = -1;
    private final AtomicLong pictureGeneration = new AtomicLong();
    private long textGeneration;
    private String textShownFor;
    private final MatchingPages matchingPages;

    /**
     * @param selected    the file to show (the search's selection; null: none)
     * @param request     the search whose results are shown: its matches are marked in the text
     * @param offlineCopy the pinned local copy of an original path, drawn while the share is offline
     */
    public PreviewViewModel(ReadOnlyObjectProperty<ResultItem> selected, ReadOnlyObjectProperty<SearchRequest> request,
                            Supplier<SearchService> search, PagePictures pictures, Executor textExecutor,
                            Executor pictureExecutor, Executor ui, Function<String, Optional<Path>> offlineCopy) {
        this.item = selected;
        this.request = request;
        this.offlineCopy = offlineCopy;
        this.search = search;
        this.pictures = pictures;
        this.textExecutor = textExecutor;
        this.pictureExecutor = pictureExecutor;
        this.ui = ui;
        selected.addListener((obs, old, now) -> show(old, now));
        request.addListener((obs, old, now) -> {
            if (item.get() != null) {
                matchWanted = -1; // another search: its own best page is found again
                loadText(item.get().hit());
            }
        });
        page.addListener((obs, old, now) -> updatePageLabel());
        pageCount.addListener((obs, old, now) -> updatePageLabel());
        show(null, selected.get());
        matchingPages = new MatchingPages(this, request, search, textExecutor, ui);
    }

    /** The slides, pages or sheets where the search matched: the preview opens on the best and steps among them. */
    public MatchingPages matchingPages() {
        return matchingPages;
    }

    /** Turns to page {@code index} (0-based) of the shown file. */
    void turnTo(int index) {
        if (item.get() != null && index >= 0 && index != page.get() && (pageCount.get() == 0 || index < pageCount.get())) {
            page.set(index);
            loadPicture();
        }
    }

    /**
     * Makes the first match at or after {@code offset} of the text the current one: at once, or when the text is read
     * (the matching pages may be found before the text is).
     */
    void goToMatchAt(int offset) {
        matchWanted = offset;
        int index = matchAtOrAfter(offset);
        if (index >= 0) {
            currentMatch.set(index);
        }
    }

    private int matchAtOrAfter(int offset) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** The words of the picture shown that the search matched in the text: what is marked on it. */
    private void updateMarks() {
        marks.setAll(matchedWords.isEmpty() ? List.of()
                : pictureWords.stream().filter(w -> matchedWords.contains(w.compared())).toList());
    }

    /** The words of {@code text} the search matched: each match's letters and digits, cut as the picture's words are. */
    private static Set<String> matchedWords(String text, List<TextMatch> matches) {
        Set<String> words = new HashSet<>();
        for (TextMatch m : matches) {
            if (m.end() <= text.length()) {
                words.addAll(PageWord.wordsOf(text.substring(m.start(), m.end())));
            }
        }
        return Set.copyOf(words);
    }

    private void show(ResultItem previous, ResultItem value) {
        facts.clear();
        nothingShown.set("");
        matchWanted = -1;
        if (value == null) {
            pictureGeneration.incrementAndGet();
            textGeneration++;
            textShownFor = null;
            matches.clear();
            matchedWords = Set.of();
            pictureWords = List.of();
            marks.clear();
            currentMatch.set(-1);
            picture.set(null);
            pictureLoading.set(false);
            page.set(0);
            pageCount.set(0);
            text.set("");
            rows.set(TextRows.EMPTY);
            textNote.set(NOTHING_SELECTED);
            pictureNote.set("");
            offlineNote.set("");
            textInPreview.set(false);
            return;
        }
        SearchHit hit = value.hit();
        facts.setAll(facts(value));
        offlineNote.set(value.reachable() ? "" : value.pinned()
                ? "The share " + hit.source() + " is offline; open, copy and the preview use the copy kept offline."
                : "The share " + hit.source() + " is offline and this file is not kept offline, so it cannot be "
                + "opened right now. Its text comes from the index.");
        // the same file with other content (edited on disk, indexed again) is drawn and read again
        boolean sameFile = previous != null && previous.hit().path().equals(hit.path())
                && sameContent(previous.hit(), hit);
        if (previous == null || !previous.hit().path().equals(hit.path())) {
            zoom.set(0); // another file opens fitted (a zoom chosen for one file cropped the next one's first slide)
            // nothing of the file shown before stays while this one's text is read: while indexing, a slow read left
            // a workbook's text under another file's title for seconds (issue 16 re-test r23, finding 8)
            text.set("");
            rows.set(TextRows.EMPTY);
            matches.clear();
            matchedWords = Set.of();
            textNote.set(READING);
        }
        if (!sameFile) {
            page.set(0);
            pageCount.set(Math.max(0, hit.pages()));
            textInPreview.set(value.isArchiveMember() || !pictures.supports(hit.extension()));
            updatePageLabel();
            loadPicture();
        }
        loadText(hit);
    }

    private static boolean sameContent(SearchHit a, SearchHit b) {
        return Objects.equals(a.contentHash(), b.contentHash()) && Objects.equals(a.modified(), b.modified());
    }

    /** "Slide 2 of 9" for a presentation, "Page 2 of 9" otherwise; "" for a file of one page or none. */
    private void updatePageLabel() {
        ResultItem current = item.get();
        if (current == null || pageCount.get() <= 1) {
            pageLabel.set("");
            return;
        }
        boolean slides = FileKind.PRESENTATION == FileKind.byIdOrExtension(current.hit().extension());
        pageLabel.set((slides ? "Slide " : "Page ") + (page.get() + 1) + " of " + pageCount.get());
    }

    public void nextPage() {
        if (item.get() != null && page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
            loadPicture();
        }
    }

    public void previousPage() {
        if (item.get() != null && page.get() > 0) {
            page.set(page.get() - 1);
            loadPicture();
        }
    }

    /** The picture fits the preview: a page as wide as it, a slide whole (the zoom starts there). */
    public void fit() {
        zoom.set(0);
    }

    /** Zooms in a step (from the width that fits, the first time). */
    public void zoomIn(double fittingZoom) {
        zoom.set(Math.min(MAX_ZOOM, (zoom.get() == 0 ? fittingZoom : zoom.get()) * 1.25));
    }

    /** Zooms out a step (from the width that fits, the first time). */
    public void zoomOut(double fittingZoom) {
        zoom.set(Math.max(MIN_ZOOM, (zoom.get() == 0 ? fittingZoom : zoom.get()) / 1.25));
    }

    public void nextMatch() {
        if (!matches.isEmpty()) {
            currentMatch.set((currentMatch.get() + 1) % matches.size());
        }
    }

    public void previousMatch() {
        if (!matches.isEmpty()) {
            currentMatch.set(currentMatch.get() <= 0 ? matches.size() - 1 : currentMatch.get() - 1);
        }
    }

    private void loadPicture() {
        ResultItem current = item.get();
        SearchHit hit = current.hit();
        long generation = pictureGeneration.incrementAndGet();
        picture.set(null);
        pictureWords = List.of();
        marks.clear();
        pictureLoading.set(false);
        if (current.isArchiveMember()) {
            pictureNote.set("Files inside an archive are shown as text only.");
            return;
        }
        if (hit.failure() != null) {
            pictureNote.set("No preview: its text could not be read."); // the Note beside it says why
            return;
        }
        if (!pictures.supports(hit.extension())) {
            pictureNote.set("");
            return;
        }
        if (!current.reachable() && !current.pinned()) {
            pictureNote.set("No picture while the share is offline.");
            return;
        }
        pictureNote.set("");
        pictureLoading.set(true);
        int wanted = page.get();
        boolean fromCopy = !current.reachable();
        BackgroundTask.of(() -> {
                    if (generation != pictureGeneration.get()) {
                        return null;
                    }
                    Path file = fromCopy ? offlineCopy.apply(hit.path()).orElseThrow(() -> new CollateralException(
                            "No picture while the share is offline.")) : Path.of(hit.path());
                    return pictures.picture(file, hit.extension(), wanted, hit.modified().toEpochMilli());
                })
                .onSuccess(p -> {
                    if (p != null && generation == pictureGeneration.get()) {
                        pictureLoading.set(false);
                        pictureWords = p.words();
                        picture.set(p.image());
                        updateMarks();
                        pageCount.set(p.pageCount());
                    }
                })
                .onFailure(e -> {
                    if (generation == pictureGeneration.get()) {
                        pictureLoading.set(false);
                        LOG.info("No preview picture for {}", hit.path(), e);
                        pictureNote.set(e instanceof CollateralException ce ? ce.userMessage()
                                : "The preview could not be drawn.");
                    }
                })
                .runOn(pictureExecutor, ui);
    }

    /**
     * Loads the text and where the shown search matched in it, unless it is shown for that search and that
     * content of the file already.
     */
    private void loadText(SearchHit hit) {
        String id = hit.path();
        SearchRequest asked = request.get();
        String key = id + "\n" + hit.contentHash() + "\n" + hit.modified() + "\n" + asked;
        if (key.equals(textShownFor)) {
            return;
        }
        textShownFor = key;
        long generation = ++textGeneration;
        matches.clear();
        matchedWords = Set.of();
        updateMarks();
        currentMatch.set(-1);
        BackgroundTask.of(() -> ShownText.read(search.get(), id, asked))
                .onSuccess(t -> {
                    if (generation == textGeneration) {
                        text.set(t.shown());
                        textNote.set(t.note());
                        matches.setAll(t.matches());
                        matchedWords = matchedWords(t.shown(), t.matches());
                        updateMarks();
                        // the current match is the best matching page's when that is known (the Text tab opens there)
                        int wanted = matchWanted < 0 ? -1 : matchAtOrAfter(matchWanted);
                        currentMatch.set(t.matches().isEmpty() ? -1 : Math.max(0, wanted));
                        rows.set(t.rows());
                    }
                })
                .onFailure(e -> {
                    if (generation == textGeneration) {
                        textShownFor = null;
                        text.set("");
                        rows.set(TextRows.EMPTY);
                        textNote.set(e instanceof CollateralException ce ? ce.userMessage() : "The text could not be read.");
                        LOG.info("No text for {}", id, e);
                    }
                })
                .runOn(textExecutor, ui);
    }

    private static List<Fact> facts(ResultItem item) {
        SearchHit hit = item.hit();
        List<Fact> list = new ArrayList<>();
        if (hit.author() != null && !hit.author().isBlank()) {
            list.add(new Fact("Author", hit.author()));
        }
        if (hit.pages() > 0) {
            boolean slides = FileKind.PRESENTATION == FileKind.byIdOrExtension(hit.extension());
            list.add(new Fact(slides ? "Slides" : "Pages", Integer.toString(hit.pages())));
        }
        list.add(new Fact("Modified", Formats.date(hit.modified())));
        list.add(new Fact("Size", Formats.size(hit.size())));
        list.add(new Fact("Path", hit.path()));
        if (hit.failure() != null) {
            list.add(new Fact("Note", "Its text could not be read: " + failure(hit).description() + "."));
        }
        if (!hit.duplicates().isEmpty()) {
            list.add(new Fact("Copies", String.join("\n", hit.duplicates())));
        }
        if (!hit.newerVersions().isEmpty()) {
            list.add(new Fact("Newer versions", String.join("\n", hit.newerVersions())));
        }
        if (!hit.versions().isEmpty()) { // with the feedback each carries: the row heads the newest version
            list.add(new Fact("Older versions", String.join("\n", hit.versions().stream().map(path ->
                    item.olderFeedback().containsKey(path) ? path + " (" + FeedbackLabels.inShort(
                            item.olderFeedback().get(path)) + ")" : path).toList())));
        }
        return list;
    }

    /** Why the file's text could not be read ({@code failure} is the reason's id, then the detail). */
    private static FailureReason failure(SearchHit hit) {
        return FailureReason.fromId(hit.failure().split(": ", 2)[0]);
    }

    /** The file shown: always the search's selection. */
    public ReadOnlyObjectProperty<ResultItem> itemProperty() {
        return item;
    }

    public ReadOnlyObjectProperty<Image> pictureProperty() {
        return picture;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** "Slide 2 of 9", "Page 2 of 9", or "" when there is nothing to turn. */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel;
    }

    public ReadOnlyBooleanProperty pictureLoadingProperty() {
        return pictureLoading;
    }

    /** Whether the preview shows the file's text, for files without page pictures. */
    public ReadOnlyBooleanProperty textInPreviewProperty() {
        return textInPreview;
    }

    /** The page picture's scale against the picture as drawn; 0 when it fits the preview. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyStringProperty pictureNoteProperty() {
        return pictureNote;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty textNoteProperty() {
        return textNote;
    }

    public ReadOnlyStringProperty offlineNoteProperty() {
        return offlineNote;
    }

    /** Why no file is shown (the one that was is no longer listed), or "": gone as soon as a file is shown. */
    public ReadOnlyStringProperty nothingShownProperty() {
        return nothingShown;
    }

    /** Says why no file is shown, while none is. */
    public void explainNothingShown(String why) {
        if (item.get() == null) {
            nothingShown.set(why);
        }
    }

    /** The text cut into the rows the Text tab lists, with the matches marked (made in the background). */
    ReadOnlyObjectProperty<TextRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Where the search matched in the text, in order. */
    public ObservableList<TextMatch> matches() {
        return matches;
    }

    /**
     * The words on the picture shown that the search matched (its words, close spellings, forms and completions as
     * the text marks them), with where they are on the picture: the preview marks them there.
     */
    public ObservableList<PageWord> marks() {
        return shownMarks;
    }

    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }
}
