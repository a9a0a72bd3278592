package org.collateralfinder.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.deck.DeckTrayViewModel;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.slides.DeckExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Window re-test 13, N5: under a narrow preview "Best matches: slide 9 of 10 · slide 8 of 10 · slide…" was cut; the
 * line wraps, whole, over a real index of a real deck.
 */
@ExtendWith(ApplicationExtension.class)
class MatchingPagesBarTest {

    @TempDir
    Path temp;

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 330, 200));
        stage.show();
    }

    @Test
    void theBestMatchesLineWrapsWholeInANarrowPreview() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        Files.copy(Path.of("src/test/resources/pages", "stress013.pptx"), folder.resolve("stress013.pptx"));
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = TestIndex.ofFolder(folder, temp.resolve("index"));
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            UiWork work = new UiWork(Runnable::run, Runnable::run, errors::add);
            MatchingPagesTest.Window window = WaitForAsyncUtils.asyncFx(() -> {
                MatchingPagesTest.Window w = MatchingPagesTest.over(index, suggestions, errors);
                w.search().queryProperty().set("formal definitions accuracy");
                MatchingPagesBar bar = new MatchingPagesBar(w.preview().matchingPages(), w.preview().itemProperty(),
                        new DeckTrayViewModel(new DeckExporter(), work));
                // a preview column 330 px wide, whatever the size of the stage the tests share (a showing stage keeps
                // its size when it gets another scene: in the whole suite the bar had 1280 px and no need to wrap)
                bar.setMaxWidth(330);
                StackPane.setAlignment(bar, javafx.geometry.Pos.TOP_LEFT);
                root.getChildren().setAll(bar);
                return w;
            }).get();
            String whole = "Best matches: slide 19 of 23 · slide 20 of 23 · slide 8 of 23";

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                Labeled best = (Labeled) root.lookup("#matching-pages-summary");
                String drawn = String.join("", best.lookupAll(".text").stream().map(n -> ((Text) n).getText()).toList());
                return best.getText().equals(whole) && drawn.replaceAll("\\s+", "").equals(whole.replaceAll("\\s+", ""))
                        && best.getHeight() > 1.5 * best.getFont().getSize() * 1.2;
            }).get());
            assertThat(window.preview().pageLabelProperty().get()).isEqualTo("Slide 19 of 23");
        }
        assertThat(errors).isEmpty();
    }
}
