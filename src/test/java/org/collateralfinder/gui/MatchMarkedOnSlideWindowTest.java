package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.collateralfinder.model.TextMatch;
import org.collateralfinder.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Slides re-test 22, finding 2: the preview opened on the best matching slide but marked nothing on it, and the Text
 * tab opened at the file's first match (in another slide's notes). Over real files of the shared corpus (60810.pptx,
 * testJournalParser.pdf) in the whole window: the slide or page shown has the searched words marked where they are
 * drawn, the marks follow the previous/next matching page, and the Text tab's current match is on the page shown.
 */
@ExtendWith(ApplicationExtension.class)
class MatchMarkedOnSlideWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path real = SharedCorpus.require("real", "marking the match on a slide's picture");
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        Files.copy(real.resolve("poi/slideshow/60810.pptx"), folder.resolve("60810.pptx"));
        Files.copy(real.resolve("tika/tika-parser-pdf-module/testJournalParser.pdf"), folder.resolve("testJournalParser.pdf"));
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(240));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    /** The words marked on the picture shown, in reading order of the marks, and each mark inside the picture. */
    private static List<String> markedWords(FxRobot robot) {
        return FxWait.onFx(() -> {
            ImageView image = robot.lookup("#preview-image").queryAs(ImageView.class);
            Bounds picture = image.localToScene(image.getLayoutBounds());
            List<Node> marks = List.copyOf(robot.lookup(".match-mark").queryAll());
            for (Node mark : marks) {
                Bounds box = mark.localToScene(mark.getLayoutBounds());
                assertThat(box.getMinX()).isGreaterThanOrEqualTo(picture.getMinX() - 2);
                assertThat(box.getMaxX()).isLessThanOrEqualTo(picture.getMaxX() + 2);
                assertThat(box.getMinY()).isGreaterThanOrEqualTo(picture.getMinY() - 2);
                assertThat(box.getMaxY()).isLessThanOrEqualTo(picture.getMaxY() + 2);
                assertThat(box.getWidth()).isGreaterThan(4);
                assertThat(box.getHeight()).isGreaterThan(4);
            }
            return marks.stream().map(Node::getAccessibleText).toList();
        });
    }

    /** The text around the Text tab's current match. */
    private String aroundCurrentMatch(int before, int after) {
        return FxWait.onFx(() -> {
            var preview = vm.preview();
            TextMatch m = preview.matches().get(preview.currentMatchProperty().get());
            String text = preview.textProperty().get();
            return text.substring(Math.max(0, m.start() - before), Math.min(text.length(), m.end() + after));
        });
    }

    @Test
    void theBestSlideOpensWithTheSearchedWordsMarkedAndTheTextTabOpensThere(FxRobot robot) {
        robot.clickOn("#search-box").write("ability derive insight");
        FxWait.until("the deck's slide 7 is drawn", 180, () -> vm.preview().itemProperty().get() != null
                && vm.preview().itemProperty().get().hit().fileName().equals("60810.pptx")
                && "Slide 7 of 28".equals(vm.preview().pageLabelProperty().get()) && vm.preview().pictureProperty().get() != null);
        FxWait.until("the matches are marked on slide 7", 60, () -> !robot.lookup(".match-mark").queryAll().isEmpty());
        assertThat(markedWords(robot)).containsExactly("ability", "derive", "insight");
        assertThat(FxWait.onFx(() -> robot.lookup("#page-label").queryAs(Label.class).getText())).isEqualTo("Slide 7 of 28");

        // the Text tab opens at the best slide's match, not at the file's first (in slide 4's notes)
        robot.clickOn("#text-tab");
        FxWait.until("the text is read", 60, () -> vm.preview().currentMatchProperty().get() >= 0);
        assertThat(aroundCurrentMatch(12, 18)).isEqualTo("Improve our ability to derive insight");
        assertThat(FxWait.onFx(() -> robot.lookup("#match-position").queryAs(Label.class).getText()))
                .isEqualTo("Match 11 of 35");

        // the next matching slide: its words are marked, and the text follows
        robot.clickOn("#preview-tab");
        // the button's own action, wherever the pane has scrolled it to (a click lands where the mouse can reach)
        robot.interact(() -> robot.lookup("#next-matching-page").queryButton().fire());
        FxWait.until("slide 8 is drawn", 180, () -> "Slide 8 of 28".equals(vm.preview().pageLabelProperty().get())
                && vm.preview().pictureProperty().get() != null, () -> FxWait.onFx(() -> vm.preview().pageLabelProperty().get()
                + ", picture " + (vm.preview().pictureProperty().get() == null ? "not drawn" : "drawn")));
        FxWait.until("the matches are marked on slide 8", 60, () -> !robot.lookup(".match-mark").queryAll().isEmpty());
        // "… great talent insights.", "… gather insight on their people …", "… strong people insights.", "… to drive a …"
        assertThat(markedWords(robot)).containsExactlyInAnyOrder("insights", "insight", "insights", "drive");
        // slide 8's best passage ("Ensure every line manager feels confident and well prepared to gather insight …")
        assertThat(aroundCurrentMatch(20, 0)).isEqualTo(" prepared to gather insight");
    }

    @Test
    void aPdfPageOpensWithTheSearchedWordsMarked(FxRobot robot) {
        robot.clickOn("#search-box").write("scratch drive bushing");
        FxWait.until("the paper's page 2 is drawn", 180, () -> vm.preview().itemProperty().get() != null
                && vm.preview().itemProperty().get().hit().fileName().equals("testJournalParser.pdf")
                && "Page 2 of 10".equals(vm.preview().pageLabelProperty().get()) && vm.preview().pictureProperty().get() != null);
        FxWait.until("the matches are marked on page 2", 60, () -> !robot.lookup(".match-mark").queryAll().isEmpty());
        assertThat(markedWords(robot)).containsExactly("scratch", "drive", "bushing", "scratch", "drive");
    }
}
