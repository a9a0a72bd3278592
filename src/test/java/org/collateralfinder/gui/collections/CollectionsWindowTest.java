package org.collateralfinder.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.gui.DesktopApp;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.search.NoSuggestions;
import org.collateralfinder.gui.search.ResultsView;
import org.collateralfinder.gui.search.SearchViewModel;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.offline.OfflineStore;
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
 * The sidebar of collections in a window: maria shares a kit from her laptop (her own database and index), the rep's
 * laptop (another index and database) syncs with the same team folder; the rep's sidebar lists the kit, a click shows
 * its files in order, a click on a file selects it among the results and the file's detail says which collections
 * hold it; the kit answers "pitch kit"; the rep makes a collection of their own and adds a result to it from its
 * context menu. Real files, real Lucene indexes, real H2 databases.
 */
@ExtendWith(ApplicationExtension.class)
class CollectionsWindowTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private Stage stage;
    private TestIndex maria;
    private TestIndex rep;
    private FeedbackStore repFeedback;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        for (AutoCloseable open : new AutoCloseable[] {maria, rep, repFeedback}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theSidebarListsTheTeamsKitShowsItsFilesInOrderAndTheDetailSaysWhichCollectionsHoldAFile(FxRobot robot)
            throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path deck = OfficeFiles.text(share.resolve("clinical-deck.txt"), "Clinical outcomes deck for hospital buyers.",
                "2025-01-15T10:00:00Z");
        Path sheet = OfficeFiles.text(share.resolve("price-sheet.txt"), "Price sheet for the hospital plan.",
                "2025-01-15T10:00:00Z");
        OfficeFiles.text(share.resolve("battlecard.txt"), "Battlecard for hospital competitors.", "2025-01-15T10:00:00Z");
        Path team = Files.createDirectories(temp.resolve("team"));
        maria = TestIndex.ofFolder(share, temp.resolve("maria/index"));
        rep = TestIndex.ofFolder(share, temp.resolve("rep/index"));
        try (FeedbackDatabase database = FeedbackDatabase.open(temp.resolve("maria/feedback"))) {
            assertThat(new TeamFolderSync(database).sync(team).writable()).isTrue();
            FileCollections hers = new FileCollections(database);
            List<KnownFile> files = List.of(known(maria, sheet), known(maria, deck));
            FileCollection kit = hers.create("Healthcare pitch kit", "For hospital buyers", "maria").collection();
            kit = hers.add(kit, files, hers.byFile(IndexedContents.of(files)), "maria", team).collection();
            assertThat(hers.share(kit, hers.byFile(IndexedContents.of(files)), "maria", team).written()).isTrue();
        }
        repFeedback = FeedbackStore.openInBackground(temp.resolve("rep/feedback"), Runnable::run, "alice");
        assertThat(repFeedback.teamSync().sync(team).collectionsMerged()).isEqualTo(1);
        SearchService search = new SearchService(rep.index, new FeedbackFilters(repFeedback::repository,
                repFeedback::repositoryIfOpen));
        UiWork work = new UiWork(Runnable::run, Runnable::run, errors::add);
        SourceAvailability availability = new SourceAvailability(
                () -> List.of(new SourceRegistry.SourceFolder(share.toString(), List.of())), Set::of, new Reachability(), 1_000);
        SearchViewModel results = new SearchViewModel(() -> search, availability, path -> false, NoSuggestions.NONE, work,
                Debouncer.immediate());
        OfflineStore offline = new OfflineStore(temp.resolve("rep/offline"), temp.resolve("rep/offline.properties"));
        CollectionsViewModel vm = new CollectionsViewModel(results.selectedProperty(), results.queryProperty(),
                repFeedback, () -> search, () -> Optional.of(team), offline, work, results::useInstead,
                results::updatePinned);
        WaitForAsyncUtils.asyncFx(() -> {
            ResultsView list = new ResultsView(results, new FileActions(work, said -> { }, path -> Optional.empty()),
                    item -> { }, FXCollections.observableSet(), null, (path, page) -> { });
            CollectionsDetail.addTo(list.list().getContextMenu(), vm);
            VBox side = new VBox(8, new CollectionsPane(vm), new CollectionsDetail(vm));
            side.setPrefWidth(300);
            HBox.setHgrow(list, Priority.ALWAYS);
            Scene scene = new Scene(new HBox(side, list), 1100, 760);
            scene.getStylesheets().add(DesktopApp.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            results.queryProperty().set("hospital");
            results.submit();
            vm.reload();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        // "hospital" is in its description
        assertThat(cellTexts(robot, "#collections-list")).containsExactly("Healthcare pitch kit 2 files · shared by maria "
                + "· answers your search");

        robot.clickOn(cell(robot, "#collections-list", "Healthcare pitch kit"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#collection-title").queryAs(Label.class).getText()).isEqualTo("Healthcare pitch kit");
        assertThat(robot.lookup("#collection-description").queryAs(Label.class).getText()).isEqualTo("For hospital buyers");
        assertThat(cellTexts(robot, "#collection-files")).containsExactly("1. price-sheet.txt", "2. clinical-deck.txt");

        robot.clickOn(cell(robot, "#collection-files", "2. clinical-deck.txt"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(results.selectedProperty().get().hit().path()).isEqualTo(deck.toString());
        assertThat(robot.lookup("#collections-holding").queryAs(Label.class).getText()).isEqualTo("In collections:");
        assertThat(robot.lookup(".collection-link").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsExactly("Healthcare pitch kit");

        robot.clickOn("#new-collection-name").write("Renewal Q4");
        robot.clickOn("#new-collection");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> results.queryProperty().set("pitch kit")).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellTexts(robot, "#collections-list")).containsExactly(
                "Healthcare pitch kit 2 files · shared by maria · answers your search", "Renewal Q4 0 files · personal");

        WaitForAsyncUtils.asyncFx(() -> results.queryProperty().set("battlecard")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.selectedProperty().get().hit().fileName()).isEqualTo("battlecard.txt");
        robot.rightClickOn(robot.lookup(".result-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        Menu add = (Menu) robot.lookup("#results").queryAs(ListView.class).getContextMenu().getItems().stream()
                .filter(item -> "menu-add-to-collection".equals(item.getId())).findFirst().orElseThrow();
        assertThat(add.getItems()).extracting(MenuItem::getText).containsExactly("Renewal Q4");
        WaitForAsyncUtils.asyncFx(() -> {
            add.getItems().getFirst().fire();
            robot.lookup("#results").queryAs(ListView.class).getContextMenu().hide();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#collections-message").queryAs(Label.class).getText())
                .isEqualTo("Added battlecard.txt to \"Renewal Q4\".");
        assertThat(cellTexts(robot, "#collections-list")).containsExactly(
                "Healthcare pitch kit 2 files · shared by maria", "Renewal Q4 1 file · personal");
        assertThat(robot.lookup(".collection-link").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsExactly("Renewal Q4");
        assertThat(errors).isEmpty();
    }

    /** The texts the cells of a list show (a collection's name and its line under it, joined by a space). */
    private static List<String> cellTexts(FxRobot robot, String list) {
        return robot.lookup(list).queryAs(ListView.class).lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node).filter(c -> c.getItem() != null && !c.isEmpty())
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(CollectionsWindowTest::text).distinct().toList();
    }

    private static String text(ListCell<?> cell) {
        if (cell.getText() != null) {
            return cell.getText();
        }
        return cell.getGraphic().lookupAll(".label").stream().map(node -> ((Label) node).getText())
                .filter(text -> !text.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }

    /**
     * The shown cell whose text starts so: a list also holds cells it only measures with (hidden, and their item set
     * for a moment), and a click aimed at one of those lands wherever it stands, selecting nothing.
     */
    private static ListCell<?> cell(FxRobot robot, String list, String startingWith) {
        return robot.lookup(list).queryAs(ListView.class).lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node).filter(CollectionsWindowTest::shown)
                .filter(c -> text(c).startsWith(startingWith)).findFirst().orElseThrow();
    }

    private static boolean shown(ListCell<?> cell) {
        if (cell.getItem() == null || cell.isEmpty() || cell.getIndex() < 0) {
            return false;
        }
        for (javafx.scene.Node node = cell; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static KnownFile known(TestIndex index, Path file) {
        SearchHit hit = index.search.search(SearchRequest.of("hospital", 10)).hits().stream()
                .filter(h -> h.path().equals(file.toString())).findFirst().orElseThrow();
        return new KnownFile(hit.contentHash(), hit.path());
    }
}
