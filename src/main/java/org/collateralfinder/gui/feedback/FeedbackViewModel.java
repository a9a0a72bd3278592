package org.collateralfinder.gui.feedback;

import java.time.Clock;
import java.util.EnumSet;
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
import org.collateralfinder.gui.common.UserError;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.task.BackgroundTask;

/**
 * Feedback on the selected file in two clicks: pick a tag (or stars), press Save. Shows the file's
 * history; after saving, tells the result list the file's new summary so its badge updates.
 */
public final class FeedbackViewModel {

    private final FeedbackGateway gateway;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final BiConsumer<String, FeedbackSummary> onSaved;
    private final Consumer<UserError> errors;

    private final ObjectProperty<ResultItem> item = new SimpleObjectProperty<>(this, "item");
    private final ObservableSet<FeedbackTag> tags = FXCollections.observableSet(EnumSet.noneOf(FeedbackTag.class));
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ObservableList<FeedbackEntry> history = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanBinding canSave;
    private long generation;

    public FeedbackViewModel(FeedbackGateway gateway, Executor background, Executor ui, Clock clock,
                             BiConsumer<String, FeedbackSummary> onSaved, Consumer<UserError> errors) {
        this.gateway = gateway;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.onSaved = onSaved;
        this.errors = errors;
        this.canSave = Bindings.createBooleanBinding(
                () -> item.get() != null && item.get().hit().contentHash() != null
                        && (!tags.isEmpty() || rating.get() > 0 || !comment.get().isBlank()),
                item, tags, rating, comment);
    }

    /** Shows the feedback of a file (null for none) and clears the form. */
    public void show(ResultItem value) {
        ResultItem previous = item.get();
        item.set(value);
        if (previous != null && value != null && previous.hit().path().equals(value.hit().path())) {
            return;
        }
        clearForm();
        status.set(value != null && value.hit().contentHash() == null
                ? "This file could not be read, so feedback cannot be attached to it." : "");
        history.clear();
        loadHistory();
    }

    public void toggleTag(FeedbackTag tag) {
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
        ResultItem current = item.get();
        FeedbackEntry entry = new FeedbackEntry(current.hit().contentHash(), current.hit().path(), tags,
                rating.get(), comment.get(), clock.instant());
        String hash = entry.contentHash();
        BackgroundTask.of(() -> {
                    gateway.save(entry);
                    List<FeedbackEntry> all = gateway.history(hash);
                    return all;
                })
                .onSuccess(all -> {
                    if (item.get() != null && hash.equals(item.get().hit().contentHash())) {
                        history.setAll(all);
                        clearForm();
                        status.set(gateway.isPersistent() ? "Saved. Thank you!"
                                : "Saved for this session (the feedback store is not connected yet).");
                    }
                    onSaved.accept(hash, FeedbackSummary.of(all));
                })
                .onFailure(e -> errors.accept(UserError.of("Saving the feedback", e)))
                .runOn(background, ui);
    }

    private void loadHistory() {
        ResultItem current = item.get();
        if (current == null || current.hit().contentHash() == null) {
            return;
        }
        long mine = ++generation;
        String hash = current.hit().contentHash();
        BackgroundTask.of(() -> gateway.history(hash))
                .onSuccess(all -> {
                    if (mine == generation) {
                        history.setAll(all);
                    }
                })
                .onFailure(e -> errors.accept(UserError.of("Reading the feedback", e)))
                .runOn(background, ui);
    }

    private void clearForm() {
        tags.clear();
        rating.set(0);
        comment.set("");
    }

    public ReadOnlyObjectProperty<ResultItem> itemProperty() {
        return item;
    }

    public ObservableSet<FeedbackTag> tags() {
        return tags;
    }

    public IntegerProperty ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ObservableList<FeedbackEntry> history() {
        return history;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
