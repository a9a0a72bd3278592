package org.collateralfinder.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PathChanges;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.teamindex.SourcesRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs indexing in the background over the one index the window searches, one run at a time. While a
 * run goes on, the searchers are refreshed every few seconds and listeners hear when the number of
 * documents changed, so new files show up in results during the run. The extraction workers live only
 * as long as a run.
 */
public final class BackgroundIndexer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundIndexer.class);

    private final LiveIndex live;
    private final Supplier<IsolatedExtractor> extractors;
    private final SourceRegistry registry;
    private final Path reportDir;
    private final Duration commitInterval;
    private final ScheduledExecutorService scheduler;
    private final Duration refreshInterval;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("indexing").daemon().factory());
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger lastCount = new AtomicInteger(-1);
    private volatile Cancellation cancellation;
    private final Supplier<List<Path>> teamFolders;
    private volatile Consumer<PathChanges> pathChanges = changes -> { };
    private volatile Consumer<IndexRunStats> afterRun = stats -> { };

    /** @param teamFolders the team's feedback folders, never indexed */
    public BackgroundIndexer(LiveIndex live, Supplier<IsolatedExtractor> extractors, SourceRegistry registry,
                             Path reportDir, Duration commitInterval, ScheduledExecutorService scheduler,
                             Duration refreshInterval, Supplier<List<Path>> teamFolders) {
        this.teamFolders = teamFolders;
        this.live = live;
        this.extractors = extractors;
        this.registry = registry;
        this.reportDir = reportDir;
        this.commitInterval = commitInterval;
        this.scheduler = scheduler;
        this.refreshInterval = refreshInterval;
    }

    /**
     * Hears, on the indexing thread after each run, the files found edited in place or moved (for feedback to
     * follow them); a failure is logged and the run still counts.
     */
    public void onPathChanges(Consumer<PathChanges> listener) {
        this.pathChanges = listener;
    }

    /**
     * Runs {@code work} on the indexing thread after each run that ended (cancelled or not), before the run is said to
     * have finished: e.g. refreshing the copies kept offline of the files it found changed. A failure is logged and
     * the run still counts.
     */
    public void afterEachRun(Consumer<IndexRunStats> work) {
        this.afterRun = work;
    }

    /** Called on the thread that noticed it (a background thread) when searches may see different files. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /**
     * Starts an incremental run over all registered sources unless one is running.
     *
     * @param progress hears progress on the indexing threads
     * @param finished hears the outcome on the indexing thread: the counts, or null with the failure
     * @return false when a run was already going on
     */
    public boolean start(ProgressListener progress, Consumer<IndexRunStats> finished, Consumer<Throwable> failed) {
        return start(false, progress, finished, failed);
    }

    /**
     * As {@link #start(ProgressListener, Consumer, Consumer)}; with {@code confirmDeletions}, files that
     * vanished from a source all at once (kept until confirmed) are removed too.
     */
    public synchronized boolean start(boolean confirmDeletions, ProgressListener progress,
                                      Consumer<IndexRunStats> finished, Consumer<Throwable> failed) {
        if (cancellation != null) {
            return false;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        worker.execute(() -> {
            ScheduledFuture<?> refresher = scheduler.scheduleWithFixedDelay(this::refreshSearchers,
                    refreshInterval.toMillis(), refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
            try (IsolatedExtractor extractor = extractors.get()) {
                Indexer.Options options = Indexer.Options.defaults().withCommitInterval(commitInterval)
                        .withConfirmDeletions(confirmDeletions).withTeamFolders(teamFolders.get());
                // the team indexes' notes go to the log (TeamIndexCopier logs them)
                SourcesRun.Result run = SourcesRun.run(registry.list(), live.index(),
                        new Indexer(live.index(), extractor, options, reportDir), options.reachability(), reportDir,
                        progress, cancel);
                followChanges(run.changes());
                finish(refresher);
                try {
                    afterRun.accept(run.stats());
                } catch (RuntimeException e) {
                    LOG.warn("The work after an indexing run failed", e);
                }
                finished.accept(run.stats());
            } catch (RuntimeException | Error e) {
                finish(refresher);
                failed.accept(e);
            }
        });
        return true;
    }

    private void followChanges(PathChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            pathChanges.accept(changes);
        } catch (RuntimeException e) {
            LOG.warn("Feedback could not follow {} files edited in place or moved", changes.size(), e);
        }
    }

    private void finish(ScheduledFuture<?> refresher) {
        refresher.cancel(false);
        synchronized (this) {
            cancellation = null;
        }
        refreshSearchers();
    }

    /** Asks the running indexing to stop after the files in hand; what is done stays indexed. */
    public void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
        }
    }

    /**
     * Stops the running indexing (keeping what it did) and runs {@code work} on the indexing thread once
     * it has finished, before any later run: e.g. replacing a damaged index.
     */
    public void runBetweenRuns(Runnable work) {
        cancel();
        worker.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Work between indexing runs failed", e);
            }
            lastCount.set(-1);
        });
    }

    private void refreshSearchers() {
        try {
            var index = live.index();
            index.refresh();
            int count = index.searchedDocuments();
            if (lastCount.getAndSet(count) != count) {
                changeListeners.forEach(Runnable::run);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Refreshing the searchers failed", e);
        }
    }

    /** Cancels a run and waits (up to {@code wait}) for it to commit what it did. */
    public void stop(Duration wait) {
        cancel();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Indexing did not stop within {}", wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }
}
