package org.collateralfinder.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.gui.common.SettingsFile;
import org.collateralfinder.gui.feedback.FeedbackGateway;
import org.collateralfinder.gui.feedback.InMemoryFeedback;
import org.collateralfinder.gui.preview.PagePictures;
import org.collateralfinder.gui.preview.RenderedPagePictures;
import org.collateralfinder.gui.sources.BackgroundIndexer;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.SampleCollateralInstaller;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: opens the data directory and the one index (for writing,
 * with near-real-time searchers), and wires search, sources, indexing, previews, feedback and the
 * executors. Built off the FX thread ({@code Application.init}); closed once, committing the index.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    /** How the context is set up: the desktop defaults, or small and quick for tests. */
    public record Options(boolean installSamples, boolean indexOnStart, int extractionWorkers,
                          Duration commitInterval, Duration refreshInterval, Duration debounce) {

        public static Options desktop() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Options(true, true, Math.max(1, cores / 2), Duration.ofSeconds(5), Duration.ofSeconds(2),
                    Duration.ofMillis(120));
        }
    }

    private final DataDirectory dataDirectory;
    private final Options options;
    private final Executor ui;
    private final SourceRegistry registry;
    private final IndexService index;
    private final SearchService search;
    private final SourceAvailability availability = new SourceAvailability(15_000);
    private final FeedbackGateway feedback;
    private final PagePictures pictures = new RenderedPagePictures(900, 24);
    private final ExecutorService background = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("background-", 0).daemon().factory());
    private final ExecutorService pictureExecutor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("preview").daemon().factory());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("scheduler").daemon().factory());
    private final BackgroundIndexer indexer;
    private final int samplesInstalled;
    private boolean closed;

    private AppContext(DataDirectory dataDirectory, Options options, Executor ui, FeedbackGateway feedback) {
        this.dataDirectory = dataDirectory;
        this.options = options;
        this.ui = ui;
        this.feedback = feedback;
        this.registry = TeamDefaults.forInstallation(System.getenv()).applyTo(dataDirectory); // locked if the team says so
        this.samplesInstalled = options.installSamples()
                ? SampleCollateralInstaller.fromClassPath().installIfFirstStart(sampleFolder(dataDirectory), registry)
                : 0;
        this.index = IndexService.openForWriting(dataDirectory.indexDir());
        this.search = new SearchService(index);
        ExtractionLimits limits = ExtractionLimits.defaults().withWorkers(options.extractionWorkers());
        Path workerLog = dataDirectory.logsDir().resolve("extract-worker-output.log");
        this.indexer = new BackgroundIndexer(index, () -> new IsolatedExtractor(limits, workerLog), registry,
                dataDirectory.root(), options.commitInterval(), scheduler, options.refreshInterval());
    }

    /** Opens everything; call off the FX thread. The feedback store is the in-memory stand-in. */
    public static AppContext open(Path dataDir, Executor ui, Options options) {
        return open(dataDir, ui, options, new InMemoryFeedback());
    }

    public static AppContext open(Path dataDir, Executor ui, Options options, FeedbackGateway feedback) {
        return new AppContext(DataDirectory.open(dataDir), options, ui, feedback);
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

    public IndexService index() {
        return index;
    }

    public SearchService search() {
        return search;
    }

    public SourceAvailability availability() {
        return availability;
    }

    public FeedbackGateway feedback() {
        return feedback;
    }

    public PagePictures pictures() {
        return pictures;
    }

    public Executor background() {
        return background;
    }

    public Executor pictureExecutor() {
        return pictureExecutor;
    }

    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public BackgroundIndexer indexer() {
        return indexer;
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

    /** Stops indexing (keeping what it did), commits the index and stops the workers. Blocks: not on the FX thread. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        indexer.stop(Duration.ofSeconds(30));
        scheduler.shutdownNow();
        pictureExecutor.shutdownNow();
        background.shutdown();
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The index could not be committed on exit", e);
        }
        index.close();
        LOG.info("Closed");
    }
}
