package org.collateralfinder.gui.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackHistoryItem;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.gui.common.UserError;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback on the selected file in two clicks: pick a tag (or stars), press Save. The entry is the rep's
 * current feedback on the file's content (it supersedes their earlier one, which stays in the history).
 * Shows the team's history of the file; after saving, tells the result list the file's new summary so
 * its badges update.
 */
public final class FeedbackViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackViewModel.class);

    private final javafx.beans.property.ObjectProperty<FeedbackEntry> mine =
            new javafx.beans.property.SimpleObjectProperty<>(this, "mine");
    private final FeedbackStore store;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<String, FeedbackSummary> onSaved;
    private final Consumer<UserError> errors;

    private final ObjectProperty<ResultItem> item = new SimpleObjectProperty<>(this, "item");
    private final ObservableSet<String> tags = FXCollections.observableSet(new LinkedHashSet<>());
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ObservableList<FeedbackHistoryItem> history = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanBinding canSave;
    private long generation;

    public FeedbackViewModel(FeedbackStore store, Executor background, Executor ui,
                             BiConsumer<String, FeedbackSummary> onSaved, Consumer<UserError> errors) {
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.onSaved = onSaved;
        this.errors = errors;
        this.canSave = Bindings.createBooleanBinding(
                () -> item.get() != null && item.get().hit().contentHash() != null
                        && (!tags.isEmpty() || rating.get() > 0 || !comment.get().isBlank()) && !formIsMine(),
                item, tags, rating, comment, mine);
    }

    /**
     * Shows the feedback of a file (null for none): the form holds the rep's own current feedback on
     * it, if any, to change or withdraw; otherwise it is empty.
     */
    public void show(ResultItem value) {
        ResultItem previous = item.get();
        item.set(value);
        if (previous != null && value != null && previous.hit().path().equals(value.hit().path())) {
            return;
        }
        mine.set(null);
        clearForm();
        status.set(value != null && value.hit().contentHash() == null
                ? "This file could not be read, so feedback cannot be attached to it." : "");
        history.clear();
        loadHistory();
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

    public void save() {
        if (!canSave.get()) {
            return;
        }
        long start = System.nanoTime();
        ResultItem current = item.get();
        String hash = current.hit().contentHash();
        List<String> chosen = new ArrayList<>(tags);
        Integer stars = rating.get() > 0 ? rating.get() : null;
        String text = comment.get().isBlank() ? null : comment.get().strip();
        BackgroundTask.of(() -> {
                    store.repository().add(FeedbackEntry.create(hash, current.hit().path(), store.user(), chosen, stars,
                            text, null, null));
                    return fileState(hash);
                })
                .onSuccess(saved -> {
                    if (item.get() != null && hash.equals(item.get().hit().contentHash())) {
                        history.setAll(saved.history());
                        mine.set(currentOf(saved.history(), store.user()));
                        status.set("Saved. Thank you! It replaces your earlier feedback on this file, if any.");
                    }
                    onSaved.accept(hash, saved.summary());
                    LOG.info("Feedback saved and shown in the row in {} ms", (System.nanoTime() - start) / 1_000_000.0);
                })
                .onFailure(e -> errors.accept(UserError.of("Saving the feedback", e)))
                .runOn(background, ui);
    }

    /** A file's feedback after a change: the team's summary (for the row badge) and its history. */
    private record FileFeedback(FeedbackSummary summary, List<FeedbackHistoryItem> history) {
    }

    private FileFeedback fileState(String hash) {
        var repository = store.repository();
        return new FileFeedback(repository.summaries(List.of(hash)).get(hash), newestFirst(repository.history(hash)));
    }

    private static List<FeedbackHistoryItem> newestFirst(List<FeedbackHistoryItem> oldestFirst) {
        List<FeedbackHistoryItem> list = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    private void loadHistory() {
        ResultItem current = item.get();
        if (current == null || current.hit().contentHash() == null) {
            return;
        }
        long asked = ++generation;
        String hash = current.hit().contentHash();
        BackgroundTask.of(() -> newestFirst(store.repository().history(hash)))
                .onSuccess(all -> {
                    if (asked == generation) {
                        history.setAll(all);
                        showMine(currentOf(all, store.user()));
                    }
                })
                .onFailure(e -> errors.accept(UserError.of("Reading the feedback", e)))
                .runOn(background, ui);
    }

    /** Withdraws the rep's current feedback on the shown file (the history keeps it, marked withdrawn). */
    public void withdraw() {
        ResultItem current = item.get();
        if (current == null || mine.get() == null) {
            return;
        }
        String hash = current.hit().contentHash();
        BackgroundTask.of(() -> {
                    store.repository().withdraw(hash, store.user());
                    return fileState(hash);
                })
                .onSuccess(done -> {
                    if (item.get() != null && hash.equals(item.get().hit().contentHash())) {
                        history.setAll(done.history());
                        mine.set(null);
                        clearForm();
                        status.set("Your feedback on this file is withdrawn.");
                    }
                    onSaved.accept(hash, done.summary());
                })
                .onFailure(e -> errors.accept(UserError.of("Withdrawing the feedback", e)))
                .runOn(background, ui);
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
        mine.set(entry);
        if (entry == null || !tags.isEmpty() || rating.get() > 0 || !comment.get().isBlank()) {
            return;
        }
        tags.addAll(entry.tags());
        rating.set(entry.rating() == null ? 0 : entry.rating());
        comment.set(entry.comment() == null ? "" : entry.comment());
        status.set("This is your current feedback on this file: change it and save, or withdraw it.");
    }

    private boolean formIsMine() {
        FeedbackEntry entry = mine.get();
        return entry != null && tags.equals(new java.util.HashSet<>(entry.tags()))
                && rating.get() == (entry.rating() == null ? 0 : entry.rating())
                && comment.get().strip().equals(entry.comment() == null ? "" : entry.comment());
    }

    /** Whether the rep has current feedback on the shown file (to withdraw). */
    public javafx.beans.binding.BooleanBinding hasMineBinding() {
        return mine.isNotNull();
    }

    private void clearForm() {
        tags.clear();
        rating.set(0);
        comment.set("");
    }

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
}
