package org.collateralfinder.gui.sources;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.BackgroundIndexer;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.RunSummary;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.IndexReplacedException;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.BackgroundTask;
import org.collateralfinder.task.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources and indexing view: which folders are searched and how each is doing (reachable, degraded,
 * unreachable; notes of the last run), adding and removing folders, extra excludes, other mount points
 * of a share, confirming a mass deletion, and the running indexing with progress, time left and cancel.
 * One run at a time: a request during a run starts one more run after it.
 */
public final class SourcesViewModel {

    /** Said after the files a run could not read: the window lists them under the sources. */
    static final String FAILED_HINT = " (listed below)";

    private static final Logger LOG = LoggerFactory.getLogger(SourcesViewModel.class);

    private final SourceRegistry registry;
    private final Supplier<SearchService> search;
    private final SourceAvailability availability;
    private final Reachability reachability;
    private final BackgroundIndexer indexer;
    private final Path dataDir;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;

    private final ObservableList<SourceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FailedFile> failures = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty currentFile = new SimpleStringProperty(this, "currentFile", "");
    private final StringProperty lastRun = new SimpleStringProperty(this, "lastRun", "");
    private final StringProperty newFolder = new SimpleStringProperty(this, "newFolder", "");
    private final StringProperty newExcludes = new SimpleStringProperty(this, "newExcludes", "");
    private final ReadOnlyStringWrapper addProblem =
            new ReadOnlyStringWrapper(this, "addProblem", "");
    private final List<Runnable> runFinishedListeners = new ArrayList<>();
    private final List<Runnable> sourcesChangedListeners = new ArrayList<>();
    private boolean rerunRequested;
    private boolean confirmRequested;
    private int runs;
    private boolean lastRunChanged;
    private boolean cancelled;
    private final ReadOnlyObjectWrapper<SourceRow> pendingRemoval = new ReadOnlyObjectWrapper<>(this, "pendingRemoval");
    private Progress lastProgress;
    /** The read of the rows under way: a later reload cancels it, as it could end after the later one (FX thread). */
    private BackgroundTask<?> reading;

    public SourcesViewModel(SourceRegistry registry, Supplier<SearchService> search, SourceAvailability availability,
            Reachability reachability, BackgroundIndexer indexer, Path dataDir, UiWork work) {
        newFolder.addListener((obs, old, now) -> addProblem.set("")); // told about what was typed, until it changes
        this.registry = registry;
        this.search = search;
        this.availability = availability;
        this.reachability = reachability;
        this.indexer = indexer;
        this.dataDir = dataDir;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
    }

    /** Called on the UI executor after every indexing run. */
    public void addRunFinishedListener(Runnable listener) {
        runFinishedListeners.add(listener);
    }

    /** Called on the UI executor after a folder was added or removed, or got another mount point. */
    public void addSourcesChangedListener(Runnable listener) {
        sourcesChangedListeners.add(listener);
    }

    /** Re-reads the sources, their state (checked with a time limit), counts, notes and failures. */
    public void reload() {
        boolean indexing = running.get();
        if (reading != null) {
            reading.cancel(); // a later reload (e.g. when the run ended) shows newer rows: never overwritten by it
        }
        reading = BackgroundTask.of(() -> SourceRows.read(registry, search.get(), reachability, dataDir, indexing))
                .onSuccess(s -> {
                    rows.setAll(s.rows());
                    failures.setAll(s.failures());
                    lastRun.set(s.lastRun());
                })
                .onFailure(e -> {
                    if (!(e instanceof IndexReplacedException)) {
                        errors.accept(UserError.of("Reading the sources", e));
                    }
                })
                .runOn(background, ui);
    }

    /** The path typed in the add-folder field. */
    public StringProperty newFolderProperty() {
        return newFolder;
    }

    /** The extra excludes typed for the folder to add. */
    public StringProperty newExcludesProperty() {
        return newExcludes;
    }

    /** Why the typed path could not be added (one sentence, shown beside the field), or "". */
    public ReadOnlyStringProperty addProblemProperty() {
        return addProblem.getReadOnlyProperty();
    }

