package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window by keyboard alone: Tab reaches every part of the search tab and leaves the comment box. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow window = TestWindow.show(stage, context, 1280, 800);
        vm = window.vm();
        view = window.view();
    }

    private void selectFirstFile(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 4);
        FxWait.onFx(() -> {
            vm.search().select(vm.search().results().getFirst());
            return true;
        });
        FxWait.until("the comment box is there", () -> robot.lookup("#feedback-comment").tryQuery().isPresent());
    }

    private Node focused() {
        return FxWait.onFx(() -> stage.getScene().getFocusOwner());
    }

    private static String name(Node node) {
        return node == null ? "nothing" : node.getId() != null ? node.getId() : node.getClass().getSimpleName();
    }

    @Test
    void tabLeavesTheCommentBoxAndShiftTabComesBack(FxRobot robot) {
        selectFirstFile(robot);
        robot.clickOn("#feedback-comment").write("x");

        robot.press(KeyCode.TAB).release(KeyCode.TAB);

        FxWait.until("the focus left the comment box", () -> !name(stage.getScene().getFocusOwner()).equals("feedback-comment"));
        assertThat(FxWait.onFx(() -> vm.feedback().commentProperty().get())).isEqualTo("x");
        Node next = focused();
        assertThat(FxWait.onFx(next::isFocusVisible)).isTrue();
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        FxWait.until("the comment box has the focus again", () -> name(stage.getScene().getFocusOwner()).equals("feedback-comment"));
        assertThat(FxWait.onFx(() -> robot.lookup("#feedback-comment").queryAs(TextArea.class).getText())).isEqualTo("x");
    }

    @Test
    void tabFromTheSearchBoxReachesEveryPartOfTheWindowAndComesBack(FxRobot robot) {
        selectFirstFile(robot);
        FxWait.onFx(() -> {
            view.focusSearch();
            return true;
        });
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            String now = FxWait.onFx(() -> name(stage.getScene().getFocusOwner()));
            visited.add(now);
            if (now.equals("search-box")) {
                break;
            }
        }
        List<String> landmarks = visited.stream().map(id -> id.startsWith("facet-") ? "facet" : id)
                .filter(id -> List.of("theme-toggle", "about-button", "main-tabs", "facet", "order", "results",
                        "preview-tabs", "feedback-comment", "search-box").contains(id))
                .distinct().toList();
        // in reading order: the header, the tabs, the filters, the results, then the file's pane
        assertThat(landmarks).containsExactly("theme-toggle", "about-button", "main-tabs", "facet", "order", "results",
                "feedback-comment", "preview-tabs", "search-box");
    }

    @Test
    void theResultListShowsTheKeyboardFocus(FxRobot robot) {
        selectFirstFile(robot);
        ListView<?> list = view.results().list();
        assertThat(FxWait.onFx(() -> FocusRing.drawnAround(list))).isFalse();
        FxWait.onFx(() -> {
            view.focusSearch();
            return true;
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER); // Enter in the search box goes to the results

        FxWait.until("the list has the focus", list::isFocused);
        FxWait.until("the list shows a ring", () -> FocusRing.drawnAround(list));
    }

    /**
     * Window re-test 22, F9: Enter on a malformed query (tag:"didn) moved the focus to the empty list, and what the rep
     * typed next to fix it went nowhere. The focus stays in the box, at the end of the query, to be fixed.
     */
    @Test
    void enterOnAMalformedQueryLeavesTheFocusInTheBoxToFixIt(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 4);
        FxWait.onFx(() -> {
            view.focusSearch();
            return true;
        });
        robot.write("tag:\"didn");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxWait.until("the query's sentence is shown", () -> !vm.search().queryErrorProperty().get().isEmpty());

        FxWait.until("the box keeps the focus", () -> name(focused()).equals("search-box"), () -> name(focused()));
        robot.write("'t land\"");
        FxWait.until("what is typed next goes into the box", () -> vm.search().queryProperty().get()
                .equals("tag:\"didn't land\""), () -> vm.search().queryProperty().get());
        FxWait.onFx(() -> {
            vm.search().queryProperty().set(""); // the next tests' state
            return true;
        });
    }
}
