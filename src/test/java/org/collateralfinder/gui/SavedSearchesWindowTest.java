package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.collateralfinder.gui.search.SavedSearchesViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16, item 5 in the real window: the rep saves the search in the box with the bookmark beside it; after files
 * are added and edited the saved search's badge says how many are new or changed; a click opens it (the box as saved)
 * and the badge starts again.
 */
@ExtendWith(ApplicationExtension.class)
class SavedSearchesWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path folder;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SavedSearchesViewModel.Item> list(FxRobot robot) {
        return robot.lookup("#saved-searches").queryAs(ListView.class);
    }

    /** The rows as the list shows them: name, and the badge when there is one. */
    private static List<String> shown(FxRobot robot) {
        return FxWait.onFx(() -> list(robot).lookupAll(".list-cell").stream()
                .map(cell -> (ListCell<?>) cell)
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null)
                .map(cell -> cell.lookupAll(".label").stream().map(label -> (Label) label)
                        .filter(Label::isVisible).map(Label::getText).filter(text -> !text.isEmpty())
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .toList());
    }

    @Test
    void aSavedSearchShowsWhatIsNewOrChangedAndOpensAsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the window answered", () -> !vm.search().searchingProperty().get()
                && vm.search().shownRequestProperty().get().query().equals("pricing"));
        robot.clickOn("#save-search");
        FxWait.until("the name is asked", () -> robot.lookup("#save-search-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#save-search-dialog").queryAs(DialogPane.class);
        assertThat(FxWait.onFx(() -> ((TextField) dialog.lookup(".text-field")).getText())).isEqualTo("pricing");
        FxWait.onFx(() -> {
            ((TextField) dialog.lookup(".text-field")).setText("Pricing kit");
            return true;
        });
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        FxWait.until("the saved search is listed without a badge", () -> shown(robot).equals(List.of("Pricing kit")),
                () -> shown(robot).toString());
        assertThat(vm.savedSearches().statusProperty().get()).isEqualTo("Saved the search \u201cPricing kit\u201d. Its "
                + "badge counts the files new or changed from now on.");

        Files.writeString(folder.resolve("Pricing FAQ.txt"), "Frequently asked pricing questions.");
        Files.writeString(folder.resolve("Retail Case Study.txt"), "Retail case study: the pricing dashboard paid "
                + "for itself in one quarter at Northwind.");
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });
        FxWait.until("the badge counts the new and the changed file", () -> shown(robot)
                .equals(List.of("Pricing kit | 1 new, 1 changed")), () -> shown(robot).toString());

        robot.clickOn("#search-box").eraseText(7).write("globex");
        FxWait.until("the window answered", () -> vm.search().shownRequestProperty().get().query().equals("globex"));
        robot.clickOn(robot.lookup("#saved-searches .list-cell").nth(0).queryAs(Node.class));

        FxWait.until("the saved search is open and its badge gone", () -> vm.search().queryProperty().get()
                .equals("pricing") && shown(robot).equals(List.of("Pricing kit")), () -> shown(robot).toString());
        assertThat(vm.savedSearches().statusProperty().get()).isEqualTo("\u201cPricing kit\u201d: 1 file is new and 1 "
                + "changed since you last opened it. New: Pricing FAQ.txt. Changed: Retail Case Study.txt.");
        FxWait.until("the search ran", () -> !vm.search().searchingProperty().get()
                && vm.search().shownRequestProperty().get().query().equals("pricing"));
    }
}
