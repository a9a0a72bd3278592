package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.gui.search.ResultItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the window with feedback typed and not saved asks Save / Don't save / Cancel. */
@ExtendWith(ApplicationExtension.class)
class ClosingWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
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
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    private void typeCommentOn(FxRobot robot, String fileName, String comment) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 4);
        FxWait.onFx(() -> {
            vm.search().select(vm.search().results().stream().filter(i -> i.hit().fileName().equals(fileName))
                    .findFirst().orElseThrow());
            return true;
        });
        FxWait.until("the comment box is there", () -> robot.lookup("#feedback-comment").tryQuery().isPresent());
        robot.clickOn("#feedback-comment").write(comment);
        FxWait.until("the comment is in the form", () -> vm.feedback().commentProperty().get().equals(comment));
    }

    private void pressTheWindowsClose() {
        FxWait.onFx(() -> {
            Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return true;
        });
    }

    private static String hashOf(MainViewModel vm, String fileName) {
        return FxWait.onFx(() -> vm.search().results().stream().map(ResultItem::hit)
                .filter(h -> h.fileName().equals(fileName)).findFirst().orElseThrow().contentHash());
    }

    private static String savedComment(String hash) {
        return context.feedback().repository().list(Optional.of(hash)).stream()
                .map(FeedbackEntry::comment).reduce((a, b) -> b).orElse(null);
    }

    @Test
    void saveOnClosingKeepsTheFeedbackTypedOnEveryFileThenCloses(FxRobot robot) {
        typeCommentOn(robot, "Retail Case Study.txt", "Customer asked for the store figures");
        typeCommentOn(robot, "Email Templates.md", "Use the second template after demos");

        pressTheWindowsClose();

        FxWait.until("the question is asked", () -> robot.lookup("#unsaved-feedback-question").tryQuery().isPresent());
        assertThat(robot.lookup("#unsaved-feedback-question").queryAs(DialogPane.class).getContentText())
                .isEqualTo("You typed feedback on 2 files (Email Templates.md, Retail Case Study.txt) and did not save it. "
                        + "If you don't save it, it is lost.");
        assertThat(FxWait.onFx(stage::isShowing)).isTrue();
        robot.clickOn("#close-save");

        FxWait.until("the window is closed", () -> !stage.isShowing());
        assertThat(savedComment(hashOf(vm, "Retail Case Study.txt"))).isEqualTo("Customer asked for the store figures");
        assertThat(savedComment(hashOf(vm, "Email Templates.md"))).isEqualTo("Use the second template after demos");
    }

    @Test
    void cancelOnClosingKeepsTheWindowAndTheDraft(FxRobot robot) {
        typeCommentOn(robot, "Onboarding Checklist.txt", "Add the security review");

        pressTheWindowsClose();
        FxWait.until("the question is asked", () -> robot.lookup("#unsaved-feedback-question").tryQuery().isPresent());
        robot.clickOn("#close-cancel");

        FxWait.until("the question is gone", () -> robot.lookup("#unsaved-feedback-question").tryQuery().isEmpty());
        assertThat(FxWait.onFx(stage::isShowing)).isTrue();
        assertThat(FxWait.onFx(() -> vm.feedback().commentProperty().get())).isEqualTo("Add the security review");
        assertThat(savedComment(hashOf(vm, "Onboarding Checklist.txt"))).isNull();
    }

    @Test
    void dontSaveClosesAndSavesNothing(FxRobot robot) {
        typeCommentOn(robot, "Competitor Battlecard - Globex.md", "Globex dropped their prices");

        pressTheWindowsClose();
        FxWait.until("the question is asked", () -> robot.lookup("#unsaved-feedback-question").tryQuery().isPresent());
        robot.clickOn("#close-dont-save");

        FxWait.until("the window is closed", () -> !stage.isShowing());
        assertThat(savedComment(hashOf(vm, "Competitor Battlecard - Globex.md"))).isNull();
    }

    @Test
    void ctrlQClosesTheWindowAsItsCloseButtonDoesAskingAboutUnsavedFeedbackFirst(FxRobot robot) {
        typeCommentOn(robot, "Retail Case Study.txt", "Store figures wanted");

        // window test 8, finding 9: Ctrl+Q did nothing
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        FxWait.until("the question is asked", () -> robot.lookup("#unsaved-feedback-question").tryQuery().isPresent());
        assertThat(FxWait.onFx(stage::isShowing)).isTrue();
        robot.clickOn("#close-dont-save");

        FxWait.until("the window is closed", () -> !stage.isShowing());
        assertThat(savedComment(hashOf(vm, "Retail Case Study.txt"))).isNull();
    }

    @Test
    void ctrlQWithNothingUnsavedClosesTheWindowAtOnce(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 4);
        robot.clickOn("#results");

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        FxWait.until("the window is closed", () -> !stage.isShowing());
    }

    @Test
    void withNothingUnsavedTheWindowClosesAtOnce() {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 4);

        pressTheWindowsClose();

        FxWait.until("the window is closed", () -> !stage.isShowing());
        assertThat(FxWait.onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w != stage))).isFalse();
    }
}
