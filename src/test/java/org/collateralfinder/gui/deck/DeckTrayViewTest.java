package org.collateralfinder.gui.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.DesktopApp;
import org.collateralfinder.gui.deck.DeckTrayViewModel.TraySlide;
import org.collateralfinder.slides.DeckExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The deck tray as the rep uses it, headless: slides moved and taken out with their buttons, saved, then draggable. */
@ExtendWith(ApplicationExtension.class)
class DeckTrayViewTest {

    @TempDir
    static Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private DeckTrayViewModel tray;
    private Path out;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        Path stress = Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), folder.resolve("stress013.pptx"),
                StandardCopyOption.REPLACE_EXISTING); // one folder for the tests: each starts with the tray
        Path layouts = Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), folder.resolve("layouts.pptx"),
                StandardCopyOption.REPLACE_EXISTING);
        out = temp.resolve("Tomorrow.pptx");
        // the work runs on the FX thread here: the save is done when the click is
        tray = new DeckTrayViewModel(new DeckExporter(), new UiWork(Runnable::run, Runnable::run, errors::add));
        tray.add(DeckTrayViewModelTest.result(stress, "FPBench", "presentation"), 19);
        tray.add(DeckTrayViewModelTest.result(layouts, "Layouts", "presentation"), 3);
        tray.add(DeckTrayViewModelTest.result(stress, "FPBench", "presentation"), 4);
        Scene scene = new Scene(new StackPane(new DeckTrayView(tray, owner -> out.toFile())), 720, 260);
        scene.getStylesheets().add(DesktopApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void slidesAreReorderedAndRemovedWithTheirButtonsAndTheSavedDeckCanBeDragged(FxRobot robot) throws Exception {
        assertThat(cellTexts(robot)).containsExactly("1. FPBench — slide 19", "2. Layouts — slide 3", "3. FPBench — slide 4");

        robot.clickOn(buttonOfRow(robot, 2, "#deck-slide-up"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTexts(robot)).containsExactly("1. FPBench — slide 19", "2. FPBench — slide 4", "3. Layouts — slide 3");
        robot.clickOn(buttonOfRow(robot, 0, "#deck-slide-remove"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTexts(robot)).containsExactly("1. FPBench — slide 4", "2. Layouts — slide 3");
        assertThat(robot.lookup("#deck-tray-title").queryAs(Label.class).getText()).isEqualTo("Deck: 2 slides");
        assertThat(robot.lookup("#deck-tray-saved").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#deck-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors).isEmpty();
        Label saved = robot.lookup("#deck-tray-saved").queryAs(Label.class);
        assertThat(saved.isVisible()).isTrue();
        assertThat(saved.getText()).isEqualTo("Tomorrow.pptx (drag it into an e-mail)");
        assertThat(saved.getOnDragDetected()).isNotNull();
        assertThat(robot.lookup("#deck-tray-message").queryAs(Label.class).getText()).isEqualTo("Saved 2 slides as Tomorrow.pptx.");
        try (InputStream in = Files.newInputStream(out); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("Incredible progress…", "Section Title");
        }

        robot.clickOn("#deck-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tray.slides()).isEmpty();
        assertThat(robot.lookup("#deck-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#deck-tray").queryAs(Node.class).isVisible()).isTrue(); // the saved deck is still there to drag
    }

    /**
     * Window test 12, F12: under the result list and the preview, which take all the height they can, the tray's list
     * showed one and a half rows. It shows whole rows: all three of these.
     */
    @Test
    void underPartsThatTakeAllTheHeightTheTrayShowsWholeRows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Region body = new Region();
            body.setPrefHeight(2000);
            VBox.setVgrow(body, Priority.ALWAYS);
            Scene scene = robot.lookup("#deck-tray").query().getScene();
            DeckTrayView view = new DeckTrayView(tray, owner -> out.toFile());
            scene.setRoot(new VBox(body, view));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            ListView<?> list = robot.lookup("#deck-slides").queryAs(ListView.class);
            List<ListCell<?>> shown = new ArrayList<>();
            for (Node n : list.lookupAll(".list-cell")) {
                ListCell<?> cell = (ListCell<?>) n;
                Bounds b = list.sceneToLocal(cell.localToScene(cell.getBoundsInLocal()));
                if (!cell.isEmpty() && cell.isVisible() && b.getMaxY() > 0 && b.getMinY() < list.getHeight()) {
                    if (b.getMinY() < -0.5 || b.getMaxY() > list.getHeight() + 0.5) {
                        return false; // cut at the list's top or bottom
                    }
                    shown.add(cell);
                }
            }
            return shown.size() == 3;
        }).get());
    }

    @SuppressWarnings("unchecked")
    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() instanceof TraySlide)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(c -> ((Label) ((HBox) c.getGraphic()).getChildren().getFirst()).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Node buttonOfRow(FxRobot robot, int index, String id) {
        ListCell<TraySlide> cell = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty()).findFirst().orElseThrow();
        return robot.from(cell).lookup(id).query();
    }
}
