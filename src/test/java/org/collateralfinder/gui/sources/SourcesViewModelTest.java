package org.collateralfinder.gui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.AppContext;
import org.collateralfinder.gui.MainViewModel;
import org.collateralfinder.gui.UiThread;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources and indexing without a toolkit, over a real index of text files: coalesced runs, indexing on
 * change, files held back when most of a source vanished at once, and a share found at another path.
 */
class SourcesViewModelTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    /**
     * Whether a row's folder answered: up to date, or slow (a local folder listed in over 750 ms on a busy machine is
     * "degraded" — cisim run 3 timed out waiting for "up to date" at load 5–10).
     */
    private static boolean answered(SourceRow row) {
        return row.status() == SourceRow.Status.UP_TO_DATE || row.status() == SourceRow.Status.DEGRADED;
    }

    @TempDir
    Path temp;

    private final UiThread ui = new UiThread();
    private AppContext context;
    private SourcesViewModel vm;
    private final List<UserError> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        context = AppContext.open(temp.resolve("data"), ui, new AppContext.Options(false, false, 1, Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ZERO).withWatching(Duration.ofMillis(300), Duration.ofMinutes(10)));
        vm = new SourcesViewModel(context.registry(), context.live()::search, context.availability(),
                context.reachability(), context.indexer(), context.dataDirectory().root(),
                new UiWork(context.background(), ui, errors::add));
    }

    @AfterEach
    void close() {
        context.close();
        ui.close();
    }

    private Path notes(String name, int count) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "capybara field note " + i);
        }
        return folder;
    }

    private long found(String query) {
        return context.search().search(new SearchRequest(query, 100, Map.of(), SearchRequest.Order.RELEVANCE)).total();
    }

    private void indexAndWait() {
        int before = ui.read(vm::runsStarted);
        ui.run(vm::reindex);
        ui.await("the run finished", LIMIT, () -> vm.runsStarted() > before && !vm.runningProperty().get());
    }

    private SourceRow rowOnceReloaded(Predicate<SourceRow> ready) {
        ui.run(vm::reload);
        ui.await("the row is shown", LIMIT, () -> vm.rows().size() == 1 && ready.test(vm.rows().getFirst()));
        return ui.read(() -> vm.rows().getFirst());
    }

    @Test
    void aReloadThatEndsAfterALaterOneNeverOverwritesItsRows() throws Exception {
        // the rows are read on background threads: the read started when a run began (rows "indexing") can end after
        // the read started when it finished (cisim on 7be16cd: the row stayed "indexing" after the run)
        context.registry().add(notes("Notes", 2), List.of());
        List<Runnable> reads = new CopyOnWriteArrayList<>();
        SourcesViewModel held = new SourcesViewModel(context.registry(), context.live()::search, context.availability(),
                context.reachability(), context.indexer(), context.dataDirectory().root(),
                new UiWork(reads::add, ui, errors::add));
        ui.run(held::reindex); // reads the rows as "indexing"
        ui.await("the run finished", LIMIT, () -> held.runsStarted() == 1 && !held.runningProperty().get());
        assertThat(reads).as("one read when the run began, one when it ended").hasSize(2);
        reads.get(1).run(); // the later read ends first...
        ui.await("the row is shown", LIMIT, () -> held.rows().size() == 1);
        reads.get(0).run(); // ...and the earlier one after it
        ui.run(() -> { }); // whatever it handed to the FX thread has run
        assertThat(ui.read(() -> held.rows().getFirst().status())).isIn(SourceRow.Status.UP_TO_DATE,
                SourceRow.Status.DEGRADED);
        assertThat(errors).isEmpty();
    }

    @Test
    void requestsDuringARunStartExactlyOneMoreRunAfterIt() throws Exception {
        context.registry().add(notes("Notes", 30), List.of());
        ui.run(() -> {
            vm.reindex();
            vm.reindexBecauseChanged("a");
            vm.reindexBecauseChanged("b");
            vm.reindex();
        });
        ui.await("both runs finished", LIMIT, () -> vm.runsStarted() == 2 && !vm.runningProperty().get());
        Thread.sleep(300);
        assertThat(ui.read(vm::runsStarted)).isEqualTo(2);
        assertThat(found("capybara")).isEqualTo(30);
        assertThat(errors).isEmpty();
    }

    @Test
    void aTypedPathThatIsNoFolderIsExplainedBesideTheFieldAndKeptToCorrect() throws Exception {
        String typo = temp.resolve("Markting").toString();
        ui.run(() -> {
            vm.newFolderProperty().set(typo);
            vm.addTyped();
        });
        ui.await("the problem is told", LIMIT, () -> !vm.addProblemProperty().get().isEmpty());

        assertThat(ui.read(() -> vm.addProblemProperty().get()))
                .isEqualTo("The folder " + typo + " does not exist; check the path, and that its share is mounted.");
        assertThat(ui.read(() -> vm.newFolderProperty().get())).isEqualTo(typo); // to correct, not to type again
        assertThat(errors).isEmpty(); // an input problem, not an error with a log to open

        Path folder = notes("Marketing", 1);
        ui.run(() -> {
            vm.newFolderProperty().set(folder.toString());
            vm.addTyped();
        });
        ui.await("the folder is added", LIMIT, () -> vm.newFolderProperty().get().isEmpty());
        assertThat(context.registry().list()).extracting(SourceRegistry.SourceFolder::path).containsExactly(folder.toString());
        assertThat(ui.read(() -> vm.addProblemProperty().get())).isEmpty();
    }

    /** Window re-test 11: "real" typed was taken from the folder the app happened to be started in. */
    @Test
    void aPartOfAPathIsExplainedBesideTheFieldAndNothingIsAdded() throws Exception {
        ui.run(() -> {
            vm.newFolderProperty().set("real");
            vm.addTyped();
        });

        assertThat(ui.read(() -> vm.addProblemProperty().get()))
                .isEqualTo("Type the folder's whole path (real is only part of one), or choose the folder with Browse…");
        assertThat(ui.read(() -> vm.newFolderProperty().get())).isEqualTo("real");
        assertThat(context.registry().list()).isEmpty();
    }

    @Test
    void aCancelledRunSaysSoWithWhatItDidAndWhatIsLeftInTheCommandLinesWords() throws Exception {
        context.registry().add(notes("Many notes", 200), List.of());
        ui.run(() -> {
            vm.reindex();
            vm.cancel(); // before the run can have told the window anything: it is cancelled, whatever it did
        });
        ui.await("the run stopped", LIMIT, () -> vm.runsStarted() == 1 && !vm.runningProperty().get());

        String said = ui.read(() -> vm.progressTextProperty().get());
        Matcher m = Pattern.compile("Indexing was cancelled after \\d+\\.\\d s: (\\d+) added, "
                + "0 updated, 0 removed; (\\d+) of the (\\d+) files to read (is|are) left for the next run\\.").matcher(said);
        assertThat(m.matches()).as(said).isTrue();
        assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isEqualTo(Integer.parseInt(m.group(3)));
        assertThat(errors).isEmpty();
        // the line on the last run, there until the next one, says it was cancelled too
        ui.run(vm::reload);
        ui.await("the last run is told", LIMIT, () -> vm.lastRunProperty().get().startsWith("Last run"));
        assertThat(ui.read(() -> vm.lastRunProperty().get())).matches("Last run \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d "
                + "was cancelled after \\d+\\.\\d s: " + m.group(1) + " added, 0 updated, 0 removed; the files it did not "
                + "read are read on the next run\\.");

        indexAndWait(); // the next run reads what is left and says it as the command line does
        assertThat(ui.read(() -> vm.progressTextProperty().get())).matches("Indexed 200 files in \\d+\\.\\d s: \\d+ added, "
                + "0 updated, 0 removed, \\d+ unchanged\\.");
        assertThat(found("capybara")).isEqualTo(200);
    }

    /**
     * Window test 9, New 9: the run's summary said "14 could not be read" while the source said "15": a file an
     * earlier run could not read is among the next run's unchanged files. Both count the files the index holds
     * whose text could not be read (what {@code status --json} lists), here 1 after each run.
     */
    @Test
    void theRunAndItsSourceCountTheSameFilesThatCouldNotBeRead() throws Exception {
        Path folder = notes("Notes", 3);
        Files.write(folder.resolve("broken.txt"), new byte[] {'a', 0, 1, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7});
        context.registry().add(folder, List.of());
        for (String run : List.of("the first run", "a run with nothing changed")) {
            indexAndWait();
            assertThat(ui.read(() -> vm.progressTextProperty().get())).as(run).matches("Indexed 4 files in \\d+\\.\\d s: "
                    + "\\d added, 0 updated, 0 removed, \\d unchanged, 1 could not be read \\(listed below\\)\\.");
            // (a folder that answered slowly on a busy machine adds why: it is as reachable)
            assertThat(rowOnceReloaded(SourcesViewModelTest::answered).detail()).as(run)
                    .startsWith("4 files, 1 could not be read");
            assertThat(ui.read(() -> vm.failures().size())).as(run).isEqualTo(1);
        }
        assertThat(errors).isEmpty();
    }

    /**
     * Window test 9, New 9: during a run the progress said "40 of 1,034 files" and the new source "11 files so far":
     * the one counts the files this run read of those it has to read, the other the source's files searches find
     * already. The words say so.
     */
    @Test
    void whileIndexingTheProgressAndTheSourceSayWhatEachCounts() {
        assertThat(SourcesViewModel.progressLine(new Progress(40, 1_034, "/share/a.txt", 12, Duration.ofSeconds(70))))
                .isEqualTo("40 of 1,034 files read · about 1 min left");
        SourceRegistry.SourceFolder source = new SourceRegistry.SourceFolder("/share", List.of());
        Reachability.Check up = new Reachability.Check(Reachability.State.REACHABLE, null, 1);
        assertThat(SourceRows.row(source, 11, 0, up, true, null).detail()).isEqualTo("11 files searchable so far.");
        assertThat(SourceRows.row(source, 11, 2, up, true, null).detail())
                .isEqualTo("11 files searchable so far, 2 could not be read.");
        assertThat(SourceRows.row(source, 11, 2, up, false, null).detail()).isEqualTo("11 files, 2 could not be read.");
    }

    @Test
    void removingASourceIsAskedFirstAndCanBeKept() throws Exception {
        context.registry().add(notes("Shared notes", 12), List.of());
        indexAndWait();
        SourceRow row = rowOnceReloaded(r -> r.files() == 12);

        ui.run(() -> vm.askToRemove(row));
        assertThat(SourcesViewModel.removalQuestion(row)).isEqualTo("Stop searching " + row.path()
                + "? Its 12 files leave the index; the files themselves are not touched.");
        // window re-test 18, R10: "Stop searching /proc? Its 0 files leave the index"
        SourceRow empty = new SourceRow("/proc", List.of(), List.of(), SourceRow.Status.NOT_INDEXED, "", "", "", false, 0, 0);
        assertThat(SourcesViewModel.removalQuestion(empty)).isEqualTo("Stop searching /proc? The index holds no files "
                + "of it; the files themselves are not touched.");
        assertThat(context.registry().list()).hasSize(1); // asked, not done
        ui.run(vm::keepSource);
        assertThat(ui.read(() -> vm.pendingRemovalProperty().get())).isNull();
        assertThat(context.registry().list()).hasSize(1);

        ui.run(() -> vm.askToRemove(row));
        ui.run(vm::confirmRemoval);
        ui.await("the folder is gone and its files with it", LIMIT,
                () -> context.registry().list().isEmpty() && !vm.runningProperty().get() && found("capybara") == 0);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFileSavedInAWatchedFolderIsFoundWithoutAskingToIndex() throws Exception {
        Path folder = notes("Notes", 3);
        context.registry().add(folder, List.of());
        MainViewModel main = ui.read(() -> new MainViewModel(context, false));
        ui.run(() -> main.start(""));
        ui.await("the folder is watched", LIMIT, () -> context.watch().watching() == 1);
        Files.writeString(folder.resolve("Zebra Wholesale Offer.txt"), "Zebra wholesale offer for distributors.");
        ui.run(() -> main.search().queryProperty().set("zebra"));
        ui.await("the new file is found", LIMIT, () -> {
            main.search().refresh();
            return main.search().results().stream().anyMatch(i -> i.hit().fileName().equals("Zebra Wholesale Offer.txt"));
        });
    }

    @Test
    void filesThatVanishedAtOnceAreKeptUntilTheDeletionIsConfirmed() throws Exception {
        Path folder = notes("Share", 25);
        context.registry().add(folder, List.of());
        indexAndWait();
        for (int i = 0; i < 22; i++) {
            Files.delete(folder.resolve("note-" + i + ".txt"));
        }
        indexAndWait();
        // a run the folder's watch starts on the deletions may still be going: the row says Indexing… until it ends
        SourceRow held = rowOnceReloaded(r -> r.needsConfirmation() && !r.state().equals("Indexing…"));
        assertThat(held.note()).isEqualTo("22 of its 25 files disappeared at once; they are kept until the deletion is "
                + "confirmed (index --confirm-deletions, or Confirm in the app).");
        assertThat(held.state()).isEqualTo("Degraded"); // as status says on the command line
        assertThat(held.detail()).isEqualTo("25 files; 22 files were not seen by the last run and are shown as unavailable.");
        assertThat(found("capybara")).isEqualTo(25);

        int before = ui.read(vm::runsStarted);
        ui.run(vm::confirmDeletions);
        ui.await("the confirming run finished", LIMIT, () -> vm.runsStarted() > before && !vm.runningProperty().get());
        assertThat(found("capybara")).isEqualTo(3);
        SourceRow after = rowOnceReloaded(r -> !r.needsConfirmation());
        assertThat(after.state()).isEqualTo("Reachable");
        assertThat(after.detail()).isEqualTo("3 files.");
    }

    @Test
    void aShareThatIsGoneShowsUnreachableUntilItIsFoundAtAnotherPath() throws Exception {
        Path mounted = notes("mnt-marketing", 2);
        context.registry().add(mounted, List.of());
        indexAndWait();
        Path elsewhere = temp.resolve("Volumes-marketing");
        Files.move(mounted, elsewhere);
        SourceRow gone = rowOnceReloaded(r -> r.status() == SourceRow.Status.UNREACHABLE);
        assertThat(gone.state()).isEqualTo("Unreachable");
        assertThat(gone.detail()).isEqualTo("It cannot be reached now (the folder is not there, as when its share is not mounted); "
                + "its 2 files stay searchable.");

        ui.run(() -> vm.addAlias(gone, elsewhere.toString()));
        ui.await("the run after the alias finished", LIMIT, () -> vm.runsStarted() == 2 && !vm.runningProperty().get());
        SourceRow back = rowOnceReloaded(SourcesViewModelTest::answered);
        assertThat(back.aliases()).containsExactly(elsewhere.toString());
        assertThat(found("capybara")).isEqualTo(2);
        assertThat(context.search().search(new SearchRequest("capybara", 5, Map.of(), SearchRequest.Order.NAME))
                .hits().getFirst().path()).startsWith(elsewhere.toString());
    }

    @Test
    void aSourceFolderRenamedWhileTheWindowIsOpenIsShownUnreachableAndIndexedAgainWhenItIsBack() throws Exception {
        Path folder = notes("Field notes", 3);
        context.registry().add(folder, List.of());
        MainViewModel main = ui.read(() -> new MainViewModel(context, false));
        SourcesViewModel sources = main.sources();
        ui.run(() -> main.start("capybara"));
        ui.await("the folder is watched", LIMIT, () -> context.watch().watching() == 1);
        ui.run(sources::reindex);
        ui.await("the run finished and the row is reachable", LIMIT, () -> !sources.runningProperty().get()
                && sources.rows().size() == 1 && answered(sources.rows().getFirst()));
        ui.await("its files are listed, available", LIMIT, () -> {
            var results = main.search().results();
            return results.size() == 3 && results.stream().allMatch(ResultItem::reachable);
        });
        int runs = ui.read(sources::runsStarted);

        Path moved = temp.resolve("Field notes MOVED");
        Files.move(folder, moved); // nobody presses Re-index
        ui.await("the row says the folder cannot be reached", LIMIT,
                () -> sources.rows().size() == 1 && sources.rows().getFirst().status() == SourceRow.Status.UNREACHABLE);
        assertThat(ui.read(() -> sources.rows().getFirst().detail())).isEqualTo(
                "It cannot be reached now (the folder is not there, as when its share is not mounted); its 3 files stay searchable.");
        ui.await("its hits are not available now", LIMIT, () -> {
            var results = main.search().results();
            return results.size() == 3 && results.stream().noneMatch(ResultItem::reachable);
        });
        assertThat(found("capybara")).as("nothing indexed is deleted").isEqualTo(3);
        assertThat(ui.read(sources::runsStarted)).as("nothing to index while it is away").isEqualTo(runs);
        ui.run(sources::reindex); // the rep presses Re-index all the same: the figures add up to the files indexed
        ui.await("that run ended", LIMIT, () -> sources.runsStarted() > runs && !sources.runningProperty().get());
        assertThat(ui.read(() -> sources.progressTextProperty().get())).matches("Indexed 3 files in \\d+\\.\\d s: "
                + "0 added, 0 updated, 0 removed, 0 unchanged, 3 not seen but kept\\.");
        assertThat(found("capybara")).isEqualTo(3);

        Files.writeString(moved.resolve("Walrus offer.txt"), "Walrus offer for the field.");
        Files.move(moved, folder);
        ui.await("the row is reachable again", LIMIT, () -> !sources.runningProperty().get()
                && sources.rows().size() == 1 && answered(sources.rows().getFirst()));
        ui.await("what was saved meanwhile is indexed", LIMIT, () -> found("walrus") == 1);
        assertThat(found("capybara")).isEqualTo(3);
        ui.await("its hits are available again", LIMIT, () -> {
            var results = main.search().results();
            return results.size() == 3 && results.stream().allMatch(ResultItem::reachable);
        });
        assertThat(ui.read(() -> main.errorProperty().get())).isNull();
    }
}
