package org.collateralfinder.gui.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
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
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.UserError;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.BackgroundTask;
import org.collateralfinder.task.Progress;

/**
 * The sources and indexing view: which folders are searched and how each is doing, adding and
 * removing folders, extra excludes, and the running indexing with progress, time left and cancel.
 */
public final class SourcesViewModel {

    private final SourceRegistry registry;
    private final SearchService search;
    private final SourceAvailability availability;
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
    private final List<Runnable> runFinishedListeners = new ArrayList<>();
    private boolean rerunRequested;

    private record Snapshot(List<SourceRow> rows, List<FailedFile> failures, String lastRun) {
    }

    public SourcesViewModel(SourceRegistry registry, SearchService search, SourceAvailability availability,
                            BackgroundIndexer indexer, Path dataDir, Executor background, Executor ui,
                            Consumer<UserError> errors) {
        this.registry = registry;
        this.search = search;
        this.availability = availability;
        this.indexer = indexer;
        this.dataDir = dataDir;
        this.background = background;
        this.ui = ui;
        this.errors = errors;
    }

    /** Called on the UI executor after every indexing run. */
    public void addRunFinishedListener(Runnable listener) {
        runFinishedListeners.add(listener);
    }

    /** Re-reads the sources, their reachability, counts and failures. */
    public void reload() {
        boolean indexing = running.get();
        BackgroundTask.of(() -> snapshot(indexing))
                .onSuccess(s -> {
                    rows.setAll(s.rows());
                    failures.setAll(s.failures());
                    lastRun.set(s.lastRun());
                })
                .onFailure(e -> errors.accept(UserError.of("Reading the sources", e)))
                .runOn(background, ui);
    }

    /** Adds a folder (with extra excludes, comma or line separated) and indexes it. */
    public void add(Path folder, String excludes) {
        BackgroundTask.of(() -> registry.add(folder, parseExcludes(excludes)))
                .onSuccess(added -> {
                    reload();
                    reindex();
                })
                .onFailure(e -> errors.accept(UserError.of("Adding the folder", e)))
                .runOn(background, ui);
    }

    /** Stops searching a folder; its files leave the index on the next run, started now. */
    public void remove(SourceRow row) {
        BackgroundTask.of(() -> registry.remove(Path.of(row.path())))
                .onSuccess(removed -> {
                    reload();
                    reindex();
                })
                .onFailure(e -> errors.accept(UserError.of("Removing the folder", e)))
                .runOn(background, ui);
    }

    public void setExcludes(SourceRow row, String excludes) {
        BackgroundTask.of(() -> {
                    registry.setExcludes(Path.of(row.path()), parseExcludes(excludes));
                    return true;
                })
                .onSuccess(done -> {
                    reload();
                    reindex();
                })
                .onFailure(e -> errors.accept(UserError.of("Saving the excludes", e)))
                .runOn(background, ui);
    }

    /** Starts an incremental indexing run (new and changed files only); during a run, another follows it. */
    public void reindex() {
        if (running.get()) {
            rerunRequested = true; // e.g. a folder added mid-run: index it right after this run
            return;
        }
        availability.forget();
        boolean started = indexer.start(p -> ui.execute(() -> showProgress(p)),
                stats -> ui.execute(() -> finished(stats, null)),
                error -> ui.execute(() -> finished(null, error)));
        if (started) {
            running.set(true);
            progress.set(-1);
            progressText.set("Looking for new and changed files…");
            currentFile.set("");
            reload();
        }
    }

    public void cancel() {
        indexer.cancel();
        progressText.set("Stopping after the files in hand…");
    }

    private void showProgress(Progress p) {
        if (!running.get()) {
            return;
        }
        progress.set(p.total() > 0 ? p.fraction() : -1);
        String left = Formats.timeLeft(p.timeLeft());
        progressText.set(String.format("%,d of %,d files%s", p.done(), p.total(), left.isEmpty() ? "" : " · " + left));
        currentFile.set(p.current() == null ? "" : p.current());
    }

    private void finished(IndexRunStats stats, Throwable error) {
        running.set(false);
        progress.set(stats == null ? 0 : 1);
        currentFile.set("");
        if (error != null) {
            progressText.set("Indexing stopped.");
            errors.accept(UserError.of("Indexing", error));
        } else {
            progressText.set(summary(stats));
        }
        reload();
        runFinishedListeners.forEach(Runnable::run);
        if (rerunRequested && error == null) {
            rerunRequested = false;
            reindex();
        }
    }

    static String summary(IndexRunStats s) {
        return String.format("Indexed %,d files in %.1f s: %,d new, %,d changed, %,d removed%s.", s.files(), s.seconds(),
                s.added(), s.updated(), s.removed(), s.failed() > 0 ? ", " + s.failed() + " could not be read" : "");
    }

    private Snapshot snapshot(boolean indexing) {
        IndexReport report = IndexReport.read(dataDir);
        Map<String, IndexReport.SourceReport> reports = new HashMap<>();
        report.sources().forEach(r -> reports.put(r.path(), r));
        Map<String, Long> counts = new HashMap<>();
        for (FacetCount c : search.search(new SearchRequest("", 1, Map.of(), SearchRequest.Order.NEWEST))
                .facets().getOrDefault("source", List.of())) {
            counts.put(c.value(), c.count());
        }
        List<FailedFile> failed = search.failedFiles(1_000);
        List<SourceRow> list = new ArrayList<>();
        for (SourceRegistry.SourceFolder source : registry.list()) {
            String prefix = source.path().endsWith("/") || source.path().endsWith("\\") ? source.path()
                    : source.path() + java.io.File.separator;
            int failedHere = (int) failed.stream().filter(f -> f.path().startsWith(prefix)).count();
            long files = counts.getOrDefault(source.path(), 0L);
            boolean reachable = availability.isReachable(source.path());
            IndexReport.SourceReport r = reports.get(source.path());
            list.add(row(source, files, failedHere, reachable, indexing, r));
        }
        String last = report.lastRun() == null ? "Not indexed yet." : "Last run " + report.finishedAt().replace('T', ' ')
                .replaceAll("\\.\\d+Z$", " UTC") + ": " + summary(report.lastRun());
        return new Snapshot(list, failed, last);
    }

    private static SourceRow row(SourceRegistry.SourceFolder source, long files, int failed, boolean reachable,
                                 boolean indexing, IndexReport.SourceReport report) {
        String counts = Formats.plural(files, "file", "files") + (failed > 0 ? ", " + failed + " could not be read" : "");
        if (indexing) {
            return new SourceRow(source.path(), source.excludes(), SourceRow.Status.INDEXING, "Indexing…", counts, files, failed);
        }
        if (!reachable) {
            return new SourceRow(source.path(), source.excludes(), SourceRow.Status.UNREACHABLE, "Unreachable",
                    "The folder cannot be reached (offline share?); its " + counts + " stay searchable.", files, failed);
        }
        if (files == 0 && report == null) {
            return new SourceRow(source.path(), source.excludes(), SourceRow.Status.NOT_INDEXED, "Not indexed yet",
                    "Re-index to add its files.", files, failed);
        }
        String note = report != null && report.note() != null ? " " + report.note() : "";
        return new SourceRow(source.path(), source.excludes(), SourceRow.Status.UP_TO_DATE, "Up to date", counts + "." + note,
                files, failed);
    }

    static List<String> parseExcludes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
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
