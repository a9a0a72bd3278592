package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
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

/**
 * Window test 9, New 8: clicking the third source's trash icon seemed to do nothing: the "Stop searching …?"
 * question sat below the visible part of the list, and the focus went to the search box.
 */
@ExtendWith(ApplicationExtension.class)
class RemoveSourceWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path third;
    private TestWindow window;

    @BeforeAll
    static void index() throws Exception {
        Path share = Files.createDirectories(temp.resolve("Marketing share"));
        Files.writeString(share.resolve("Capybara Price List.txt"), "Capybara price list for distributors.");
        context = TestWindow.indexed(temp.resolve("data"), share, Duration.ofMillis(120), Duration.ofSeconds(90));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.show(stage, context, 1280, 800);
        Path second = Files.createDirectories(temp.resolve("Second share"));
        Files.writeString(second.resolve("Battlecard.txt"), "Why we win.");
        third = Files.createDirectories(temp.resolve("Third share"));
        Files.writeString(third.resolve("Brochure.txt"), "The brochure.");
        window.vm().sources().add(second, "");
        window.vm().sources().add(third, "");
    }

    @Test
    void theThirdSourcesRemovalQuestionIsScrolledIntoViewAndFocused(FxRobot robot) {
        robot.clickOn("#sources-tab");
        // found and pressed in one step on the FX thread: the list may rebuild its rows (the new sources' status
        // arrives) between a lookup and a robot's click, leaving the click a button no longer in the window
        FxWait.until("the third source's trash icon shows and is pressed", 60, () -> {
            Button trash = trash(robot);
            if (trash == null || trash.getScene() == null) {
                return false;
            }
            trash.fire();
            return true;
        });

        ListView<?> sources = robot.lookup("#sources").queryAs(ListView.class);
        FxWait.until("the question is in view and focused", () -> {
            Node question = robot.lookup("#removal-question").tryQuery().orElse(null);
            Node keep = robot.lookup("#keep-source").tryQuery().orElse(null);
            if (question == null || keep == null) {
                return false;
            }
            Bounds shown = question.localToScene(question.getBoundsInLocal());
            Bounds list = sources.localToScene(sources.getBoundsInLocal());
            return shown.getHeight() > 0 && shown.getMinY() >= list.getMinY() && shown.getMaxY() <= list.getMaxY()
                    && keep.isFocused();
        });
        assertThat(robot.lookup("#keep-source").queryAs(Button.class).isFocused()).isTrue();

        // window re-test 22, F9: after Keep the focus jumped to the search box, its query selected
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        FxWait.until("the question is gone and the trash that asked has the focus", () -> {
            Button trash = trash(robot);
            return robot.lookup("#removal-question").tryQuery().isEmpty() && trash != null && trash.isFocused();
        }, () -> FxWait.onFx(() -> "focus on " + robot.lookup("#sources").query().getScene().getFocusOwner()));
    }

    private static Button trash(FxRobot robot) {
        return robot.lookup("#remove-source").queryAllAs(Button.class).stream()
                .filter(b -> ("Stop searching " + third).equals(b.getAccessibleText()) && b.isVisible()).findFirst()
                .orElse(null);
    }
}
