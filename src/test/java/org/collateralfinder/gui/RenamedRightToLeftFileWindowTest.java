package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.stage.Stage;
import org.collateralfinder.gui.common.WrappingText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The selected file, named in Arabic, renamed from outside (window re-test 25, F1): the detail pane's sentence that
 * says it is no longer there threw in JavaFX's text layout ({@code computeTrailingSpaceWidth}, failing this test
 * through the {@code NoFxThreadErrors} extension) and read right to left, ".txt" and the final period on the wrong
 * side. It is an English sentence, drawn left to right, with no exception on the window's thread.
 */
@ExtendWith(ApplicationExtension.class)
class RenamedRightToLeftFileWindowTest {

    /** An Arabic name with digits, brackets and an extension, as the tester's. */
    private static final String ARABIC_NAME = "عرض الأسعار (نسخة ٢).txt";

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path folder;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        Files.writeString(folder.resolve(ARABIC_NAME), "عرض الأسعار للشركاء: narwhal pricing for partners.");
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

    /**
     * Window re-test 25, F1: the selected file, named in Arabic, renamed from outside. The sentence that says it is no
     * longer there threw in JavaFX's text layout (computeTrailingSpaceWidth) and read right to left, ".txt" and the
     * final period on the wrong side: it is an English sentence, drawn left to right, the name whole within it.
     */
    @Test
    void aSelectedFileWithAnArabicNameRenamedOnDiskIsToldOfInAnEnglishSentenceLeftToRight(FxRobot robot)
            throws Exception {
        robot.clickOn("#search-box").write("narwhal");
        FxWait.until("the Arabic-named file is listed and shown", () -> names().equals(List.of(ARABIC_NAME))
                && vm.search().selectedProperty().get() != null);

        Files.move(folder.resolve(ARABIC_NAME), folder.resolve("عرض-الأسعار.txt"));
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });

        String said = "“" + ARABIC_NAME + "” is no longer there (deleted, moved or renamed), so no file is selected.";
        FxWait.until("the detail pane says it is gone", () -> gone(robot).equals(said), () -> names() + " " + gone(robot));
        FxWait.until("the sentence is drawn", () -> robot.lookup("#preview-nothing-shown").query().getParent().getLayoutBounds()
                .getHeight() > 0);
        WrappingText sentence = robot.lookup("#preview-nothing-shown").queryAs(WrappingText.class);
        assertThat(FxWait.onFx(sentence::getEffectiveNodeOrientation)).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(FxWait.onFx(() -> sentence.getBoundsInParent().getWidth())).isGreaterThan(0);
    }

    private List<String> names() {
        return FxWait.onFx(() -> vm.search().results().stream().map(i -> i.hit().fileName()).toList());
    }

    /** What the detail pane says about the file it no longer shows, or "". */
    private static String gone(FxRobot robot) {
        return robot.lookup("#preview-nothing-shown").tryQueryAs(WrappingText.class)
                .filter(t -> t.getParent().isVisible()).map(WrappingText::getText).orElse("");
    }
}