    /**
     * Adds the typed folder and indexes it. The field is cleared once it is added; a path that is no folder
     * (or the app's own data folder) is said beside the field and stays there to be corrected.
     */
    public void addTyped() {
        String text = newFolder.get().strip();
        if (text.isEmpty()) {
            return;
        }
        Path folder;
        try {
            folder = Path.of(text);
        } catch (InvalidPathException e) {
            addProblem.set(text + " is not a folder path this computer can read.");
            return;
        }
        if (!folder.isAbsolute()) {
            // a window started from a menu has no folder a typed "real" could mean (re-test 11 saw it taken from
            // wherever the app was started)
            addProblem.set("Type the folder's whole path (" + text + " is only part of one), or choose the folder with "
                    + "Browse…"); // the button's name ends in "…": no stop after it (window test 12, F12)
            return;
        }
        String excludes = newExcludes.get();
        BackgroundTask.of(() -> registry.add(folder, parseExcludes(excludes)))
                .onSuccess(changed -> {
                    addProblem.set("");
                    newFolder.set("");
                    newExcludes.set("");
                    reload();
                    sourcesChangedListeners.forEach(Runnable::run);
                    reindex();
                })
                .onFailure(e -> {
                    if (e instanceof CollateralException problem) {
                        addProblem.set(problem.userMessage());
                    } else {
                        errors.accept(UserError.of("Adding the folder", e));
                    }
                })
                .runOn(background, ui);
    }

    /** Adds a folder (with extra excludes, comma or line separated) and indexes it. */
    public void add(Path folder, String excludes) {
        changeSources("Adding the folder", () -> registry.add(folder, parseExcludes(excludes)));
    }

    /**
     * Asks before a folder stops being searched (its files leave the index): the row shows the question
     * with Remove and Keep until one is chosen.
     */
    public void askToRemove(SourceRow row) {
        pendingRemoval.set(row);
    }

    /** The folder whose removal is being asked about, or null. */
    public ReadOnlyObjectProperty<SourceRow> pendingRemovalProperty() {
        return pendingRemoval.getReadOnlyProperty();
    }

    /** The question asked before removing a folder: what leaves the index, and that the files stay where they are. */
    public static String removalQuestion(SourceRow row) {
        // "Its 0 files leave the index" read oddly (window re-test 18, R10)
        return "Stop searching " + row.path() + "? " + (row.files() == 0 ? "The index holds no files of it"
                : "Its " + Formats.plural(row.files(), "file leaves", "files leave") + " the index")
                + "; the files themselves are not touched.";
    }

    /** The rep confirmed: the asked-about folder stops being searched; its files leave the index on the run started now. */
    public void confirmRemoval() {
        SourceRow row = pendingRemoval.get();
        pendingRemoval.set(null);
        if (row != null) {
            changeSources("Removing the folder", () -> registry.remove(Path.of(row.path())));
        }
    }

    /** The rep kept the folder. */
    public void keepSource() {
        pendingRemoval.set(null);
    }

    public void setExcludes(SourceRow row, String excludes) {
        changeSources("Saving the excludes", () -> {
            registry.setExcludes(Path.of(row.path()), parseExcludes(excludes));
            return true;
        });
    }

    /**
     * Records that the share of {@code row} is also mounted at another path (a drive letter, UNC path or
     * mount point); its documents follow it there without being read again.
     */
    public void addAlias(SourceRow row, String alias) {
        String text = alias == null ? "" : alias.strip();
        if (text.isEmpty()) {
            return;
        }
        changeSources("Saving the other mount point", () -> {
            if (text.equals(row.path())) {
                throw new CollateralException(text + " is the folder itself; give the other path it is mounted at.");
            }
            registry.addAlias(Path.of(row.path()), text);
            return true;
        });
    }

    private void changeSources(String doing, Callable<Boolean> change) {
        BackgroundTask.of(change)
                .onSuccess(changed -> {
                    reload();
                    sourcesChangedListeners.forEach(Runnable::run);
                    reindex();
                })
                .onFailure(e -> errors.accept(UserError.of(doing, e)))
                .runOn(background, ui);
    }

    /** Starts an incremental indexing run (new and changed files only); during a run, another follows it. */
    public void reindex() {
        start(false);
    }

