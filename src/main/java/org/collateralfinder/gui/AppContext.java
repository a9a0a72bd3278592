package org.collateralfinder.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.collateralfinder.app.BackgroundIndexer;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.LiveIndex;
import org.collateralfinder.app.SettingsFile;
import org.collateralfinder.app.SourceWatch;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.datadir.InstanceLock;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.gui.preview.PagePictures;
import org.collateralfinder.gui.preview.RenderedPagePictures;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.offline.RefreshSummary;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SampleCollateralInstaller;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.LowPriorityThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: locks the data directory (one app per data folder), opens
 * the one index (for writing, with near-real-time searchers), the offline copies and the feedback store,
 * and wires search, sources, change watching, indexing, previews and the executors. Built off the FX
 * thread ({@code Application.init}); closed once: indexing stopped, index committed, lock released.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    /**
     * How the context is set up: the desktop defaults, or small and quick for tests.
     *
     * @param watchChanges re-index when a local folder changes or a share comes back (see {@code ChangeWatcher})
     * @param quietPeriod  how long a local folder must be quiet before its changes are indexed
     * @param shareRescan  how often shares are checked for changes
     * @param teamSync     how often feedback is exchanged with the team folder, when one is configured
     */
    public record Options(boolean installSamples, boolean indexOnStart, int extractionWorkers,
                          Duration commitInterval, Duration refreshInterval, Duration debounce,
                          boolean watchChanges, Duration quietPeriod, Duration shareRescan, Duration teamSync) {

        /** Options without watching (tests): samples, indexing at start and timings as given. */
        public Options(boolean installSamples, boolean indexOnStart, int extractionWorkers, Duration commitInterval,
                       Duration refreshInterval, Duration debounce) {
            this(installSamples, indexOnStart, extractionWorkers, commitInterval, refreshInterval, debounce, false,
                    Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofMinutes(15));
        }

        /**
         * How long the search box waits after the last key before it searches: not at all (each keystroke cancels the
         * search before it, so none piles up); a property to measure with a wait.
         */
        static final String DEBOUNCE_PROPERTY = "collateralfinder.search.debounce.ms";

        public static Options desktop() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Options(true, true, Math.max(1, cores / 2), Duration.ofSeconds(5), Duration.ofSeconds(2),
                    Duration.ofMillis(Long.getLong(DEBOUNCE_PROPERTY, 0)), true, Duration.ofSeconds(3), Duration.ofMinutes(10), Duration.ofMinutes(15));
        }

        public Options withWatching(Duration quiet, Duration rescan) {
            return new Options(installSamples, indexOnStart, extractionWorkers, commitInterval, refreshInterval, debounce,
                    true, quiet, rescan, teamSync);
        }
    }

    private final DataDirectory dataDirectory;
    private final InstanceLock lock;
    private final Options options;
    private final Executor ui;
    private final TeamDefaults team;
    private final SourceRegistry registry;
    private final LiveIndex live;
    private final Reachability reachability = new Reachability();
    private final SourceAvailability availability;
    private final OfflineStore offline;
    /** Told on the indexing thread when a run refreshed the copies kept offline (their sizes may have changed). */
    private final List<Runnable> offlineRefreshed = new CopyOnWriteArrayList<>();
    private final FeedbackStore feedback;
    private final PagePictures pictures = new RenderedPagePictures(900, 24);
    private final ExecutorService background = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("background-", 0).daemon().factory());
    /**
     * The search box's searches: one at a time, on a thread of their own, so a keystroke's search never waits behind
     * other background work (a preview, feedback, suggestions being built); each keystroke cancels the search before.
     */
    private final ExecutorService searchExecutor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("search").daemon().factory());
    private final ExecutorService pictureExecutor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("preview").daemon().factory());
    /** The result rows' matching pages: one at a time, beside the searches (a keystroke's search never waits for them). */
    private final ExecutorService rowPagesExecutor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("row-pages").daemon().factory());
    /**
     * Searching warmed after the index opens: one thread at the lowest priority, apart from the background pool, so
     * the warm-up never holds a background thread others wait for and gives the processor to any other work.
     */
    private final ExecutorService warmUpExecutor = Executors.newSingleThreadExecutor(LowPriorityThreads.named("warm-up"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler").daemon().factory());
    private final BackgroundIndexer indexer;
    private final SourceWatch watch;
    private final int samplesInstalled;
    private boolean closed;

    private AppContext(DataDirectory dataDirectory, InstanceLock lock, Options options, Executor ui) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.options = options;
        this.ui = ui;
        this.feedback = FeedbackStore.openInBackground(dataDirectory.feedbackDatabase(), background,
                System.getProperty("user.name", "me"), () -> new FeedbackPreferences(dataDirectory).sharesSearchGaps());
        this.team = TeamDefaults.forInstallation(System.getenv());
        this.registry = team.applyTo(dataDirectory); // locked if the team says so
        this.availability = new SourceAvailability(registry::list,
                () -> IndexReport.read(dataDirectory.root()).sourcesKeepingUnseenFiles(), reachability, 15_000);
        this.samplesInstalled = options.installSamples()
                ? SampleCollateralInstaller.fromClassPath().installIfFirstStart(sampleFolder(dataDirectory), registry)
                : 0;
        this.live = LiveIndex.open(dataDirectory.indexDir(),
                dataDirectory.cacheDir().resolve(SuggestionService.FOLDER),
                index -> new SearchService(index, new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen)));
        this.offline = new OfflineStore(dataDirectory.offlineDir(), dataDirectory.settingsFile("offline"))
                .followingAliases(registry::list);
        ExtractionLimits limits = ExtractionLimits.defaults().withWorkers(options.extractionWorkers());
        Path workerLog = dataDirectory.logsDir().resolve("extract-worker-output.log");
        Path workerArchive = dataDirectory.cacheDir().resolve("extract-worker.jsa");
        this.indexer = new BackgroundIndexer(live, () -> new IsolatedExtractor(limits, workerLog, workerArchive), registry,
                dataDirectory.root(), options.commitInterval(), scheduler, options.refreshInterval(),
                () -> new FeedbackPreferences(dataDirectory).teamFolder().stream().toList());
        this.indexer.onPathChanges(changes -> feedback.repository().recordChanges(changes)); // feedback follows edits
        // the copies kept offline are refreshed when the originals change (as the README says): after the run that
        // found the change, on the indexing thread, within the budget (window test 12, F3: the copy kept the old text,
        // and offline Open opened it while the preview showed the new text)
        this.indexer.afterEachRun(stats -> {
            if (stats.added() + stats.updated() > 0 && !offline.list().pins().isEmpty()) {
                RefreshSummary refreshed = offline.refresh();
                LOG.info("Copies kept offline after the run: {} refreshed, {} added, {} unchanged, {} failed",
                        refreshed.refreshed().size(), refreshed.added().size(), refreshed.unchanged(),
                        refreshed.failed().size());
                offlineRefreshed.forEach(Runnable::run);
            }
        });
        this.watch = new SourceWatch(registry, options.watchChanges(), options.quietPeriod(), options.shareRescan(),
                reachability, background);
    }

    /**
     * Locks the data folder and opens everything; call off the FX thread. Throws a
     * {@code CollateralException} with a sentence when another app holds the folder.
     */
    public static AppContext open(Path dataDir, Executor ui, Options options) {
        DataDirectory dir = DataDirectory.open(dataDir);
        InstanceLock lock = InstanceLock.acquire(dir, "open the window");
        try {
            return new AppContext(dir, lock, options, ui);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    public static Path sampleFolder(DataDirectory dir) {
        return dir.root().resolve(SampleCollateralInstaller.RESOURCE_FOLDER);
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Options options() {
        return options;
    }

    public Executor ui() {
        return ui;
    }

    public SourceRegistry registry() {
        return registry;
    }

    /** The index the window uses now (replaced when found damaged). */
    public LiveIndex live() {
        return live;
    }

    public IndexService index() {
        return live.index();
    }

    public SearchService search() {
        return live.search();
    }

    /** The team's settings file next to the installation (or named by the environment), if there is one. */
    public TeamDefaults teamDefaults() {
        return team;
    }

    public Reachability reachability() {
        return reachability;
    }

    public SourceAvailability availability() {
        return availability;
    }

    public OfflineStore offline() {
        return offline;
    }

    /** The H2 feedback store, opening in the background (use on background threads). */
    /**
     * {@code listener} runs on the indexing thread after a run refreshed the copies kept offline of files it found
     * changed: the list of pins and the space they take are to be read again.
     */
    public void onOfflineCopiesRefreshed(Runnable listener) {
        offlineRefreshed.add(listener);
    }

    public FeedbackStore feedback() {
        return feedback;
    }

    public PagePictures pictures() {
        return pictures;
    }

    public Executor background() {
        return background;
    }

    /** Where the search box's searches run (one at a time, never behind other work). */
    public Executor searchExecutor() {
        return searchExecutor;
    }

    public Executor pictureExecutor() {
        return pictureExecutor;
    }

    /** Where the result rows' matching pages are found (not where the searches run). */
    public Executor rowPagesExecutor() {
        return rowPagesExecutor;
    }

    /** Where work nobody waits for runs (warming the search): one thread, at the lowest priority. */
    public Executor warmUpExecutor() {
        return warmUpExecutor;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public BackgroundIndexer indexer() {
        return indexer;
    }

    public SourceWatch watch() {
        return watch;
    }

    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** How many sample files this start installed (0 unless it is the very first start). */
    public int samplesInstalled() {
        return samplesInstalled;
    }

    public SettingsFile settings(String feature) {
        return new SettingsFile(dataDirectory.settingsFile(feature));
    }

    /**
     * Stops watching and indexing (keeping what it did), commits and closes the index, stops the
     * executors and releases the data folder. Blocks: not on the FX thread.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        watch.close();
        indexer.stop(Duration.ofSeconds(30));
        scheduler.shutdownNow();
        pictureExecutor.shutdownNow();
        rowPagesExecutor.shutdownNow();
        searchExecutor.shutdown();
        warmUpExecutor.shutdown(); // its work stops between two searches when cancelled (the window's close cancels it)
        background.shutdown();
        try {
            searchExecutor.awaitTermination(5, TimeUnit.SECONDS);
            background.awaitTermination(5, TimeUnit.SECONDS);
            warmUpExecutor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        feedback.close();
        try {
            live.index().commit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The index could not be committed on exit", e);
        }
        live.close();
        lock.close();
        LOG.info("Closed");
    }
}
