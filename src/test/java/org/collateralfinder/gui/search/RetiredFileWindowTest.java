package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.gui.DesktopApp;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's "done when", in the window: marketing retires last year's price sheet on one laptop (its own data folder
 * and index), a rep's laptop (another data folder and index) syncs with the same team folder, and its result list
 * shows the new sheet first and the old one below with "Retired — use …"; dragging, copying or opening the old one
 * asks first, once. Real files, real Lucene indexes, real H2 databases.
 */
@ExtendWith(ApplicationExtension.class)
class RetiredFileWindowTest {

    @TempDir
    Path temp;

    private final List<String> questions = new ArrayList<>();
    private final List<UserError> errors = new ArrayList<>();
    private boolean answer;
    private Stage stage;
    private TestIndex marketing;
    private TestIndex rep;
    private FeedbackStore repFeedback;
    private SearchViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        for (AutoCloseable open : new AutoCloseable[] {marketing, rep}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (repFeedback != null) {
            repFeedback.close();
        }
    }

    @Test
    void theRepsListShowsTheNewSheetFirstAndTheRetiredOneBelowAndUsingTheOldOneAsksOnce(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path oldSheet = OfficeFiles.text(share.resolve("2025/price-sheet-2025.txt"),
                "Price sheet. Price sheet for 2025: list prices, price sheet discounts.", "2025-01-15T10:00:00Z");
        Path newSheet = OfficeFiles.text(share.resolve("2026/price-sheet-2026.txt"),
                "Price sheet for 2026 with the new list prices.", "2025-01-15T10:00:00Z");
        Path team = Files.createDirectories(temp.resolve("team"));
        Files.createDirectories(team.resolve("curation"));
        marketing = TestIndex.ofFolder(share, temp.resolve("marketing/index"));
        rep = TestIndex.ofFolder(share, temp.resolve("rep/index"));
        repFeedback = FeedbackStore.openInBackground(temp.resolve("rep/feedback"), Runnable::run, "alice");
        assertThat(repFeedback.teamSync().sync(team).writable()).isTrue();
        SearchService repSearch = new SearchService(rep.index, new FeedbackFilters(repFeedback::repository,
                repFeedback::repositoryIfOpen));
        assertThat(paths(repSearch)).containsExactly(oldSheet.toString(), newSheet.toString());

        try (FeedbackDatabase database = FeedbackDatabase.open(temp.resolve("marketing/feedback"))) {
            assertThat(new TeamFolderSync(database).sync(team).writable()).isTrue();
            Curations.Outcome outcome = new Curations(database).curate(new Curations.Request(
                    List.of(known(marketing, oldSheet)), CurationState.RETIRED, null, "Maria Lopez",
                    known(marketing, newSheet), "maria"), team);
            assertThat(outcome.written()).isTrue();
        }
        assertThat(repFeedback.teamSync().sync(team).curationsMerged()).isEqualTo(1);

        UiWork work = new UiWork(Runnable::run, Runnable::run, errors::add);
        SourceAvailability availability = new SourceAvailability(
                () -> List.of(new SourceRegistry.SourceFolder(share.toString(), List.of())), Set::of, new Reachability(), 1_000);
        vm = new SearchViewModel(() -> repSearch, availability, path -> false, NoSuggestions.NONE, work,
                Debouncer.immediate());
        FileActions actions = new FileActions(work, said -> { }, path -> Optional.empty());
        RetiredGuard guard = new RetiredGuard(question -> {
            questions.add(question);
            return answer;
        });
        actions.guardWith((hit, doing) -> guard.mayUse(vm.results().stream()
                .filter(item -> item.hit().path().equals(hit.path())).findFirst().orElse(null), doing));
        WaitForAsyncUtils.asyncFx(() -> {
            ResultsView view = new ResultsView(vm, actions, item -> { }, FXCollections.observableSet(),
                    null, (path, page) -> { }, guard);
            Scene scene = new Scene(view, 900, 600);
            scene.getStylesheets().add(DesktopApp.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            vm.queryProperty().set("price sheet");
            vm.submit();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.results()).extracting(item -> item.hit().path())
                .containsExactly(newSheet.toString(), oldSheet.toString());
        assertThat(vm.results().get(0).curation()).isNull();
        ResultItem old = vm.results().get(1);
        assertThat(old.curation().state()).isEqualTo(CurationState.RETIRED);
        assertThat(old.curation().replacedBy()).isEqualTo(newSheet.toString());
        List<Hyperlink> retired = robot.lookup("#retired-use-instead").queryAllAs(Hyperlink.class).stream()
                .filter(Hyperlink::isVisible).toList();
        assertThat(retired).extracting(Hyperlink::getText).containsExactly("Retired — use price-sheet-2026.txt");

        ResultCell oldRow = robot.lookup(".result-cell").queryAllAs(ResultCell.class).stream()
                .filter(cell -> cell.getItem() != null && cell.getItem().hit().path().equals(oldSheet.toString()))
                .findFirst().orElseThrow();
        answer = false;
        WaitForAsyncUtils.asyncFx(() -> oldRow.fireEvent(new MouseEvent(MouseEvent.DRAG_DETECTED, 10, 10, 10, 10,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(questions).containsExactly("Marketing retired price-sheet-2025.txt; use price-sheet-2026.txt "
                + "instead. Drag it anyway?");

        answer = true;
        WaitForAsyncUtils.asyncFx(() -> actions.copyFile(old.hit())).get();
        WaitForAsyncUtils.asyncFx(() -> actions.copyFile(old.hit())).get();
        WaitForAsyncUtils.asyncFx(() -> actions.copyFile(vm.results().get(0).hit())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(questions).containsExactly(
                "Marketing retired price-sheet-2025.txt; use price-sheet-2026.txt instead. Drag it anyway?",
                "Marketing retired price-sheet-2025.txt; use price-sheet-2026.txt instead. Copy it anyway?");

        robot.clickOn(retired.getFirst());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedProperty().get().hit().path()).isEqualTo(newSheet.toString());
        assertThat(errors).isEmpty();
    }

    /** Curation re-test 21, finding 1: a retired price list newer on disk than its replacement, same name, near-identical text. */
    @Test
    void aRetiredVersionNewerOnDiskThanItsReplacementIsItsOwnRowBelowIt(FxRobot robot) throws Exception {
        String list = "Price list. Every product with its list price, the volume discounts for ten, fifty and a hundred "
                + "seats, the bundles with training and support, the terms of payment and the currencies we quote in, "
                + "the regions each price holds for and whom to ask about a special price for a public tender.";
        Path share = Files.createDirectories(temp.resolve("share"));
        Path oldList = OfficeFiles.text(share.resolve("2025/price-list.txt"), list + " Edition 2025.", "2026-06-01T10:00:00Z");
        Path newList = OfficeFiles.text(share.resolve("2026/price-list.txt"), list + " Edition 2026.", "2026-02-01T10:00:00Z");
        Path team = Files.createDirectories(temp.resolve("team"));
        Files.createDirectories(team.resolve("curation"));
        marketing = TestIndex.ofFolder(share, temp.resolve("marketing/index"));
        rep = TestIndex.ofFolder(share, temp.resolve("rep/index"));
        repFeedback = FeedbackStore.openInBackground(temp.resolve("rep/feedback"), Runnable::run, "alice");
        assertThat(repFeedback.teamSync().sync(team).writable()).isTrue();
        SearchService repSearch = new SearchService(rep.index, new FeedbackFilters(repFeedback::repository,
                repFeedback::repositoryIfOpen));
        try (FeedbackDatabase database = FeedbackDatabase.open(temp.resolve("marketing/feedback"))) {
            assertThat(new TeamFolderSync(database).sync(team).writable()).isTrue();
            assertThat(new Curations(database).curate(new Curations.Request(List.of(sha256(oldList)),
                    CurationState.RETIRED, null, null, sha256(newList), "maria"), team).written()).isTrue();
        }
        assertThat(repFeedback.teamSync().sync(team).curationsMerged()).isEqualTo(1);
        UiWork work = new UiWork(Runnable::run, Runnable::run, errors::add);
        showList(share, repSearch, work, "tender");

        assertThat(vm.results()).extracting(item -> item.hit().path()).containsExactly(newList.toString(), oldList.toString());
        assertThat(vm.results()).allSatisfy(item -> assertThat(item.hit().versions()).isEmpty());
        assertThat(vm.results()).allSatisfy(item -> assertThat(item.hit().newerVersions()).isEmpty());
        assertThat(vm.results().get(0).curation()).isNull();
        // the replacement has the row's own name: the link says its folder too
        assertThat(robot.lookup("#retired-use-instead").queryAllAs(Hyperlink.class).stream().filter(Hyperlink::isVisible)
                .map(Hyperlink::getText).toList()).containsExactly("Retired — use 2026/price-list.txt");
        assertThat(errors).isEmpty();
    }

    private void showList(Path share, SearchService search, UiWork work, String query) throws Exception {
        SourceAvailability availability = new SourceAvailability(
                () -> List.of(new SourceRegistry.SourceFolder(share.toString(), List.of())), Set::of, new Reachability(), 1_000);
        vm = new SearchViewModel(() -> search, availability, path -> false, NoSuggestions.NONE, work,
                Debouncer.immediate());
        FileActions actions = new FileActions(work, said -> { }, path -> Optional.empty());
        RetiredGuard guard = new RetiredGuard(question -> true);
        WaitForAsyncUtils.asyncFx(() -> {
            ResultsView view = new ResultsView(vm, actions, item -> { }, FXCollections.observableSet(),
                    null, (path, page) -> { }, guard);
            Scene scene = new Scene(view, 900, 600);
            scene.getStylesheets().add(DesktopApp.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            vm.queryProperty().set(query);
            vm.submit();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The file as an index has it (its content hash is the SHA-256 of its bytes): not every file is a row of its own. */
    private static KnownFile sha256(Path file) throws Exception {
        return new KnownFile(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                file.toString());
    }

    private static List<String> paths(SearchService search) {
        return search.search(SearchRequest.of("price sheet", 10)).hits().stream().map(SearchHit::path).toList();
    }

    private static KnownFile known(TestIndex index, Path file) {
        SearchHit hit = index.search.search(SearchRequest.of("price sheet", 10)).hits().stream()
                .filter(h -> h.path().equals(file.toString())).findFirst().orElseThrow();
        return new KnownFile(hit.contentHash(), hit.path());
    }
}