    /**
     * A source changed on disk or came back: index in the background. One run at a time; changes noticed
     * during a run start one more run after it, however many there were.
     */
    public void reindexBecauseChanged(String source) {
        LOG.info("Changes noticed in {}; indexing", source);
        reindex();
    }

    /**
     * A source can no longer be reached (its folder renamed, removed or unmounted): its row is read again
     * and says so, and whether files can be opened is checked again. Nothing is indexed: its files stay
     * searchable until it is back.
     */
    public void sourceUnreachable(String source) {
        LOG.info("{} cannot be reached now", source);
        availability.forget();
        reload();
    }

    /**
     * Runs indexing that also removes the files a source lost all at once (held back by the last run
     * because a half-mounted share looks the same).
     */
    public void confirmDeletions() {
        start(true);
    }

    private void start(boolean confirm) {
        if (running.get()) {
            rerunRequested = true; // e.g. a folder added mid-run: index it right after this run
            confirmRequested |= confirm;
            return;
        }
        availability.forget();
        boolean started = indexer.start(confirm, p -> ui.execute(() -> showProgress(p)),
                stats -> {
                    int kept = IndexReport.read(dataDir).keptFiles(); // the run's report, written before it returned
                    ui.execute(() -> finished(stats, kept, null));
                },
                error -> ui.execute(() -> finished(null, 0, error)));
        if (started) {
            runs++;
            running.set(true);
            progress.set(-1);
            progressText.set(confirm ? "Removing the files that disappeared, and looking for changes…"
                    : "Looking for new and changed files…");
            currentFile.set("");
            reload();
        }
    }

    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelled = true;
        indexer.cancel();
        rerunRequested = false;
        confirmRequested = false;
        progressText.set("Stopping after the files in hand…");
    }

    private void showProgress(Progress p) {
        if (!running.get()) {
            return;
        }
        lastProgress = p;
        if (cancelled) {
            return; // "Stopping…" stays until the run has stopped
        }
        progress.set(p.total() > 0 ? p.fraction() : -1);
        progressText.set(progressLine(p));
        currentFile.set(p.current() == null ? "" : p.current());
    }

    /** "40 of 1,034 files read · about 1 min left": of the files this run has to read (a source says what it holds). */
    static String progressLine(Progress p) {
        String left = Formats.timeLeft(p.timeLeft());
        return String.format("%,d of %s read%s", p.done(), Formats.plural(p.total(), "file", "files"),
                left.isEmpty() ? "" : " · " + left);
    }

    /** Whether the last indexing run added, changed or removed anything (or stopped, so it may have). */
    public boolean lastRunChangedIndex() {
        return lastRunChanged;
    }

    private void finished(IndexRunStats stats, int kept, Throwable error) {
        lastRunChanged = stats == null || stats.added() + stats.updated() + stats.removed() > 0;
        boolean stopped = cancelled;
        Progress last = lastProgress;
        cancelled = false;
        lastProgress = null;
        running.set(false);
        progress.set(stats == null ? 0 : 1);
        currentFile.set("");
        if (error != null) {
            progressText.set("Indexing stopped.");
            errors.accept(UserError.of("Indexing", error));
        } else if (stopped) {
            progressText.set(RunSummary.cancelled(stats, last == null ? 0 : last.done(), last == null ? 0 : last.total(),
                    FAILED_HINT));
        } else {
            progressText.set(summary(stats, kept));
        }
        reload();
        runFinishedListeners.forEach(Runnable::run);
        if (rerunRequested && error == null) {
            boolean confirm = confirmRequested;
            rerunRequested = false;
            confirmRequested = false;
            start(confirm);
        }
    }

    /** The run as the command line tells it (same words, same numbers), with the files it kept without seeing them. */
    static String summary(IndexRunStats s, int kept) {
        return RunSummary.sentence(s, kept, FAILED_HINT);
    }

    static List<String> parseExcludes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** How many indexing runs this view model started (for tests of coalescing). */
    public int runsStarted() {
        return runs;
    }

    public ObservableList<SourceRow> rows() {
        return rows;
    }

    public ObservableList<FailedFile> failures() {
        return failures;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyStringProperty currentFileProperty() {
        return currentFile;
    }

    public ReadOnlyStringProperty lastRunProperty() {
        return lastRun;
    }
}
