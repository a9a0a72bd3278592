package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.ResultOrder;
import org.collateralfinder.gui.search.SearchViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sentences over the result list show whole at the default window size, 1280 by 800 (window test 12, F4 and
 * F5: both were cut with "…", one only in a tooltip, the other not at all). More files than the list shows.
 */
@ExtendWith(ApplicationExtension.class)
class WholeSentencesAtDefaultSizeTest {

    private static final int FILES = SearchViewModel.LIMIT + 5;

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Notes"));
        for (int i = 0; i < FILES; i++) {
            Path note = Files.writeString(folder.resolve("note-%03d.txt".formatted(i)), "Field note " + i + " on pricing.");
            Files.setLastModifiedTime(note, FileTime.fromMillis(1_600_000_000_000L + i * 86_400_000L));
        }
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(180));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    @BeforeEach
    void defaultSize() {
        TestWindow.resize(stage, 1280, 800); // the tests share one stage: an earlier class may have left another size
    }

    @Test
    void theUnknownTypeSentenceUnderTheSearchBoxShowsWhole(FxRobot robot) {
        FxWait.onFx(() -> {
            vm.search().queryProperty().set("pricing type:blorpfile");
            return true;
        });

        String sentence = "There is no file type \"blorpfile\"; use one of pdf, presentation, document, spreadsheet, "
                + "text, html, email, ebook, archive, image, or an extension such as pptx.";
        FxWait.until("the sentence is shown whole, on more lines, inside the window", () -> {
            Labeled error = robot.lookup("#query-error").queryAs(Labeled.class);
            return error.isVisible() && error.getText().equals(sentence) && drawn(error).equals(sentence)
                    && LongSentencesWindowTest.inWindow(error) && error.getHeight() > 1.5 * error.getFont().getSize();
        }, () -> FxWait.onFx(() -> describe(robot.lookup("#query-error").queryAs(Labeled.class))));
    }

    @Test
    void theCountLineSayingTheSelectedFileIsNotAmongTheRowsShowsWhole(FxRobot robot) {
        FxWait.until("every file is counted", () -> vm.search().results().size() == SearchViewModel.LIMIT
                && vm.search().summaryProperty().get().startsWith("205 files"));
        FxWait.onFx(() -> {
            ResultItem newest = vm.search().results().stream()
                    .filter(i -> i.hit().fileName().equals("note-204.txt")).findFirst().orElseThrow();
            vm.search().select(newest);
            vm.search().orderProperty().set(ResultOrder.NAME);
            return true;
        });

        String line = "205 files, showing the first 200; the selected file is not among them in this order";
        FxWait.until("the line is shown whole, inside the window", () -> {
            Labeled count = robot.lookup("#result-count").queryAs(Labeled.class);
            return count.getText().equals(line) && drawn(count).equals(line) && LongSentencesWindowTest.inWindow(count);
        }, () -> FxWait.onFx(() -> describe(robot.lookup("#result-count").queryAs(Labeled.class))));
        assertThat(FxWait.onFx(() -> LongSentencesWindowTest.inWindow(robot.lookup("#order").query())))
                .as("the order stays in view").isTrue();
    }

    /** The text a labeled control draws: all of it, or cut short with an ellipsis when it does not fit. */
    private static String drawn(Labeled control) {
        return ((Text) control.lookup(".text")).getText().replaceAll("\\s+", " ");
    }

    private static String describe(Labeled control) {
        return "\"" + control.getText() + "\" drawn as \"" + drawn(control) + "\", " + control.getWidth() + " by "
                + control.getHeight() + " at " + control.localToScene(control.getBoundsInLocal());
    }

}
