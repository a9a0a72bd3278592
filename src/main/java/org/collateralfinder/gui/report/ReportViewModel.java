package org.collateralfinder.gui.report;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackEvent;
import org.collateralfinder.feedback.FeedbackLoop;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackReport;
import org.collateralfinder.feedback.FeedbackReportCsv;
import org.collateralfinder.feedback.FeedbackResponse;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.SyncResult;
import org.collateralfinder.gui.common.FolderLabels;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.feedback.AnswerFormViewModel;
import org.collateralfinder.gui.feedback.FeedbackLabels;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.ProtectedFolders;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.task.BackgroundTask;

/**
 * Marketing's report on the team's feedback: the most valued files, the files flagged outdated, the
 * files nobody used, tag counts and feedback per month for the charts, and a CSV export. Also the team
 * folder feedback is shared through, synced on request and on a schedule. Work runs in the background.
 */
public final class ReportViewModel {

    /**
     * One line of a report list: the file's name, a short line of figures, its path, and the folder that tells
     * it from files of the same name ({@link FolderLabels}; "" for none).
     */
    public record Row(String name, String detail, String path, String folder) {
    }

    /** A rep's current feedback nobody has answered yet: what marketing can answer from the report. */
    public record Waiting(String name, String detail, String contentHash, String path, String rep, String folder) {
    }

    private final FeedbackStore store;
    private final Supplier<SearchService> search;
    private final FeedbackPreferences preferences;
    /** The indexed files and the sources (a source is never taken as the team folder), asked in the background. */
    private final Supplier<IndexedPaths> files;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final Runnable feedbackChanged;
    /** The files the last report was built for (set in the background, read by answers in the background). */
    private volatile List<KnownFile> known = List.of();

    private final ObservableList<Row> mostValued = FXCollections.observableArrayList();
    private final ObservableList<Row> outdated = FXCollections.observableArrayList();
    private final ObservableList<Row> didntLand = FXCollections.observableArrayList();
    private final StringProperty exportStatus = new SimpleStringProperty(this, "exportStatus", "");
    private final ObservableList<Row> neverUsed = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Integer>> tagCounts = new SimpleObjectProperty<>(this, "tagCounts", Map.of());
    private final ObjectProperty<Map<YearMonth, Integer>> perMonth = new SimpleObjectProperty<>(this, "perMonth", Map.of());
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty teamFolder = new SimpleStringProperty(this, "teamFolder", "");
    private final StringProperty syncStatus = new SimpleStringProperty(this, "syncStatus", "");
    private final BooleanProperty teamFolderLocked =
            new SimpleBooleanProperty(this, "teamFolderLocked");
    private final ObservableList<Row> loopMonths = FXCollections.observableArrayList();
    private final StringProperty loopSummary = new SimpleStringProperty(this, "loopSummary", "");
    private final ObservableList<Waiting> waiting = FXCollections.observableArrayList();
    private final StringProperty noneWaiting = new SimpleStringProperty(this, "noneWaiting", NO_FEEDBACK);
    private static final String NO_FEEDBACK = "No feedback yet.";
    private final AnswerFormViewModel answerForm;
    private final ReadOnlyObjectWrapper<SyncResult> lastSync = new ReadOnlyObjectWrapper<>(this, "lastSync");
    /** What reps searched for and did not find: the query, then its figures ({@code SearchGap.describe}). */
    private final ObservableList<Row> searchGaps = FXCollections.observableArrayList();
    /** The rep's switch: whether this computer counts its searches that found nothing for the team. */
    private final BooleanProperty countSearchGaps = new SimpleBooleanProperty(this, "countSearchGaps", true);
    private final StringProperty searchGapsStatus = new SimpleStringProperty(this, "searchGapsStatus", "");
    /** Set while the switch shows what the settings say (not a change of the rep's). */
    private boolean showingSwitch;
    private String lockedSentence;
    private FeedbackReport report;

