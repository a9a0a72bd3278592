package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.DesktopApp;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.search.SuggestionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A result row as the list draws it names its best matching slides under the snippet, once they are found
 * (over a real index of layouts.pptx, whose slides 9, 8 and 7 hold "Picture with Caption", "… Content with
 * caption" and "… with levels …"), and a click on one opens the preview on that slide.
 */
@ExtendWith(ApplicationExtension.class)
class RowPagesWindowTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private final List<String> openedPages = new CopyOnWriteArrayList<>();
    private final ExecutorService rowPagesWork = Executors.newSingleThreadExecutor();
    private TestIndex index;
    private SuggestionService suggestions;
    private SearchViewModel search;
    private ListView<ResultItem> list;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), folder.resolve("layouts.pptx"));
        index = TestIndex.ofFolder(folder, temp.resolve("index"));
        suggestions = new SuggestionService(index.index, temp.resolve("suggest"));
        search = RowPagesTest.searchOver(index, suggestions, folder, errors);
        RowPages rowPages = new RowPages(search, () -> index.search, rowPagesWork, Platform::runLater);
        DesktopApp.class.getName(); // the app's stylesheet, as the window has it
        list = new ListView<>(search.results());
        list.setCellFactory(v -> new ResultCell(Set.of(), path -> { }, FXCollections.observableSet(), rowPages,
                (item, page) -> openedPages.add(item.hit().fileName() + "#" + page.page())));
        Scene scene = new Scene(list, 640, 400);
        scene.getStylesheets().add(DesktopApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        rowPagesWork.shutdownNow();
        suggestions.close();
        index.close();
    }

    private List<String> pageLinks() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> list.lookupAll(".result-pages").stream()
                .flatMap(line -> ((Pane) line).getChildren().stream())
                .filter(Hyperlink.class::isInstance).map(n -> ((Hyperlink) n).getText()).toList()).get();
    }

    @Test
    void theRowNamesItsBestSlidesAndAClickOpensThePreviewOnOne(FxRobot robot) throws Exception {
        robot.interact(() -> search.queryProperty().set("Picture with Caption"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pageLinks().size() == 3);
        assertThat(pageLinks()).containsExactly("Slide 9 of 10", "Slide 8 of 10", "Slide 7 of 10");
        assertThat(search.results()).extracting(r -> r.hit().fileName()).containsExactly("layouts.pptx");

        Hyperlink eight = WaitForAsyncUtils.asyncFx(() -> list.lookupAll(".result-page").stream()
                .map(Hyperlink.class::cast).filter(l -> l.getText().equals("Slide 8 of 10")).findFirst().orElseThrow()).get();
        robot.clickOn(eight);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !openedPages.isEmpty());
        assertThat(openedPages).containsExactly("layouts.pptx#8");
        assertThat(errors).isEmpty();
    }
}
