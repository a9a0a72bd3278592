package org.collateralfinder.gui.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackHistoryItem;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.gui.common.FolderLabels;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback on the selected file in two clicks: pick a tag (or stars), press Save. The entry is the rep's
 * current feedback on the file's content (it supersedes their earlier one, which stays in the history).
 * It always works on the file the search's selection holds (it follows that one property, so the form,
 * the history and Save can never be about another file than the one shown). Feedback typed but not saved
 * is kept for its file when another file is selected, and is back in the form when the file is selected
 * again, until it is saved or discarded. Withdrawing can be undone. After a change, tells the result list
 * the file's new summary so its badges update.
 */
public final class FeedbackViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackViewModel.class);
    static final String SAVED = "Saved. Thank you!";
    /** Said when the rep had feedback on the file already ("… if any" after a first one read as if there were: w19). */
    static final String SAVED_AGAIN = "Saved. Thank you! It replaces your earlier feedback on this file.";
    static final String NOT_SAVED = "Not saved yet: press Save to keep it.";
    static final String DRAFT_KEPT = "Your unsaved feedback on this file was kept: press Save, or Discard it.";
    static final String DRAFT_KEPT_EDITED = "The file was changed since you typed this feedback; it is kept: check it "
            + "still fits, then press Save, or Discard it.";
    static final String WITHDRAWN = "Your feedback on this file is withdrawn.";
    /** After Undo: nothing new was saved, the entry withdrawn is back (window re-test 22, F9). */
    static final String GIVEN_BACK = "Your feedback on this file is back, as you gave it.";

    /** What the rep has put in the form for a file and not saved. */
    private record Draft(String path, String fileName, Set<String> tags, int rating, String comment,
                         List<Integer> slides) {

        /** The same feedback on the file, renamed or moved to {@code newPath}. */
        Draft movedTo(String newPath) {
            return new Draft(newPath, Formats.lastName(newPath), tags, rating, comment, slides);
        }
    }

    private final ObjectProperty<FeedbackEntry> mine = new SimpleObjectProperty<>(this, "mine");
    /** The rep's deal: feedback saved meanwhile records its industry and stage. */
    private final ObjectProperty<DealContext> deal = new SimpleObjectProperty<>(this, "deal", DealContext.none());
    private final FeedbackStore store;
    private final Supplier<FeedbackByFile> files;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<String, FeedbackSummary> onSaved;
    private final Consumer<UserError> errors;

    private final ReadOnlyObjectProperty<ResultItem> item;
    private final ObservableSet<String> tags = FXCollections.observableSet(new LinkedHashSet<>());
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    /** The slides (pages) the feedback is about, 1-based; empty: the whole file. */
    private final ObjectProperty<List<Integer>> slides = new SimpleObjectProperty<>(this, "slides", List.of());
    private final IntegerProperty shownPage = new SimpleIntegerProperty(this, "shownPage");
    private final IntegerProperty shownPages = new SimpleIntegerProperty(this, "shownPages");
    private final ObservableList<FeedbackHistoryItem> history = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper canUndoWithdraw = new ReadOnlyBooleanWrapper(this, "canUndoWithdraw");
    private final BooleanBinding canSave;
    private final Map<String, Draft> drafts = new HashMap<>();
    private final ObservableSet<String> draftFiles = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> draftFilesShown = FXCollections.unmodifiableObservableSet(draftFiles);
    private FeedbackEntry withdrawn;
    /** The content of the file shown when {@link #withdrawn} was withdrawn: the entry's own, or a later one (edited). */
    private String withdrawnFrom;
    /** Whether a file (by path) is in a source now: feedback is only for those, as on the command line. */
    private Predicate<String> inASource = path -> true;
    private boolean filling;
    private long generation;
    /**
     * Whether a save, withdrawal or undo is being written: another press meanwhile is ignored. Withdraw and Undo pressed
     * twice before the first was written gave the entry back twice (window re-test 22, F6).
     */
    private boolean writing;

    /**
     * @param selected the file the feedback is about (the search's selection; null: none)
     * @param files    which feedback belongs to which file of the index searched now (waits for the store)
     * @param onSaved  told a file's new summary (by path) after a save or withdrawal
     */
    public FeedbackViewModel(ReadOnlyObjectProperty<ResultItem> selected, FeedbackStore store,
            Supplier<FeedbackByFile> files, UiWork work, BiConsumer<String, FeedbackSummary> onSaved) {
        this.item = selected;
        this.store = store;
        this.files = files;
        this.background = work.background();
        this.ui = work.ui();
        this.onSaved = onSaved;
        this.errors = work.errors();
        this.canSave = Bindings.createBooleanBinding(
                () -> item.get() != null && item.get().hit().contentHash() != null
                        && (!tags.isEmpty() || rating.get() > 0 || !comment.get().isBlank()) && changed.get(),
                item, tags, rating, comment, changed);
        InvalidationListener edited = o -> formEdited();
        tags.addListener((SetChangeListener<String>) c -> formEdited());
        rating.addListener(edited);
        comment.addListener(edited);
        slides.addListener(edited);
        mine.addListener(edited);
        selected.addListener((obs, old, now) -> show(old, now));
        show(null, selected.get());
    }

    /** The form now holds the rep's own current feedback on the file (or is empty): nothing to keep. */
    private void show(ResultItem previous, ResultItem value) {
        if (previous != null && value != null && previous.hit().path().equals(value.hit().path())
                && Objects.equals(previous.hit().contentHash(), value.hit().contentHash())) {
            return;
        }
        if (previous != null && previous.hit().contentHash() != null) {
            if (changed.get() && !isEmpty()) {
                drafts.put(previous.hit().contentHash(), formAsDraft(previous));
            } else if (!changed.get()) {
                drafts.remove(previous.hit().contentHash());
            }
        }
        withdrawn = null;
        canUndoWithdraw.set(false);
        mine.set(null);
        Draft draft = value == null || value.hit().contentHash() == null ? null : drafts.get(value.hit().contentHash());
        boolean editedSince = false;
        if (draft == null && value != null && value.hit().contentHash() != null) {
            // edited in place since the draft was typed (same path, new content): to the rep it is the same file
            String path = value.hit().path();
            String typedOn = drafts.entrySet().stream().filter(e -> e.getValue().path().equals(path))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (typedOn != null) {
                draft = drafts.remove(typedOn);
                drafts.put(value.hit().contentHash(), draft);
                editedSince = true;
            }
        }
        fill(draft == null ? Set.of() : draft.tags(), draft == null ? 0 : draft.rating(), draft == null ? "" : draft.comment(),
                draft == null ? List.of() : draft.slides());
        status.set(value != null && value.hit().contentHash() == null
                ? "This file could not be read, so feedback cannot be attached to it."
                : editedSince ? DRAFT_KEPT_EDITED : draft != null ? DRAFT_KEPT : "");
        history.clear();
        loadHistory();
    }

    /** Puts an entry in the form as it was given (null: empties it). */
    private void fill(FeedbackEntry entry) {
        if (entry == null) {
            fill(Set.of(), 0, "", List.of());
        } else {
            fill(Set.copyOf(entry.tags()), entry.rating() == null ? 0 : entry.rating(),
                    entry.comment() == null ? "" : entry.comment(), entry.slides());
        }
    }

    private void fill(Set<String> newTags, int stars, String text, List<Integer> aboutSlides) {
        filling = true;
        try {
            tags.clear();
            tags.addAll(newTags);
            rating.set(stars);
            comment.set(text);
            slides.set(List.copyOf(aboutSlides));
        } finally {
            filling = false;
        }
        formEdited();
    }

    /** Whether the form differs from what is saved, and the status line that goes with it. */
    private void formEdited() {
        boolean differs = !formEquals(mine.get());
        changed.set(differs);
        markDrafts();
        if (filling || item.get() == null || item.get().hit().contentHash() == null) {
            return;
        }
        boolean kept = DRAFT_KEPT.equals(status.get()) || DRAFT_KEPT_EDITED.equals(status.get());
        if (differs && !isEmpty() && !kept) {
            status.set(NOT_SAVED);
        } else if (!differs && (NOT_SAVED.equals(status.get()) || kept)) {
            status.set("");
        }
    }

    public void toggleTag(String tag) {
        if (!tags.remove(tag)) {
            tags.add(tag);
        }
    }

    /** Sets the stars; choosing the current rating again clears it. */
    public void rate(int stars) {
        rating.set(rating.get() == stars ? 0 : Math.clamp(stars, 0, 5));
    }

    /**
     * The rep's deal (never null: {@link DealContext#none()}): feedback saved while it is set records its industry and
     * stage, so the team's ranking learns in which deals a file worked.
     */
    public ObjectProperty<DealContext> dealProperty() {
        return deal;
    }

    private DealContext dealNow() {
        return deal.get() == null ? DealContext.none() : deal.get();
    }

    public void save() {
        if (!canSave.get() || writing) {
            return;
        }
        long start = System.nanoTime();
        ResultItem current = item.get();
        String hash = current.hit().contentHash();
        List<String> chosen = new ArrayList<>(tags);
        Integer stars = rating.get() > 0 ? rating.get() : null;
        String text = comment.get().isBlank() ? null : comment.get().strip();
        DealContext forDeal = dealNow();
        FeedbackEntry entry = FeedbackEntry.create(hash, current.hit().path(), store.user(), chosen, stars, text,
                forDeal.stage(), forDeal.industry(), slides.get());
        record(entry, start, mine.get() == null ? SAVED : SAVED_AGAIN);
    }

    /**
     * What the form says about the rep's deal while one is set: feedback saved now records its industry and stage (the
     * competitor is not recorded). Not a statement about the entries saved before.
     */
    public StringBinding dealLineBinding() {
        return Bindings.createStringBinding(() -> {
            DealContext d = dealNow();
            List<String> recorded = Stream.of(d.industry(), d.stage()).filter(Objects::nonNull).toList();
            return recorded.isEmpty() ? "" : "Feedback you save now records your deal: " + String.join(" · ", recorded)
                    + ".";
        }, deal);
    }

    private void record(FeedbackEntry entry, long start, String done) {
        String hash = entry.contentHash();
        KnownFile file = new KnownFile(hash, entry.path());
        writing = true;
        BackgroundTask.of(() -> {
                    store.repository().add(entry);
                    return fileState(file);
                })
                .onSuccess(saved -> {
                    drafts.remove(hash);
                    markDrafts();
                    if (item.get() != null && hash.equals(item.get().hit().contentHash())) {
                        history.setAll(saved.history());
                        mine.set(currentOf(saved.history(), store.user()));
                        withdrawn = null;
                        canUndoWithdraw.set(false);
                        status.set(done);
                    }
                    writing = false;
                    onSaved.accept(file.path(), saved.summary());
                    LOG.info("Feedback saved and shown in the row in {} ms", (System.nanoTime() - start) / 1_000_000.0);
                })
                .onFailure(e -> {
                    writing = false;
                    errors.accept(UserError.of("Saving the feedback", e));
                })
                .runOn(background, ui);
    }

    private Draft formAsDraft(ResultItem file) {
        return new Draft(file.hit().path(), file.hit().fileName(), Set.copyOf(tags), rating.get(), comment.get(),
                slides.get());
    }

    /**
     * The feedback typed and not saved, by content hash: the kept drafts and the form, if it holds some; not a draft on a
     * file whose folder was removed from the sources (kept, and back once its folder is a source again).
     */
    private Map<String, Draft> unsaved() {
        Map<String, Draft> all = new HashMap<>(drafts);
        all.values().removeIf(draft -> !inASource.test(draft.path()));
        ResultItem current = item.get();
        if (current != null && current.hit().contentHash() != null) {
            if (canSave.get()) {
                all.put(current.hit().contentHash(), formAsDraft(current));
            } else {
                all.remove(current.hit().contentHash()); // put back to what is saved, or emptied
            }
        }
        return all;
    }

    /** Marks the files with feedback typed and not saved (after any change to the drafts or the form). */
    private void markDrafts() {
        Set<String> now = unsaved().keySet();
        draftFiles.retainAll(now);
        draftFiles.addAll(now);
    }

    /** The content hashes of the files with feedback typed and not saved (the rows show a mark). */
    public ObservableSet<String> draftFiles() {
        return draftFilesShown;
    }

    /** The names of the files with feedback typed and not saved (A to Z), for the question on closing. */
    public List<String> unsavedFiles() {
        return unsavedFiles(List.of());
    }

    /**
     * The same, a name that another of these files or of {@code shown} (the result rows) has too with its folder
     * ("price-list.txt in apac/2025", {@link FolderLabels}): "You typed feedback on price-list.txt" did not say which.
     */
    public List<String> unsavedFiles(Collection<String> shown) {
        List<String> paths = new ArrayList<>(shown);
        Collection<Draft> drafts = unsaved().values();
        drafts.forEach(d -> paths.add(d.path()));
        Map<String, String> names = FolderLabels.names(paths, Formats::lastName);
        return drafts.stream().map(d -> names.getOrDefault(d.path(), d.fileName()))
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /**
     * {@link #unsavedFiles(Collection)} with each file named as it is now, for the question on closing: a file renamed or
     * moved since its feedback was typed is named by its new name, and Save stores the feedback at its new path (window
     * re-test 22, F7: the question named zebra.txt, renamed to zebra-renamed.txt meanwhile). Where the files are is
     * read in the background; {@code answer} runs on the UI executor.
     */
    public void unsavedFilesNow(Collection<String> shown, Consumer<List<String>> answer) {
        Map<String, String> named = new HashMap<>();
        drafts.forEach((hash, draft) -> named.put(hash, draft.path()));
        BackgroundTask.of(() -> {
                    FeedbackByFile now = files.get();
                    Map<String, String> moved = new HashMap<>();
                    named.forEach((hash, path) -> now.whereNow(hash, path).filter(p -> !p.equals(path))
                            .ifPresent(p -> moved.put(hash, p)));
                    return moved;
                })
                .onSuccess(moved -> {
                    moved.forEach((hash, path) -> drafts.computeIfPresent(hash, (h, draft) -> draft.movedTo(path)));
                    answer.accept(unsavedFiles(shown));
                })
                .onFailure(e -> {
                    LOG.warn("Where the files with unsaved feedback are now could not be read; named as they were", e);
                    answer.accept(unsavedFiles(shown));
                })
                .runOn(background, ui);
    }

    /** Whether every piece of feedback not saved has a comment typed (not only tags or stars clicked). */
    public boolean unsavedIsTyped() {
        return unsaved().values().stream().allMatch(draft -> !draft.comment().isBlank());
    }

    /**
     * Saves the feedback typed and not saved on every file (the rep chose Save on closing), then runs
     * {@code saved} on the UI executor; on a failure the rep is told and {@code saved} does not run.
     */
    public void saveAllUnsaved(Runnable saved) {
        DealContext forDeal = dealNow();
        List<FeedbackEntry> entries = unsaved().entrySet().stream()
                .map(e -> FeedbackEntry.create(e.getKey(), e.getValue().path(), store.user(),
                        new ArrayList<>(e.getValue().tags()), e.getValue().rating() > 0 ? e.getValue().rating() : null,
                        e.getValue().comment().isBlank() ? null : e.getValue().comment().strip(), forDeal.stage(),
                        forDeal.industry(), e.getValue().slides()))
                .toList();
        BackgroundTask.of(() -> {
                    for (FeedbackEntry entry : entries) {
                        store.repository().add(entry);
                    }
                    FeedbackByFile now = files.get();
                    Map<String, FeedbackSummary> summaries = new HashMap<>();
                    entries.forEach(entry -> summaries.put(entry.path(),
                            now.summary(new KnownFile(entry.contentHash(), entry.path()))));
                    return summaries;
                })
                .onSuccess(summaries -> {
                    entries.forEach(entry -> drafts.remove(entry.contentHash())); // not those waiting for their source
                    markDrafts();
                    summaries.forEach(onSaved);
                    ResultItem current = item.get();
                    entries.stream().filter(e -> current != null && e.contentHash().equals(current.hit().contentHash()))
                            .findFirst().ifPresent(mine::set);
                    LOG.info("Saved the feedback typed on {} files before closing", entries.size());
                    saved.run();
                })
                .onFailure(e -> errors.accept(UserError.of("Saving the feedback", e)))
                .runOn(background, ui);
    }

    /** Forgets the feedback typed and not saved on every file (the rep chose not to save it on closing). */
    public void discardAllUnsaved() {
        drafts.clear();
        discard();
    }

    /** Puts back what is saved (the rep's current feedback, or nothing), forgetting the unsaved changes. */
    public void discard() {
        ResultItem current = item.get();
        if (current != null && current.hit().contentHash() != null) {
            drafts.remove(current.hit().contentHash());
        }
        fill(mine.get());
        status.set("");
    }

    /** A file's feedback after a change: the team's summary (for the row badge) and its history. */
    private record FileFeedback(FeedbackSummary summary, List<FeedbackHistoryItem> history) {
    }

    private FileFeedback fileState(KnownFile file) {
        FeedbackByFile now = files.get();
        return new FileFeedback(now.summary(file), newestFirst(now.history(file)));
    }

    /** The selected file as feedback knows it, or null for none (or one that could not be read). */
    private static KnownFile fileOf(ResultItem item) {
        return item == null || item.hit().contentHash() == null ? null
                : new KnownFile(item.hit().contentHash(), item.hit().path());
    }

    private static List<FeedbackHistoryItem> newestFirst(List<FeedbackHistoryItem> oldestFirst) {
        List<FeedbackHistoryItem> list = new ArrayList<>(oldestFirst);
        Collections.reverse(list);
        return list;
    }

    private void loadHistory() {
        ResultItem current = item.get();
        if (current == null || current.hit().contentHash() == null) {
            return;
        }
        long asked = ++generation;
        KnownFile file = fileOf(current);
        BackgroundTask.of(() -> newestFirst(files.get().history(file)))
                .onSuccess(all -> {
                    if (asked == generation) {
                        history.setAll(all);
                        showMine(currentOf(all, store.user()));
                    }
                })
                .onFailure(e -> errors.accept(UserError.of("Reading the feedback", e)))
                .runOn(background, ui);
    }

    /** Withdraws the rep's current feedback on the shown file (the history keeps it, marked withdrawn); undoable. */
    public void withdraw() {
        ResultItem current = item.get();
        FeedbackEntry entry = mine.get();
        if (current == null || entry == null || writing) {
            return;
        }
        String hash = current.hit().contentHash();
        KnownFile file = fileOf(current);
        writing = true;
        BackgroundTask.of(() -> {
                    files.get().withdraw(file, store.user());
                    return fileState(file);
                })
                .onSuccess(done -> {
                    drafts.remove(hash);
                    markDrafts();
                    if (item.get() != null && hash.equals(item.get().hit().contentHash())) {
                        history.setAll(done.history());
                        mine.set(null);
                        fill(null);
                        withdrawn = entry;
                        withdrawnFrom = hash;
                        canUndoWithdraw.set(true);
                        status.set(WITHDRAWN);
                    }
                    writing = false;
                    onSaved.accept(file.path(), done.summary());
                })
                .onFailure(e -> {
                    writing = false;
                    errors.accept(UserError.of("Withdrawing the feedback", e));
                })
                .runOn(background, ui);
    }

    /**
     * Gives the feedback just withdrawn again, as it was: a new entry with its tags, rating and comment, and the time it
     * was given (not the time of the undo: it feeds "days to answer" and the month charts).
     */
    public void undoWithdraw() {
        FeedbackEntry entry = withdrawn;
        ResultItem current = item.get();
        // the file's content, not the entry's: on a file edited since the feedback was given they differ, and Undo
        // did nothing, the feedback lost (window re-test 18, R1)
        if (entry == null || current == null || !current.hit().contentHash().equals(withdrawnFrom) || writing) {
            return;
        }
        fill(entry);
        // as it was, with the time it was given, on the content the file has now
        record(entry.givenAgain(current.hit().path(), current.hit().contentHash()), System.nanoTime(), GIVEN_BACK);
    }

    /** The rep's own current entry in a file's history (newest first), or null. */
    private static FeedbackEntry currentOf(List<FeedbackHistoryItem> newestFirst, String user) {
        for (FeedbackHistoryItem h : newestFirst) {
            if (h.current() && h.event().user().equals(user) && h.event() instanceof FeedbackEntry entry) {
                return entry;
            }
        }
        return null;
    }

    /** Puts the rep's current feedback in the form, unless they have started filling it in already. */
    private void showMine(FeedbackEntry entry) {
        boolean untouched = isEmpty();
        mine.set(entry);
        if (entry == null || !untouched) {
            return;
        }
        fill(entry);
        status.set("This is your current feedback on this file: change it and save, or withdraw it.");
    }

    private boolean isEmpty() {
        return tags.isEmpty() && rating.get() == 0 && comment.get().isBlank();
    }

    private boolean formEquals(FeedbackEntry entry) {
        if (entry == null) {
            return isEmpty() && slides.get().isEmpty();
        }
        return tags.equals(new HashSet<>(entry.tags()))
                && rating.get() == (entry.rating() == null ? 0 : entry.rating())
                && slides.get().equals(entry.slides())
                && comment.get().strip().equals(entry.comment() == null ? "" : entry.comment());
    }

    /**
     * Tells which files are in a source now (by path; a cheap test, asked on the FX thread): drafts on others are not
     * saved or asked about on closing. Call {@link #sourcesChanged} when the sources change.
     */
    public void feedbackOnlyIn(Predicate<String> inASource) {
        this.inASource = Objects.requireNonNull(inASource);
        markDrafts();
    }

    /** The sources changed: which drafts can be saved may have too. */
    public void sourcesChanged() {
        markDrafts();
    }

    /** Whether feedback was typed and not saved on this content, also on a file no source holds now. */
    public boolean hasDraftOn(String contentHash) {
        return contentHash != null && (drafts.containsKey(contentHash) || draftFiles.contains(contentHash));
    }

    /** Whether the rep has current feedback on the shown file (to withdraw). */
    public BooleanBinding hasMineBinding() {
        return mine.isNotNull();
    }

    /** Whether the form holds something else than what is saved for the file. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Whether the feedback just withdrawn can be given back. */
    public ReadOnlyBooleanProperty canUndoWithdrawProperty() {
        return canUndoWithdraw.getReadOnlyProperty();
    }

    /** The file the feedback is about: always the search's selection. */
    public ReadOnlyObjectProperty<ResultItem> itemProperty() {
        return item;
    }

    public ObservableSet<String> tags() {
        return tags;
    }

    public IntegerProperty ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** The team's feedback on the file, newest first, current entries marked. */
    public ObservableList<FeedbackHistoryItem> history() {
        return history;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /**
     * Follows the preview's page (0-based) and page count, so the feedback can be about the slide shown
     * ({@link #aboutShownSlide}).
     */
    public void followPages(ReadOnlyIntegerProperty page, ReadOnlyIntegerProperty pageCount) {
        shownPage.bind(page);
        shownPages.bind(pageCount);
    }

    /**
     * Makes the feedback about the slide (page) the preview shows, or ({@code false}) about the whole file again. A
     * file with one page or none has no slide to name.
     */
    public void aboutShownSlide(boolean about) {
        if (!about) {
            slides.set(List.of());
        } else if (shownPages.get() > 1 && item.get() != null) {
            slides.set(List.of(Math.clamp(shownPage.get() + 1, 1, shownPages.get())));
        }
    }

    /** The slides (pages) the feedback in the form is about, 1-based; empty: the whole file. */
    public ReadOnlyObjectProperty<List<Integer>> slidesProperty() {
        return slides;
    }

    /** Whether the file shown has slides or pages to name (more than one). */
    public BooleanBinding hasSlidesBinding() {
        return Bindings.createBooleanBinding(() -> item.get() != null && shownPages.get() > 1, item, shownPages);
    }

    /**
     * What the slide choice says: "About slide 7 only" for the slide chosen, else for the slide shown ("page" for a
     * file that is not a presentation).
     */
    public StringBinding slideChoiceBinding() {
        return Bindings.createStringBinding(() -> {
            ResultItem current = item.get();
            boolean deck = current != null && FileKind.PRESENTATION == FileKind.byIdOrExtension(current.hit().extension());
            int n = slides.get().isEmpty() ? shownPage.get() + 1 : slides.get().getFirst();
            String unit = deck ? "slide" : "page";
            return slides.get().size() > 1 ? "About " + unit + "s " + slides.get().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " only"
                    : "About " + unit + " " + n + " only";
        }, item, slides, shownPage);
    }
}