    /**
     * @param files           the indexed files and the sources, for the file an answer names as the fix
     * @param feedbackChanged called on the UI executor when a sync brought feedback from the team
     */
    public ReportViewModel(FeedbackStore store, Supplier<SearchService> search, FeedbackPreferences preferences,
            Supplier<IndexedPaths> files, UiWork work, Runnable feedbackChanged) {
        this.store = store;
        this.search = search;
        this.preferences = preferences;
        this.files = files;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
        this.feedbackChanged = feedbackChanged;
        // the waiting feedback is answered over the files the report was built for
        this.answerForm = new AnswerFormViewModel(store, () -> store.repository().byFile(IndexedContents.of(known)),
                preferences::teamFolder, files, work, this::load);
        countSearchGaps.addListener((obs, was, on) -> {
            if (!showingSwitch) {
                switchSearchGaps(on);
            }
        });
    }

    /** Builds the report from every stored event and the files the index knows. */
    public void load() {
        BackgroundTask.of(() -> {
                    Optional<Path> folder = preferences.teamFolder();
                    List<KnownFile> known = knownFiles();
                    this.known = known;
                    FeedbackReport built = store.reporter().report(known);
                    return new Loaded(built, folder.map(Path::toString).orElse(""),
                            unanswered(known), preferences.searchGapsSwitch(), curationOf(built.mostValued(), built.neverUsed()));
                })
                .onSuccess(this::show)
                .onFailure(e -> errors.accept(UserError.of("Building the feedback report", e)))
                .runOn(background, ui);
    }

    private record Loaded(FeedbackReport report, String teamFolder, List<FeedbackEntry> waiting,
                          boolean countSearchGaps, Map<String, ShownCuration> curation) {
    }

    /**
     * Marketing's curation of these files, by path: a retired or expired file among the most valued, or among those never
     * used (issue 16 re-test r24, finding 6: the retired price sheet was listed there unmarked), is marked.
     */
    private Map<String, ShownCuration> curationOf(List<FeedbackReport.FileReport> files, List<KnownFile> neverUsed) {
        Map<String, String> contentAt = new HashMap<>();
        files.stream().filter(f -> f.found() && f.contentHash() != null)
                .forEach(f -> contentAt.put(f.path(), f.contentHash()));
        neverUsed.stream().filter(k -> k.contentHash() != null).forEach(k -> contentAt.put(k.path(), k.contentHash()));
        return contentAt.isEmpty() ? Map.of() : search.get().curationAt(contentAt);
    }

    /** " · Retired — use price-sheet-2026.xlsx (maria, 2026-12-06)" for a retired or expired file, else "". */
    private static String discouraged(ShownCuration curation) {
        return curation == null || !curation.discouraged() ? "" : " \u00b7 " + curation.summary(Formats::lastName);
    }

    /** Current feedback without an answer, oldest first, each at the path of the indexed file it belongs to. */
    private List<FeedbackEntry> unanswered(List<KnownFile> known) {
        Map<UUID, FeedbackResponse> answered = store.responses().allResponses();
        List<FeedbackEntry> entries = new ArrayList<>(store.repository().byFile(IndexedContents.of(known)).all(known));
        entries.sort(FeedbackEvent.ORDER);
        return entries.stream().filter(entry -> !answered.containsKey(entry.id())).toList();
    }

    /** @param gone whether the file is no longer in any source: said first (window re-test 18, R4) */
    private static Waiting waiting(FeedbackEntry entry, Map<String, String> folders, boolean gone) {
        return new Waiting(Formats.lastName(entry.path()), (gone ? FeedbackReport.NO_LONGER_FOUND + " · " : "")
                + entry.user() + " · "
                + Formats.dateTime(entry.given()) + (entry.tags().isEmpty() ? "" : " · " + entry.tags().stream()
                .map(FeedbackLabels::label).reduce((a, b) -> a + ", " + b).orElse(""))
                + (entry.commented() ? " · " + entry.comment() : ""), entry.contentHash(), entry.path(),
                entry.user(), folders.getOrDefault(entry.path(), ""));
    }

    /** Answers the waiting feedback with what the answer form holds; the report reloads when it is saved. */
    public void answer(Waiting feedback) {
        if (feedback != null) {
            answerForm.answer(new KnownFile(feedback.contentHash(), feedback.path()), Optional.of(feedback.rep()),
                    feedback.name());
        }
    }

