package org.collateralfinder.gui.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.SnippetText;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview of the selected file: a picture of the current page or slide, paging, the file's facts,
 * and its extracted text with the query's words marked and "next match" navigation. Pictures are
 * drawn on their own executor so the result list never waits; answers for a file no longer shown
 * are dropped.
 */
public final class PreviewViewModel {

    /** Text beyond this many characters is not shown (it stays searchable). */
    public static final int SHOWN_CHARS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(PreviewViewModel.class);

    /** One line of the file's facts. */
    public record Fact(String label, String value) {
    }

    private final java.util.function.Supplier<SearchService> search;
    private final PagePictures pictures;
    private final Executor textExecutor;
    private final Executor pictureExecutor;
    private final Executor ui;

    private final ObjectProperty<ResultItem> item = new SimpleObjectProperty<>(this, "item");
    private final ObjectProperty<Image> picture = new SimpleObjectProperty<>(this, "picture");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount");
    private final BooleanProperty pictureLoading = new SimpleBooleanProperty(this, "pictureLoading");
    private final StringProperty pictureNote = new SimpleStringProperty(this, "pictureNote", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty textNote = new SimpleStringProperty(this, "textNote", "");
    private final StringProperty offlineNote = new SimpleStringProperty(this, "offlineNote", "");
    private final ObservableList<SnippetText.Match> matches = FXCollections.observableArrayList();
    private final IntegerProperty currentMatch = new SimpleIntegerProperty(this, "currentMatch", -1);
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final AtomicLong pictureGeneration = new AtomicLong();
    private long textGeneration;

    private record Text(String shown, String note, List<SnippetText.Match> matches) {
    }

    private final java.util.function.Function<String, java.util.Optional<Path>> offlineCopy;

    /** @param offlineCopy the pinned local copy of an original path, drawn while the share is offline */
    public PreviewViewModel(java.util.function.Supplier<SearchService> search, PagePictures pictures, Executor textExecutor,
                            Executor pictureExecutor, Executor ui,
                            java.util.function.Function<String, java.util.Optional<Path>> offlineCopy) {
        this.offlineCopy = offlineCopy;
        this.search = search;
        this.pictures = pictures;
        this.textExecutor = textExecutor;
        this.pictureExecutor = pictureExecutor;
        this.ui = ui;
    }

    /** Shows a file (or nothing, for null) with the words of {@code query} marked in its text. */
    public void show(ResultItem value, String query) {
        ResultItem previous = item.get();
        item.set(value);
        pictureGeneration.incrementAndGet();
        textGeneration++;
        matches.clear();
        currentMatch.set(-1);
        facts.clear();
        if (value == null) {
            picture.set(null);
            pageCount.set(0);
            text.set("");
            textNote.set("");
            pictureNote.set("");
            offlineNote.set("");
            return;
        }
        SearchHit hit = value.hit();
        facts.setAll(facts(value));
        offlineNote.set(value.reachable() ? "" : value.pinned()
                ? "The share " + hit.source() + " is offline; open, copy and the preview use the copy kept offline."
                : "The share " + hit.source() + " is offline and this file is not kept offline, so it cannot be "
                + "opened right now. Its text comes from the index.");
        boolean sameFile = previous != null && previous.hit().path().equals(hit.path());
        if (!sameFile) {
            page.set(0);
            pageCount.set(Math.max(0, hit.pages()));
            loadPicture();
        }
        loadText(hit.path(), query);
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
            loadPicture();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            loadPicture();
        }
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
        if (current.isArchiveMember()) {
            pictureNote.set("Files inside an archive are shown as text only.");
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
                        picture.set(p.image());
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

    private void loadText(String id, String query) {
        long generation = textGeneration;
        BackgroundTask.of(() -> {
                    String body = search.get().documentText(id).orElse("");
                    String note = "";
                    if (body.isBlank()) {
                        note = "No text could be read from this file.";
                    } else if (body.length() > SHOWN_CHARS) {
                        note = "Showing the first " + String.format("%,d", SHOWN_CHARS) + " of "
                                + String.format("%,d", body.length()) + " characters.";
                        body = body.substring(0, SHOWN_CHARS);
                    }
                    List<SnippetText.Match> found = SnippetText.find(body, SnippetText.queryWords(query), 2_000);
                    return new Text(body.strip().isEmpty() ? "" : body, note, found);
                })
                .onSuccess(t -> {
                    if (generation == textGeneration) {
                        text.set(t.shown());
                        textNote.set(t.note());
                        matches.setAll(t.matches());
                        currentMatch.set(t.matches().isEmpty() ? -1 : 0);
                    }
                })
                .onFailure(e -> {
                    if (generation == textGeneration) {
                        text.set("");
                        textNote.set(e instanceof CollateralException ce ? ce.userMessage() : "The text could not be read.");
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
            list.add(new Fact(hit.extension() != null && hit.extension().startsWith("pp") ? "Slides" : "Pages",
                    Integer.toString(hit.pages())));
        }
        list.add(new Fact("Modified", Formats.date(hit.modified())));
        list.add(new Fact("Size", Formats.size(hit.size())));
        list.add(new Fact("Path", hit.path()));
        if (hit.failure() != null) {
            list.add(new Fact("Note", "The contents could not be read (" + hit.failure() + ")."));
        }
        if (item.collapsed() > 0) {
            list.add(new Fact("Copies", String.join("\n", concat(hit.duplicates(), hit.versions()))));
        }
        return list;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

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

    public ReadOnlyBooleanProperty pictureLoadingProperty() {
        return pictureLoading;
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

    public ObservableList<SnippetText.Match> matches() {
        return matches;
    }

    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }
}
