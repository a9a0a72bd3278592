package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window on a data folder with no sources at all: the first-start screen leads to adding folders. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private Stage stage;

    @BeforeAll
    static void open() {
        context = AppContext.open(temp.resolve("data"), Platform::runLater,
                new AppContext.Options(false, false, 1, Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ZERO));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow.show(stage, context, 1100, 700);
    }

    @Test
    void withoutFoldersTheWindowOffersToAddOneAndLeadsToSources(FxRobot robot) {
        FxWait.until("the first-start screen shows", () -> robot.lookup("#first-start").query().isVisible());
        assertThat(robot.lookup("#first-folder").queryAs(Button.class).getText()).isEqualTo("Choose a folder…");
        assertThat(robot.lookup("#main-split").query().isVisible()).isFalse();
        robot.clickOn("#first-share");
        FxWait.until("the sources tab is open", () -> robot.lookup("#new-source").query().isVisible());
    }
}