    /**
     * Every indexed file, as {@code feedback report} takes them: the search's rows hold an older version or a copy
     * under the file it goes with, and feedback on an older version was left out as no longer in any source.
     */
    private List<KnownFile> knownFiles() {
        List<KnownFile> known = new ArrayList<>();
        search.get().contentHashes().forEach((path, hash) -> {
            if (hash != null) {
                known.add(new KnownFile(hash, path));
            }
        });
        known.sort(Comparator.comparing(KnownFile::path));
        return known;
    }

    private void show(Loaded loaded) {
        report = loaded.report();
        exportStatus.set(""); // "Exported the report to …" was about the figures shown before
        teamFolder.set(loaded.teamFolder());
        // files of one name are told apart by their folders across every list of the report
        List<String> paths = new ArrayList<>();
        report.files().forEach(f -> paths.add(f.path()));
        report.neverUsed().forEach(k -> paths.add(k.path()));
        loaded.waiting().forEach(e -> paths.add(e.path()));
        Map<String, String> folders = FolderLabels.of(paths);
        mostValued.setAll(report.mostValued().stream().map(f -> row(f.path(),
                rating(f.averageRating()) + Formats.plural(f.entries(), "rep", "reps") + topTags(f.tagCounts())
                        + slidesNamed(f, null) + copies(f) + discouraged(loaded.curation().get(f.path())), folders))
                .toList());
        outdated.setAll(report.flaggedOutdated().stream().map(f -> row(f.path(),
                "flagged by " + Formats.plural(f.tagCount("outdated"), "rep", "reps") + " of " + f.entries()
                        + slidesNamed(f, FeedbackTags.OUTDATED) + copies(f), folders))
                .toList());
        didntLand.setAll(report.didntLand().stream().map(f -> row(f.path(),
                "didn't land for " + Formats.plural(f.tagCount("didn't land"), "rep", "reps") + " of " + f.entries()
                        + slidesNamed(f, FeedbackTags.DIDNT_LAND) + copies(f), folders)).toList());
        neverUsed.setAll(report.neverUsed().stream().map(k -> row(k.path(), "no feedback yet"
                + discouraged(loaded.curation().get(k.path())), folders)).toList());
        // the charts and the loop are the report's figures, as the CSV and the command line have them (one definition)
        tagCounts.set(report.tagsGiven());
        perMonth.set(new TreeMap<>(report.entriesPerMonth()));
        summary.set(report.summary());
        FeedbackLoop loop = report.loop();
        loopSummary.set("Answered by marketing: " + loop.total().sentence() + ".");
        loopMonths.setAll(loop.months().entrySet().stream()
                .map(month -> new Row(Formats.month(month.getKey()), month.getValue().sentence(), "", "")).toList());
        Set<String> gone = report.noLongerFound().stream().map(FeedbackReport.FileReport::contentHash)
                .collect(Collectors.toSet());
        waiting.setAll(loaded.waiting().stream().map(e -> waiting(e, folders, gone.contains(e.contentHash()))).toList());
        noneWaiting.set(loop.total().received() == 0 ? NO_FEEDBACK : "Every piece of feedback has an answer.");
        searchGaps.setAll(report.searchGaps().stream().map(gap -> new Row(gap.query(), gap.describe(), "", "")).toList());
        showingSwitch = true;
        try {
            countSearchGaps.set(loaded.countSearchGaps());
        } finally {
            showingSwitch = false;
        }
        answerForm.checkRole();
    }

    private static Row row(String path, String detail, Map<String, String> folders) {
        return new Row(Formats.lastName(path), detail, path, folders.getOrDefault(path, ""));
    }

    /**
     * " · +2 copies": the identical copies a row stands for, which share its feedback and are counted among the files
     * that have some; "" for none.
     */
    private static String copies(FeedbackReport.FileReport file) {
        return file.copies().isEmpty() ? "" : " · +" + Formats.plural(file.copies().size(), "copy", "copies");
    }

    private static String rating(Double average) {
        return average == null ? "" : String.format(Locale.ROOT, "★ %.1f · ", average);
    }

