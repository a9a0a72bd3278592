package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * Publishing a source's team index from the Sources tab, as marketing would: the question in the row (its
 * sentence wraps inside the row, its buttons reachable), then the publisher's own sentence.
 */
@ExtendWith(ApplicationExtension.class)
class PublishFromWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path share;

    @BeforeAll
    static void index() throws Exception {
        share = Files.createDirectories(temp.resolve("Marketing share"));
        Files.writeString(share.resolve("Capybara Price List.txt"), "Capybara price list for distributors.");
        Files.writeString(share.resolve("Capybara Battlecard.md"), "# Capybara battlecard\nWhy we win.");
        context = TestWindow.indexed(temp.resolve("data"), share, Duration.ofMillis(120), Duration.ofSeconds(90));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        TestWindow.show(stage, context, 1280, 800);
    }

    @Test
    void marketingPublishesAShareFromItsRow(FxRobot robot) {
        robot.clickOn("#sources-tab");
        FxWait.until("the share is listed", () -> robot.lookup("#publish-source").tryQuery().isPresent());
        robot.clickOn("#publish-source");
        FxWait.until("the question is asked", () -> robot.lookup("#publish-question").tryQuery().isPresent());
        ListView<?> sources = robot.lookup("#sources").queryAs(ListView.class);
        // the long sentence wraps inside the row: the buttons after it are within the list, not off to the right
        FxWait.until("the question is laid out inside the list", () -> {
            Node confirm = robot.lookup("#confirm-publish").query();
            Bounds button = confirm.localToScene(confirm.getBoundsInLocal());
            Bounds list = sources.localToScene(sources.getBoundsInLocal());
            return button.getMaxX() <= list.getMaxX() && button.getWidth() > 0;
        });
        assertThat(robot.lookup("#publish-question").queryAs(Label.class).getText())
                .startsWith("Publish a team index of " + share + "?");

        robot.clickOn("#confirm-publish");
        FxWait.until("the publication ended", 120, () -> robot.lookup("#publish-result").tryQuery().isPresent());
        assertThat(robot.lookup("#publish-result").queryAs(Label.class).getText())
                .startsWith("Published generation 1 of " + share + " into " + share.resolve(".collateral-index")
                        + ": 2 documents (2 files read), ");
        assertThat(share.resolve(".collateral-index").resolve("manifest.json")).isRegularFile();
    }
}
