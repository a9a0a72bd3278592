package org.collateralfinder.gui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.collateralfinder.app.IndexHealth;
import org.collateralfinder.app.TeamIndexPublishing;
import org.collateralfinder.app.ThemeSettings;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.gui.about.AboutViewModel;
import org.collateralfinder.gui.collections.CollectionsViewModel;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.common.FxThreadErrors;
import org.collateralfinder.gui.common.SystemClipboard;
import org.collateralfinder.gui.curation.CurationViewModel;
import org.collateralfinder.gui.deck.DeckTrayViewModel;
import org.collateralfinder.gui.feedback.AnswerFormViewModel;
import org.collateralfinder.gui.feedback.AnswerNoticesViewModel;
import org.collateralfinder.gui.feedback.FeedbackViewModel;
import org.collateralfinder.gui.feedback.FileAnswersViewModel;
import org.collateralfinder.gui.offline.OfflineViewModel;
import org.collateralfinder.gui.preview.PreviewViewModel;
import org.collateralfinder.gui.report.ReportViewModel;
import org.collateralfinder.gui.search.DealViewModel;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.RowPages;
import org.collateralfinder.gui.search.SavedSearchesViewModel;
import org.collateralfinder.gui.search.SearchGapWatch;
import org.collateralfinder.gui.search.SearchViewModel;
import org.collateralfinder.gui.search.Suggestions;
import org.collateralfinder.gui.sources.PublishViewModel;
import org.collateralfinder.gui.sources.SourceRow;
import org.collateralfinder.gui.sources.SourcesViewModel;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.search.GapQueries;
import org.collateralfinder.search.SavedSearchService;
import org.collateralfinder.slides.DeckExporter;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's state: the feature view models wired together (selection drives preview and feedback,
 * saved feedback updates the result badges, indexing refreshes the results), the latest error, a
 * status line, the theme, and whether to offer adding the rep's own folders.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final AppContext context;
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    /** What the status line says once after JavaFX failed to draw part of the window and it was repaired. */
    public static final String REDRAWN = "Part of the window could not be drawn because of an error in Collateral "
            + "Finder, so it was drawn again; the details are in its log.";
    private boolean redrawTold;
    /** The status greets a first start while the sample files are indexed; the first run's end says they are ready. */
    private boolean welcomingWithSamples;
    private static final String SAMPLES_READY = "Ready: the sample files are indexed. Try a search, or add your own folders.";
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty offerOwnFolders = new SimpleBooleanProperty(this, "offerOwnFolders");
    private final BooleanProperty noSources = new SimpleBooleanProperty(this, "noSources");
    private final SearchViewModel search;
    private final PreviewViewModel preview;
    private final RowPages rowPages;
    private final FeedbackViewModel feedback;
    private final SourcesViewModel sources;
    private final PublishViewModel publish;
    private final FileActions fileActions;
    private final IndexHealth health;
    private final OfflineViewModel offline;
    private final ReportViewModel report;
    private final AnswerNoticesViewModel answerNotices;
    private final FileAnswersViewModel fileAnswers;
    private final AnswerFormViewModel fileAnswerForm;
    private final CurationViewModel curation;
    private final CollectionsViewModel collections;
    private final AboutViewModel about;
    private final DeckTrayViewModel deck;
    /** Which window searches found nothing, or nothing the rep used: counted for the team's report. */
    private final SearchGapWatch searchGaps;
    private final FeedbackPreferences feedbackPreferences;
    private final SavedSearchesViewModel savedSearches;
    private final DealViewModel deal;
    private boolean rebuildTold;
    private String fileStatus;
    /** How long after the window opens the integrity check, folder watching and indexing start. */
    static final Duration SETTLE_BEFORE_BACKGROUND_WORK = Duration.ofMillis(1500);
    /** The first exchange with the team's feedback folder (a share, maybe slow) after the window opens. */
    static final Duration TEAM_SYNC_AFTER_START = Duration.ofSeconds(10);

    public MainViewModel(AppContext context, boolean darkTheme) {
        this.context = context;
        this.dark.set(darkTheme);
        var ui = context.ui();
        UiWork work = new UiWork(context.background(), ui, error::set);
        Debouncer debouncer = context.options().debounce().isZero() ? Debouncer.immediate()
                : new Debouncer(context.scheduler(), context.options().debounce(), ui);
        search = new SearchViewModel(context.live()::search, context.availability(),
                path -> IndexedPaths.keptOffline(path, context.offline()::isPinned), Suggestions.of(context.live()::suggestions),
                work, context.searchExecutor(), debouncer);
        // the preview and the feedback follow the one selected file of the search: they cannot show two files
        preview = new PreviewViewModel(search.selectedProperty(), search.shownRequestProperty(), context.live()::search,
                context.pictures(), context.background(), context.pictureExecutor(), ui, context.offline()::copyFor);
        rowPages = new RowPages(search, context.live()::search, context.rowPagesExecutor(), ui);
        feedback = new FeedbackViewModel(search.selectedProperty(), context.feedback(),
                () -> context.live().search().feedbackByFile(), work, search::updateFeedback);
        feedback.followPages(preview.pageProperty(), preview.pageCountProperty());
        deal = new DealViewModel(context.settings("deal"), work);
        search.dealProperty().bind(deal.dealProperty());
        feedback.dealProperty().bind(deal.dealProperty());
        search.selectedProperty().addListener((obs, old, now) -> {
            boolean otherFile = old == null || now == null || !old.hit().path().equals(now.hit().path());
            if (otherFile && fileStatus != null && fileStatus.equals(status.get())) {
                status.set(""); // "Copied …" was about the file that was selected
            }
        });
        search.lostProperty().addListener((obs, old, gone) -> {
            if (gone != null) {
                tellGone(gone);
            } else {
                preview.explainNothingShown(""); // it is shown again, or another search replaced the question
            }
        });
        sources = new SourcesViewModel(context.registry(), context.live()::search, context.availability(),
                context.reachability(), context.indexer(), context.dataDirectory().root(),
                work);
        // feedback is for files in a source, as on the command line: a draft on a removed source's file waits
        boolean[] listed = {!sources.rows().isEmpty()}; // until the sources are first listed, none is known to be gone
        feedback.feedbackOnlyIn(path -> !listed[0] || sources.rows().stream().anyMatch(row ->
                under(path, row.path()) || row.aliases().stream().anyMatch(alias -> under(path, alias))));
        sources.rows().addListener((ListChangeListener<SourceRow>) change -> {
            listed[0] = true;
            feedback.sourcesChanged();
        });
        publish = new PublishViewModel(TeamIndexPublishing.of(context.dataDirectory().root()), work);
        fileActions = new FileActions(work, this::tellAboutFile,
                context.offline()::copyFor);
        feedbackPreferences = new FeedbackPreferences(context.dataDirectory());
        // a search that ended with nothing found or used is counted off the FX thread, when the rep lets it
        searchGaps = new SearchGapWatch((query, foundNothing) -> BackgroundTask.of(() -> countSearchGap(query, foundNothing))
                .onFailure(e -> LOG.warn("A search that found nothing could not be counted", e))
                .runOn(context.background(), ui));
        fileActions.onUse(searchGaps::used);
        savedSearches = new SavedSearchesViewModel(search, () -> new SavedSearchService(context.live()::search,
                context.feedback().savedSearches()), work);
        Supplier<IndexedPaths> files = () -> new IndexedPaths(context.live().index(), context.registry().list());
        answerNotices = new AnswerNoticesViewModel(context.feedback(), context.live()::search, work, fileActions::openPath);
        fileAnswers = new FileAnswersViewModel(search.selectedProperty(), feedback.history(), context.feedback(),
                context.live()::search, work);
        fileAnswerForm = new AnswerFormViewModel(context.feedback(), () -> context.live().search().feedbackByFile(),
                feedbackPreferences::teamFolder, files, work, fileAnswers::reload);
        curation = new CurationViewModel(search.selectedProperty(), context.feedback(), feedbackPreferences::teamFolder,
                files, context.live()::search, path -> IndexedPaths.keptOffline(path, context.offline()::isPinned), work, search::refresh);
        // whether the team folder can be reached now decides whether a file's feedback can be answered
        fileAnswers.hasFeedbackBinding().addListener((obs, had, has) -> {
            if (has) {
                fileAnswerForm.checkRole();
            }
        });
        report = new ReportViewModel(context.feedback(), context::search, feedbackPreferences, files,
                work, this::afterTeamSync);
        // a team folder chosen in the Report tab decides at once whether a file's feedback can be answered
        report.teamFolderProperty().addListener((obs, old, now) -> {
            fileAnswerForm.checkRole();
            curation.checkRole();
        });
        report.lastSyncProperty().addListener((obs, old, now) -> fileAnswerForm.synced(now));
        if (context.teamDefaults().locked() && context.teamDefaults().feedbackFolder() != null) {
            report.lockTeamFolder("The team feedback folder is set by your team's administrator ("
                    + context.teamDefaults().origin() + ") and cannot be changed here.");
        }
        about = new AboutViewModel(context.dataDirectory(), context.registry(),
                context.teamDefaults(), context.reachability(), context::index,
                work,
                SystemClipboard::putText);
        offline = new OfflineViewModel(context.offline(), work,
                search::updatePinned);
        // collections: the sidebar, the file's detail and the result menu; kept offline as a unit
        collections = new CollectionsViewModel(search.selectedProperty(), search.queryProperty(), context.feedback(),
                context.live()::search, feedbackPreferences::teamFolder, context.offline(), work, search::useInstead,
                (path, pinned) -> {
                    search.updatePinned(path, pinned);
                    offline.reload();
                });
        // a collection answering the search (the sidebar lists it first) is something found, as on the command line
        search.onCounted((request, total) -> searchGaps.answered(request, total,
                collections.answers(request.query())));
        // the list and the space used follow copies refreshed after a run (window re-test 13, N1: old size until restart)
        context.onOfflineCopiesRefreshed(() -> ui.execute(offline::copiesRefreshed));
        // a deck is never saved into the data folder or over a file of a source, whatever the chooser's "Replace" said
        // and a deck changed since it was indexed is said to be taken as it is now, as the command line says it
        deck = new DeckTrayViewModel(new DeckExporter(() -> context.registry().protectedFolders(context.dataDirectory().root()),
                file -> files.get().changedSinceIndexed(file)),
                work, shown -> {
            if (error.get() == shown) {
                error.set(null);
            }
        });
        context.indexer().addChangeListener(() -> ui.execute(() -> {
            search.refresh();
            if (sources.runningProperty().get()) {
                sources.reload(); // each source's count of files read so far
            }
        }));
        sources.addRunFinishedListener(() -> {
            savedSearches.reload(); // what each saved search finds new or changed
            if (welcomingWithSamples) {
                welcomingWithSamples = false;
                status.set(SAMPLES_READY);
            }
            search.refresh();
            collections.reload(); // a file of a collection renamed, edited or gone
            if (sources.lastRunChangedIndex()) {
                search.reloadSuggestions();
            } else {
                search.loadSuggestions();
            }
            checkOwnFolders();
            tellRebuild();
        });
        // the samples being ready is old news once the rep adds a folder or another run starts (its progress
        // is told beside the status)
        sources.runningProperty().addListener((obs, was, running) -> forgetSamplesReady());
        search.indexingProperty().bind(sources.runningProperty());
        sources.addSourcesChangedListener(this::forgetSamplesReady);
        sources.addSourcesChangedListener(context.watch()::rewatch);
        sources.addSourcesChangedListener(this::checkOwnFolders);
        context.watch().onChange(source -> ui.execute(() -> sources.reindexBecauseChanged(source)));
        // a source renamed, removed or unmounted: its row says unreachable and its hits not available now, at
        // once (its files stay indexed; when it is back the watch reports it changed and it is indexed again)
        context.watch().onUnreachable(source -> ui.execute(() -> {
            sources.sourceUnreachable(source);
            search.refresh();
        }));
        health = new IndexHealth(context.live(), context.indexer(), work,
                notice::set,
                () -> {
                    search.refresh();
                    sources.reload();
                    sources.reindex();
                });
        dark.addListener((obs, old, now) -> BackgroundTask.of(() -> {
            ThemeSettings.saveDark(context.settings("appearance"), now);
            return true;
        }).runOn(context.background(), ui));
    }

    /** After a sync with the team folder: what it may have brought shows (feedback, answers, curation, collections). */
    private void afterTeamSync() {
        search.refresh();
        answerNotices.check();
        fileAnswers.reload();
        fileAnswerForm.checkRole();
        curation.checkRole();
        collections.reload();
    }

    /**
     * Once the window shows: first search, suggestions, the index's health check, watching the folders,
     * and an incremental indexing run to catch up with them.
     */
    public void start(String lastQuery) {
        // first what the first screen shows: the last search, suggestions, sources and pins for the badges
        searchGaps.restored(lastQuery); // searched in the last session: no new search until it changes
        search.setQueryQuietly(lastQuery);
        search.refresh();
        search.loadSuggestions();
        savedSearches.reload();
        // the search code compiled and the index's dictionary read before the rep's first keystroke, not by it
        // (through the window's own path: its first rows, row details, suggestions, counts and other rows), on the
        // warm-up thread at the lowest priority: whatever else wants the processor goes first
        BackgroundTask.of(() -> context.live().warmUpKeystrokes())
                .onSuccess(typed -> search.warmUp(typed, context.warmUpExecutor()))
                .onFailure(e -> LOG.warn("Searching could not be warmed", e))
                .runOn(context.warmUpExecutor(), context.ui());
        sources.reload();
        offline.reload();
        collections.reload();
        answerNotices.check();
        fileAnswerForm.checkRole();
        curation.checkRole();
        checkOwnFolders();
        tellRebuild();
        // then, once the window has settled, the work that would compete with it for the processor: the
        // index's integrity check, watching folders, the indexing run and the team sync (the report loads
        // when its tab is first opened)
        long every = context.options().teamSync().toMillis();
        context.scheduler().scheduleWithFixedDelay(() -> context.ui().execute(report::syncNow),
                Math.min(every, TEAM_SYNC_AFTER_START.toMillis()), every, TimeUnit.MILLISECONDS);
        context.scheduler().schedule(() -> context.ui().execute(this::startBackgroundWork),
                SETTLE_BEFORE_BACKGROUND_WORK.toMillis(), TimeUnit.MILLISECONDS);
        if (context.samplesInstalled() > 0) {
            welcomingWithSamples = true;
            status.set("Welcome! Indexing " + context.samplesInstalled() + " sample files so you can try a search now.");
        }
    }

    /** Counts a search that found nothing or nothing used, when the rep lets it (background threads only). */
    private boolean countSearchGap(String query, boolean foundNothing) {
        return GapQueries.countIfShared(feedbackPreferences, () -> context.feedback().searchGaps(), query, foundNothing);
    }

    /**
     * The window closes (FX thread): what counts the search it shows, to run on the closing thread before the
     * feedback store closes.
     */
    public Runnable closingSearch() {
        SearchGapWatch.Ended ended = searchGaps.closing();
        return ended == null ? () -> { } : () -> {
            try {
                countSearchGap(ended.query(), ended.foundNothing());
            } catch (RuntimeException e) {
                LOG.warn("The last search could not be counted", e);
            }
        };
    }

    /** The rep's saved searches, with what is new or changed since each was last opened. */
    public SavedSearchesViewModel savedSearches() {
        return savedSearches;
    }

    /** The watch of the searches that found nothing: told when a found file is dragged out, pinned or exported. */
    public SearchGapWatch searchGaps() {
        return searchGaps;
    }

    private void startBackgroundWork() {
        boolean rebuilding = health.wasRecoveredAtOpen();
        health.check();
        context.watch().rewatch();
        BackgroundTask.of(() -> !context.registry().list().isEmpty())
                .onSuccess(any -> {
                    if (any && context.options().indexOnStart() && !rebuilding) {
                        sources.reindex();
                    }
                })
                .onFailure(e -> error.set(UserError.of("Reading the sources", e)))
                .runOn(context.background(), context.ui());
    }

    /**
     * The file that was selected is no longer listed, and nothing is selected: the preview, where it was shown,
     * says why, and what became of the feedback typed on it and not saved (kept for its content, asked about on
     * closing). Not the status line: what it says (an index rebuilt meanwhile) stays.
     */
    private void tellGone(ResultItem gone) {
        String path = gone.hit().path();
        String name = "“" + gone.hit().fileName() + "”";
        boolean draft = gone.hit().contentHash() != null && feedback.draftFiles().contains(gone.hit().contentHash());
        String after = ", so no file is selected." + (draft ? " Your unsaved feedback on it is kept: you are asked about "
                + "it when you close the window." : "");
        String afterRemoved = ", so no file is selected." + (feedback.hasDraftOn(gone.hit().contentHash())
                ? " Your unsaved feedback on it is kept, to save once its folder is a source again." : "");
        // a newer version or a copy of it may now head its row, with it listed under it
        for (ResultItem row : search.results()) {
            boolean copy = row.hit().duplicates().contains(path);
            boolean newer = row.hit().newerVersions().contains(path);
            if (copy || newer || row.hit().versions().contains(path)) {
                preview.explainNothingShown(name + " is now listed under “" + row.hit().fileName() + "” as "
                        + (copy ? "a copy" : newer ? "a newer version" : "an older version") + after);
                return;
            }
        }
        BackgroundTask.of(() -> {
                    IndexedPaths paths = new IndexedPaths(context.live().index(), context.registry().list());
                    if (paths.holds(path)) {
                        return name + " no longer matches this search" + after;
                    }
                    // still on disk but in no source: its folder was removed from the sources, it was not deleted
                    Path onDisk = Path.of(IndexedPaths.fileOnDisk(path));
                    return Files.exists(onDisk) && paths.outsideEverySource(onDisk).isPresent()
                            ? name + " is no longer searched: its folder was removed from the sources" + afterRemoved
                            : name + " is no longer there (deleted, moved or renamed)" + after;
                })
                .onSuccess(said -> {
                    if (search.lostProperty().get() == gone) {
                        preview.explainNothingShown(said);
                    }
                })
                .onFailure(e -> error.set(UserError.of("Looking for the file that was selected", e)))
                .runOn(context.background(), context.ui());
    }

    /** Whether an indexed path is the folder or in it (an archive's members are in the archive's folder). */
    private static boolean under(String path, String folder) {
        String f = folder.endsWith("/") || folder.endsWith(File.separator) ? folder : folder + File.separator;
        return path.equals(folder) || path.startsWith(f) || path.startsWith(folder + "/");
    }

    private void forgetSamplesReady() {
        if (SAMPLES_READY.equals(status.get())) {
            status.set("");
        }
    }

    /** What was done with a file ("Copied … to the clipboard."), shown until another file is selected. */
    private void tellAboutFile(String done) {
        status.set(done);
        fileStatus = done;
    }

    /**
     * An exception nothing caught on the window's thread (logged by {@code FxThreadErrors}): the rep is
     * told once, in a sentence, where the details are. One in JavaFX's drawing, after which the window was
     * repaired ({@code DrawingRepair}), is told once in the status line.
     */
    public void windowFailed(Throwable error) {
        if (FxThreadErrors.breaksDrawing(error)) { // the window was repaired
            if (!redrawTold) {
                redrawTold = true;
                status.set(REDRAWN);
            }
            return;
        }
        this.error.set(UserError.of("Part of the window could not be shown because of an error in Collateral Finder; "
                + "the details are in its log."));
    }

    /** Opens the folder of the log files (where the details of an error are). */
    public void openLogFolder() {
        fileActions.openFolder(context.dataDirectory().logsDir());
    }

    /**
     * While the index is rebuilt for a new schema version, the status line says the old one answers
     * searches (and what the rebuild waits for, from the last run's report); once, when it is done.
     */
    private void tellRebuild() {
        IndexService index = context.index();
        if (index.isRebuilding()) {
            rebuildTold = true;
            Path root = context.dataDirectory().root();
            BackgroundTask.of(() -> {
                        String waits = IndexReport.read(root).rebuildNote();
                        String now = index.rebuildStatus();
                        return now == null || waits == null ? now : now + " " + waits;
                    })
                    .onSuccess(line -> {
                        if (line != null) {
                            status.set(line);
                        }
                    })
                    .runOn(context.background(), context.ui());
        } else if (rebuildTold) {
            rebuildTold = false;
            status.set("The index was rebuilt for this version of Collateral Finder; searches use it now.");
        }
    }

    private void checkOwnFolders() {
        Path samples = AppContext.sampleFolder(context.dataDirectory());
        BackgroundTask.of(() -> context.registry().list())
                .onSuccess(all -> {
                    noSources.set(all.isEmpty());
                    offerOwnFolders.set(!all.isEmpty() && all.stream().allMatch(s -> Path.of(s.path()).equals(samples)));
                })
                .runOn(context.background(), context.ui());
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** A sentence for the non-blocking notice banner, or "". */
    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyBooleanProperty offerOwnFoldersProperty() {
        return offerOwnFolders;
    }

    /** No folder is searched at all: the first-start screen shows. */
    public ReadOnlyBooleanProperty noSourcesProperty() {
        return noSources;
    }

    public void dismissOwnFoldersOffer() {
        offerOwnFolders.set(false);
    }

    public SearchViewModel search() {
        return search;
    }

    /** The deal the rep works on, set in the header. */
    public DealViewModel deal() {
        return deal;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    /** The result rows' best matching pages, found for the rows on screen. */
    public RowPages rowPages() {
        return rowPages;
    }

    public FeedbackViewModel feedback() {
        return feedback;
    }

    public PublishViewModel publish() {
        return publish;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public OfflineViewModel offline() {
        return offline;
    }

    public AboutViewModel about() {
        return about;
    }

    /** The slides collected for a deck, saved as a PPTX or PDF. */
    public DeckTrayViewModel deck() {
        return deck;
    }

    /** Tells the rep, once, that marketing answered their feedback. */
    public AnswerNoticesViewModel answerNotices() {
        return answerNotices;
    }

    /** Marketing's answers on the selected file, for its history. */
    public FileAnswersViewModel fileAnswers() {
        return fileAnswers;
    }

    /** The answer form of the feedback panel (answers everyone's feedback on the selected file). */
    /** The selected file's curation, and the form marketing sets it with. */
    public CurationViewModel curation() {
        return curation;
    }

    public CollectionsViewModel collections() {
        return collections;
    }

    public AnswerFormViewModel fileAnswerForm() {
        return fileAnswerForm;
    }

    public ReportViewModel report() {
        return report;
    }

    public FileActions fileActions() {
        return fileActions;
    }
}
