package org.collateralfinder.gui.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.slides.DeckExport;
import org.collateralfinder.slides.DeckExporter;
import org.collateralfinder.slides.SkippedSlide;
import org.collateralfinder.slides.SlideRef;
import org.collateralfinder.slides.SlideWarning;
import org.collateralfinder.task.BackgroundTask;

/**
 * The slides the rep collects for a deck, in the order they will have: added from the preview or the matching
 * pages, moved up and down, removed, cleared, and saved as a PPTX or PDF in the background (a slide that cannot be
 * copied is said in a sentence, the rest saved). The deck saved last can be dragged out of the window.
 */
public final class DeckTrayViewModel {

    /**
     * One slide in the tray.
     *
     * @param label "Pricing 2025 — slide 7", as the tray lists it
     */
    public record TraySlide(Path file, int number, String label) {
        SlideRef ref() {
            return new SlideRef(file, number);
        }
    }

    private final DeckExporter exporter;
    private final UiWork work;
    private final ObservableList<TraySlide> slides = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    private final Consumer<UserError> retract;
    /** The failure to save said last, while it may still be shown; null once a save went through. */
    private UserError failure;
    /** Whether a file's slides may go into the deck to export: a retired one asks first. */
    private Predicate<ResultItem> mayUse = item -> true;

    public DeckTrayViewModel(DeckExporter exporter, UiWork work) {
        this(exporter, work, shown -> { });
    }

    /**
     * @param retract takes back a failure this tray said (the window's banner drops it when it is still showing it):
     *                a deck saved after a failed save must not stay under "could not be written" (window test 12, F6)
     */
    public DeckTrayViewModel(DeckExporter exporter, UiWork work, Consumer<UserError> retract) {
        this.exporter = exporter;
        this.work = work;
        this.retract = retract;
    }

    /** Whether slides of this result can go into a deck: a PowerPoint deck or a PDF on disk (not inside an archive). */
    public static boolean canAdd(ResultItem item) {
        return item != null && !item.isArchiveMember() && item.hit().failure() == null
                && DeckExporter.canTakeSlidesFrom(Path.of(item.hit().path()));
    }

    /**
     * Adds slide (or page) {@code number}, 1-based, of the result to the end of the tray. A slide already there goes in
     * again (an agenda slide shown twice), as {@code slides export} takes a slide named twice, and the tray says so: a
     * second click by mistake is seen, and × takes it out (slides re-test 22 #6: the window refused what the command
     * line did).
     */
    public void add(ResultItem item, int number) {
        if (!canAdd(item) || number < 1 || !mayUse.test(item)) {
            return;
        }
        SearchHit hit = item.hit();
        boolean slide = FileKind.PRESENTATION == FileKind.byIdOrExtension(hit.extension());
        TraySlide added = new TraySlide(Path.of(hit.path()), number, hit.title() + " — " + (slide ? "slide " : "page ") + number);
        long already = slides.stream().filter(s -> s.file().equals(added.file()) && s.number() == number).count();
        slides.add(added);
        message.set(already == 0 ? "" : added.label() + " is in the deck " + (already == 1 ? "twice" : already + 1 + " times")
                + " now.");
    }

    /** Asks before a slide of a file goes into the deck when it must (a retired file): the window sets it. */
    public void guardWith(Predicate<ResultItem> mayUse) {
        this.mayUse = mayUse;
    }

    public void moveUp(int index) {
        if (index > 0 && index < slides.size()) {
            message.set(""); // what was said of the last slide added or saved is about a tray no longer as it was
            slides.add(index - 1, slides.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index + 1 < slides.size()) {
            message.set("");
            slides.add(index + 1, slides.remove(index));
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < slides.size()) {
            message.set(""); // "… is in the deck twice now" stayed after the slide was taken out (re-test 22 #6)
            slides.remove(index);
        }
    }

    public void clear() {
        slides.clear();
        message.set("");
    }

    /**
     * Saves the tray's slides, in order, as {@code target} (a .pptx or .pdf; the file chooser asked before replacing
     * one). The work runs in the background; the outcome is said in {@link #messageProperty()}, a failure as a sentence.
     */
    public void save(Path target) {
        if (slides.isEmpty() || saving.get()) {
            return;
        }
        List<SlideRef> refs = slides.stream().map(TraySlide::ref).toList();
        saving.set(true);
        message.set("Saving " + Plural.of(refs.size(), "slide", "slides") + " as " + target.getFileName() + "…");
        BackgroundTask.of(() -> exporter.export(refs, target, true))
                .onSuccess(this::saved)
                .onFailure(e -> {
                    saving.set(false);
                    message.set("");
                    fail(UserError.of("Saving the deck", e));
                })
                .runOn(work.background(), work.ui());
    }

    private void saved(DeckExport export) {
        saving.set(false);
        if (export.output() == null) {
            message.set("");
            fail(UserError.of("No slide could be put in the deck. " + reasons(export)));
            return;
        }
        if (failure != null) {
            retract.accept(failure);
            failure = null;
        }
        saved.set(export.output());
        message.set(export.complete()
                ? "Saved " + Plural.of(export.slides(), "slide", "slides") + " as " + export.output().getFileName() + "."
                : "Saved " + export.slides() + " of " + Plural.of(export.slides() + export.slidesLeftOut(), "slide", "slides")
                + " as " + export.output().getFileName() + ". " + reasons(export));
        if (!export.warnings().isEmpty()) { // a SmartArt diagram drawn into a picture is not there (re-test 17)
            message.set(message.get() + " " + export.warnings().stream().map(SlideWarning::warning)
                    .collect(Collectors.joining(" ")));
        }
    }

    private void fail(UserError error) {
        failure = error;
        work.errors().accept(error);
    }

    private static String reasons(DeckExport export) {
        return export.skipped().stream().map(SkippedSlide::reason).collect(Collectors.joining(" "));
    }

    /** The slides, in the order the deck will have them. */
    public ObservableList<TraySlide> slides() {
        return FXCollections.unmodifiableObservableList(slides);
    }

    /** The deck saved last (to drag into an e-mail), or null. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** What the last action did ("Saved 3 slides as Meeting.pptx."), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
