package org.collateralfinder.gui.offline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.offline.ByteSize;
import org.collateralfinder.offline.OfflineListing;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.offline.Pin;
import org.collateralfinder.offline.PinResult;
import org.collateralfinder.offline.RefreshSummary;
import org.collateralfinder.task.BackgroundTask;

/**
 * Files kept offline: pinning and unpinning a found file ("Keep offline"), the pins with the space they
 * take of the budget, and refreshing the copies. Copying runs on the background executor; properties
 * change on the UI executor only.
 */
public final class OfflineViewModel {

    private final OfflineStore store;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final BiConsumer<String, Boolean> pinnedChanged;

    private final ObservableList<Pin> pins = FXCollections.observableArrayList();
    private final StringProperty usage = new SimpleStringProperty(this, "usage", "");
    private final DoubleProperty usedFraction = new SimpleDoubleProperty(this, "usedFraction");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /**
     * @param pinnedChanged hears a path that was pinned (true) or unpinned (false), on the UI executor
     */
    public OfflineViewModel(OfflineStore store, UiWork work, BiConsumer<String, Boolean> pinnedChanged) {
        this.store = store;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
        this.pinnedChanged = pinnedChanged;
    }

    /** The read of the offline copies under way, cancelled by the next reload (FX thread). */
    private BackgroundTask<?> reading;

    /** Re-reads the pins and the space they take. */
    public void reload() {
        if (reading != null) {
            reading.cancel(); // its result could land after this one's, and show what was there before
        }
        reading = BackgroundTask.of(store::list)
                .onSuccess(this::show)
                .onFailure(e -> errors.accept(UserError.of("Reading the offline copies", e)))
                .runOn(background, ui);
    }

    /**
     * An indexing run refreshed copies: the pins and the space are read again, and a sentence about a copy made before
     * ("Kept offline: narwhal.txt, 22 bytes.") goes, as it may give a size the copy no longer has (window re-test 18,
     * R7). One about copying under way stays.
     */
    public void copiesRefreshed() {
        if (!busy.get()) {
            status.set("");
        }
        reload();
    }

    /** Keeps the file of a result offline, or stops keeping it (for a file inside an archive: the archive). */
    public void toggle(ResultItem item) {
        String path = item.fileOnDisk().toString();
        if (item.pinned()) {
            unpin(path);
        } else {
            pin(path);
        }
    }

    public void pin(String path) {
        busy.set(true);
        status.set("Copying " + Formats.lastName(path) + " for offline use…");
        BackgroundTask.of(() -> store.pin(Path.of(path)))
                .onSuccess(result -> {
                    busy.set(false);
                    status.set(pinned(result));
                    pinnedChanged.accept(path, true);
                    reload();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("");
                    errors.accept(UserError.of("Keeping the file offline", e));
                })
                .runOn(background, ui);
    }

    public void unpin(String path) {
        BackgroundTask.of(() -> store.unpin(Path.of(path)))
                .onSuccess(removed -> {
                    status.set("No longer kept offline: " + Formats.lastName(path) + ".");
                    removed.forEach(p -> pinnedChanged.accept(p.path(), false));
                    reload();
                })
                .onFailure(e -> errors.accept(UserError.of("Removing the offline copy", e)))
                .runOn(background, ui);
    }

    /** Brings every copy up to date with its original (originals that cannot be reached keep their copies). */
    public void refresh() {
        busy.set(true);
        status.set("Refreshing the offline copies…");
        BackgroundTask.of(store::refresh)
                .onSuccess(summary -> {
                    busy.set(false);
                    status.set(refreshed(summary));
                    reload();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set("");
                    errors.accept(UserError.of("Refreshing the offline copies", e));
                })
                .runOn(background, ui);
    }

    private void show(OfflineListing listing) {
        pins.setAll(listing.pins());
        usage.set(listing.pins().isEmpty() ? "Nothing kept offline yet; up to " + ByteSize.format(listing.budgetBytes())
                + " can be." : ByteSize.format(listing.usedBytes()) + " of " + ByteSize.format(listing.budgetBytes())
                + " used, " + Formats.plural(listing.pins().size(), "item", "items") + " kept offline");
        usedFraction.set(listing.budgetBytes() <= 0 ? 0 : Math.min(1, (double) listing.usedBytes() / listing.budgetBytes()));
    }

    static String pinned(PinResult result) {
        Pin pin = result.pin();
        String name = Formats.lastName(pin.path());
        String what = pin.folder() ? name + " (" + Formats.plural(pin.files(), "file", "files") + ")" : name;
        String sentence = result.alreadyPinned() ? what + " was already kept offline; its copy is up to date."
                : "Kept offline: " + what + ", " + ByteSize.format(pin.size()) + ".";
        return result.failed().isEmpty() ? sentence
                : sentence + " " + Formats.plural(result.failed().size(), "file", "files") + " could not be copied.";
    }

    static String refreshed(RefreshSummary s) {
        StringBuilder text = new StringBuilder("Offline copies refreshed: ")
                .append(Formats.plural(s.refreshed().size() + s.added().size(), "copy", "copies")).append(" updated, ")
                .append(s.unchanged()).append(" already up to date");
        if (!s.unreachable().isEmpty()) {
            text.append(", ").append(s.unreachable().size()).append(" kept as they were (original not reachable)");
        }
        if (!s.failed().isEmpty()) {
            text.append(", ").append(s.failed().size()).append(" could not be copied");
        }
        return text.append('.').toString();
    }

    public ObservableList<Pin> pins() {
        return pins;
    }

    public ReadOnlyStringProperty usageProperty() {
        return usage;
    }

    public ReadOnlyDoubleProperty usedFractionProperty() {
        return usedFraction;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The pins' paths, e.g. for tests. */
    public List<String> pinnedPaths() {
        return pins.stream().map(Pin::path).toList();
    }
}
