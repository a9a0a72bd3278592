package org.collateralfinder.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Window re-test 18, R10: at the smallest window (900 by 560) the Sources tab cut its intro ("…only their text is
 * index…"), the run's sentence ("…could not be read (listed be…") and the Re-index button ("Re-i…"). They wrap, whole,
 * and the button keeps its word.
 */
@ExtendWith(ApplicationExtension.class)
class SourcesAtSmallestSizeTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing and sales collateral of the enterprise team"));
        Files.writeString(folder.resolve("Broken Proposal.docx"), "PK\u0003\u0004 not really a Word document");
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = TestWindow.show(stage, context, 900, 560).vm();
    }

    @AfterEach
    void sizeBack() {
        TestWindow.resize(stage, 1280, 800); // the tests share one stage
    }

    @Test
    void theIntroTheRunsSentenceAndReindexShowWhole(FxRobot robot) {
        robot.clickOn("#sources-tab");
        robot.clickOn("#reindex");
        FxWait.until("the run's sentence is there", () -> vm.sources().progressTextProperty().get()
                .contains("could not be read (listed below)"));

        FxWait.until("the intro, the run's sentence and Re-index show whole, inside the window", () -> {
            Labeled intro = robot.lookup("#sources-intro").queryAs(Labeled.class);
            Labeled sentence = robot.lookup("#index-progress-text").queryAs(Labeled.class);
            Labeled reindex = robot.lookup("#reindex").queryAs(Labeled.class);
            return drawnWhole(intro) && drawnWhole(sentence) && drawnWhole(reindex)
                    && LongSentencesWindowTest.inWindow(intro) && LongSentencesWindowTest.inWindow(sentence)
                    && LongSentencesWindowTest.inWindow(reindex);
        }, () -> FxWait.onFx(() -> "drawn: \"" + drawn(robot.lookup("#sources-intro").queryAs(Labeled.class)) + "\", \""
                + drawn(robot.lookup("#index-progress-text").queryAs(Labeled.class)) + "\", \""
                + drawn(robot.lookup("#reindex").queryAs(Labeled.class)) + "\""));
    }

    /** The text a labeled control draws: its own, or cut short with an ellipsis. */
    private static String drawn(Labeled control) {
        return ((Text) control.lookup(".text")).getText();
    }

    private static boolean drawnWhole(Labeled control) {
        return drawn(control).replaceAll("\\s+", " ").equals(control.getText());
    }
}