    /**
     * " · slide 7 ×2, slide 9": the slides (a PDF's pages, a workbook's sheets: "page 2", "sheet 4", as the command
     * line's report says) current entries named, with {@code tag} when one is given, and how many named each when
     * more than one did; "" when none did.
     */
    static String slidesNamed(FeedbackReport.FileReport file, String tag) {
        List<String> named = new ArrayList<>();
        String part = FileKind.partNameOf(file.path());
        for (FeedbackReport.SlideReport slide : file.slides()) {
            int n = tag == null ? slide.entries() : slide.tagCounts().getOrDefault(tag, 0);
            if (n > 0) {
                named.add(part + " " + slide.slide() + (n > 1 ? " \u00d7" + n : ""));
            }
        }
        return named.isEmpty() ? "" : " · " + String.join(", ", named);
    }

    private static String topTags(Map<String, Integer> tags) {
        return tags.isEmpty() ? "" : " · " + tags.keySet().stream().limit(2).map(FeedbackLabels::label)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * Writes the report as CSV (RFC 4180) for marketing's spreadsheet: not into a data folder, nor over a file of a
     * source or any file but an earlier report (the file chooser's Replace; the command line's rule, slides re-test 20 #3).
     */
    public void exportCsv(Path file) {
        FeedbackReport current = report;
        if (current == null) {
            return;
        }
        BackgroundTask.of(() -> {
                    // this data folder holds its marker, as every other does
                    new ProtectedFolders(null, files.get().sourceFolders()).refusal(file, "The report", FeedbackReportCsv.EARLIER)
                            .ifPresent(why -> {
                                throw new CollateralException(why);
                            });
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        FeedbackReportCsv.write(current, out);
                    }
                    return file;
                })
                .onSuccess(f -> exportStatus.set("Exported the report to " + f + "."))
                .onFailure(e -> errors.accept(UserError.of("Exporting the report", e)))
                .runOn(background, ui);
    }

    /**
     * The team's defaults set the feedback folder: the rep cannot choose another one.
     *
     * @param sentence why not, shown if a choice is attempted anyway
     */
    public void lockTeamFolder(String sentence) {
        lockedSentence = sentence;
        teamFolderLocked.set(true);
    }

    public ReadOnlyBooleanProperty teamFolderLockedProperty() {
        return teamFolderLocked;
    }

    /** A sync with a folder just chosen, and the team folder after it. */
    private record Chosen(SyncResult result, String teamFolder) {
    }

    /**
     * Syncs with this folder at once and shares feedback through it from now on; a folder refused or unreachable
     * at its first use is not remembered (the sentence says why), and the team folder stays as it was.
     */
    public void chooseTeamFolder(Path folder) {
        if (teamFolderLocked.get()) {
            errors.accept(UserError.of(lockedSentence));
            return;
        }
        BackgroundTask.of(() -> {
                    SyncResult result = store.teamSync().syncWithChosen(folder, preferences, files.get().sourceFolders());
                    return new Chosen(result, preferences.teamFolder().map(Path::toString).orElse(""));
                })
                .onSuccess(chosen -> {
                    teamFolder.set(chosen.teamFolder());
                    synced(chosen.result(), chosen.result().folder().toString().equals(chosen.teamFolder()));
                })
                .onFailure(e -> errors.accept(UserError.of("Choosing the team folder", e)))
                .runOn(background, ui);
    }

    /** What the last sync did (null before one): a file's answer form follows it too. */
    public ReadOnlyObjectProperty<SyncResult> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** Publishes this computer's feedback to the team folder and merges the team's, when one is chosen. */
    public void syncNow() {
        BackgroundTask.of(() -> preferences.teamFolder().map(store.teamSync()::sync))
                .onSuccess(result -> result.ifPresent(r -> synced(r, true)))
                .onFailure(e -> errors.accept(UserError.of("Syncing feedback with the team", e)))
                .runOn(background, ui);
    }

    /** @param teamFolder whether it synced with the team folder (not one chosen and refused, which the form never checks) */
    private void synced(SyncResult r, boolean teamFolder) {
        answerForm.checkRole(); // whether answers can travel now: the form's hint follows the folder (just chosen)
        answerForm.synced(r);
        lastSync.set(r);
        if (!r.reachable()) {
            // the answer form, under the waiting feedback, says why the team folder cannot be reached: once is enough
            syncStatus.set(!teamFolder ? r.folderSentence() : "It cannot be reached now (why, and what to do, is said "
                    + "under Waiting for an answer); " + Formats.plural(r.queued(), "entry waits", "entries wait")
                    + " for the next sync.");
            return;
        }
        if (!r.writable()) { // the entries wait; what the folder holds was merged all the same
            syncStatus.set(r.folderSentence());
        } else {
            syncStatus.set((r.folderSentence().isEmpty() ? "" : r.folderSentence() + " ") + "Synced with the team: " + r.merged()
                    + " new from others, " + r.published() + " shared"
                    + (r.answersMerged() > 0 ? ", " + Formats.plural(r.answersMerged(), "answer", "answers") + " from marketing" : "")
                    + (r.skippedLines() > 0 ? ", skipped " + r.skippedLinesText() + " (see the log)" : "") + ".");
        }
        if (r.merged() > 0 || r.answersMerged() > 0) {
            feedbackChanged.run();
            load();
        } else if (r.searchGapsMerged() > 0) {
            load(); // other laptops' searches that found nothing: only the report shows them
        }
    }

    /**
     * The rep turned counting the searches that found nothing on or off: saved at once; off forgets what this computer
     * counted and has not shared yet, and the list is read again.
     */
    private void switchSearchGaps(boolean on) {
        BackgroundTask.of(() -> {
                    preferences.switchSearchGaps(on);
                    if (on) {
                        return "Searches that found nothing are counted from now on"
                                + (preferences.teamFolder().isPresent() ? "." : ", once there is a team folder.");
                    }
                    int forgotten = store.searchGaps().forgetUnshared();
                    return "Searches that found nothing are no longer counted on this computer" + (forgotten == 0 ? "."
                            : "; " + Formats.plural(forgotten, "search", "searches") + " counted here and not shared yet "
                            + (forgotten == 1 ? "was" : "were") + " forgotten.");
                })
                .onSuccess(said -> {
                    searchGapsStatus.set(said);
                    load();
                })
                .onFailure(e -> errors.accept(UserError.of("Changing whether searches that found nothing are counted", e)))
                .runOn(background, ui);
    }

    /** What reps searched for and did not find, most searched first: the material to make next. */
    public ObservableList<Row> searchGaps() {
        return searchGaps;
    }

    /** Whether this computer counts its searches that found nothing for the team (the rep's switch). */
    public BooleanProperty countSearchGapsProperty() {
        return countSearchGaps;
    }

    /** What the last change of the switch did, or "". */
    public ReadOnlyStringProperty searchGapsStatusProperty() {
        return searchGapsStatus;
    }

    /** The loop per month the feedback was given: month, then "2 received · 1 answered · …". */
    public ObservableList<Row> loopMonths() {
        return loopMonths;
    }

    /** "Answered by marketing: 2 received · 1 answered · median 3.0 days to answer · 0 open over 14 days." */
    public ReadOnlyStringProperty loopSummaryProperty() {
        return loopSummary;
    }

    /** What the empty list of feedback waiting for an answer says: no feedback at all, or every piece answered. */
    public ReadOnlyStringProperty noneWaitingProperty() {
        return noneWaiting;
    }

    /** Feedback waiting for an answer, oldest first. */
    public ObservableList<Waiting> waiting() {
        return waiting;
    }

    /** The answer form of the report. */
    public AnswerFormViewModel answerForm() {
        return answerForm;
    }

    public ObservableList<Row> mostValued() {
        return mostValued;
    }

    public ObservableList<Row> outdated() {
        return outdated;
    }

    public ObservableList<Row> didntLand() {
        return didntLand;
    }

    /** What the last export did ("Exported the report to …"), shown by the Export button. */
    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus;
    }

    public ObservableList<Row> neverUsed() {
        return neverUsed;
    }

    public ReadOnlyObjectProperty<Map<String, Integer>> tagCountsProperty() {
        return tagCounts;
    }

    public ReadOnlyObjectProperty<Map<YearMonth, Integer>> perMonthProperty() {
        return perMonth;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty teamFolderProperty() {
        return teamFolder;
    }

    public ReadOnlyStringProperty syncStatusProperty() {
        return syncStatus;
    }
}
