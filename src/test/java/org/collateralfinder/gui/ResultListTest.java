package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.ResultOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long result list: the selection stays in view when the order changes; the chips of the filters chosen
 * sit in one row under the count and the order, a long one cut short with its close mark in view.
 */
@ExtendWith(ApplicationExtension.class)
class ResultListTest {

    static final String LONG_TITLE = "Zápisnica Komisie Predsedníctva SAV pre posudzovanie vedeckej kvalifikácie "
            + "zamestnancov zo zasadnutia";

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private MainView view;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Notes"));
        for (int i = 1; i <= 60; i++) {
            Path file = folder.resolve(String.format("Note %02d.txt", i));
            Files.writeString(file, "Field note number " + i + " about the quarterly plan.");
            // the newest first is another order than by name
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")
                    .minus(Duration.ofDays((i * 37L) % 60))));
        }
        for (int i = 1; i <= 2; i++) { // web pages with long titles (by name after the notes)
            Files.writeString(folder.resolve("minutes-" + i + ".html"), "<html><head><title>" + LONG_TITLE + " " + i
                    + "</title></head><body><p>Minutes of meeting " + i + " on the quarterly plan.</p></body></html>");
        }
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        TestWindow window = TestWindow.show(stage, context, 1280, 800);
        vm = window.vm();
        view = window.view();
    }

    @Test
    void afterTheOrderChangesTheSelectedFileIsStillSelectedAndInView(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 62);
        ResultItem note03 = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals("Note 03.txt")).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(note03); // far down the newest-first list
            return true;
        });
        FxWait.until("it is shown", () -> selectedCellInView(robot, "Note 03.txt"));

        FxWait.onFx(() -> {
            vm.search().orderProperty().set(ResultOrder.NAME);
            return true;
        });

        FxWait.until("the list is by name", () -> list().getItems().getFirst().hit().fileName().equals("Note 01.txt"));
        FxWait.until("the selected note is selected and in view", () -> selectedCellInView(robot, "Note 03.txt"));
        FxWait.onFx(() -> {
            vm.search().select(list().getItems().get(57)); // and back down the list
            return true;
        });
        FxWait.onFx(() -> {
            vm.search().orderProperty().set(ResultOrder.NEWEST);
            return true;
        });
        FxWait.until("the other note is in view in the other order", () -> selectedCellInView(robot, "Note 58.txt"));
    }

    @Test
    void twoTypeFiltersShowTheirChipsSideBySideInOneRow(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 62);
        double listTop = FxWait.onFx(() -> list().localToScene(list().getBoundsInLocal()).getMinY());
        // the filters are drawn again when a search's counts arrive: click once they have
        FxWait.until("the type filters are shown", () -> !vm.search().searchingProperty().get()
                && robot.lookup("#facet-type-text").tryQuery().isPresent());
        robot.clickOn("#facet-type-text");
        FxWait.until("one chip", () -> chips(robot).size() == 1);
        FxWait.until("the web page filter is still offered", () -> !vm.search().searchingProperty().get()
                && List.of("text").equals(vm.search().shownRequestProperty().get().filters().get("type"))
                && robot.lookup("#facet-type-html").tryQuery().isPresent());
        robot.clickOn("#facet-type-html");
        FxWait.until("two chips and Clear all", () -> chips(robot).size() == 3);

        List<Button> chips = chips(robot);
        assertThat(chips).extracting(Button::getText).containsExactly("Text", "Web page", "Clear all");
        List<Bounds> bounds = FxWait.onFx(() -> chips.stream().map(c -> c.localToScene(c.getBoundsInLocal())).toList());
        assertThat(bounds).extracting(Bounds::getCenterY).containsOnly(bounds.getFirst().getCenterY()); // one row
        double chipRow = bounds.getFirst().getHeight();
        double moved = FxWait.onFx(() -> list().localToScene(list().getBoundsInLocal()).getMinY()) - listTop;
        assertThat(moved).as("the list moves down by one row of chips").isLessThanOrEqualTo(chipRow + 8);
        robot.clickOn(chips.getLast());
        FxWait.until("no chips", () -> chips(robot).isEmpty());
    }

    @Test
    void theChipOfMoreLikeThisOnALongTitleStaysBesideTheOrderWithItsCloseMarkInView(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 62);
        ResultItem minutes = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals("minutes-1.html")).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().moreLikeThis(minutes);
            return true;
        });
        FxWait.until("its chip is shown", () -> chips(robot).size() == 1
                && chips(robot).getFirst().getText().startsWith("Like “Zápisnica"));
        FxWait.until("and laid out", () -> FxWait.onFx(() -> {
            Button shown = chips(robot).getFirst();
            return shown.getWidth() > 0 && shown.getGraphic() != null && shown.getGraphic().getLayoutBounds().getWidth() > 0
                    && shown.getGraphic().getLocalToSceneTransform().getTx() > 0;
        }));

        Button chip = chips(robot).getFirst();
        Bounds chipBounds = FxWait.onFx(() -> chip.localToScene(chip.getBoundsInLocal()));
        Bounds close = FxWait.onFx(() -> chip.getGraphic().localToScene(chip.getGraphic().getBoundsInLocal()));
        Bounds order = FxWait.onFx(() -> robot.lookup("#order").query().localToScene(
                robot.lookup("#order").query().getBoundsInLocal()));
        Bounds results = FxWait.onFx(() -> view.results().localToScene(view.results().getBoundsInLocal()));
        assertThat(chipBounds.intersects(order)).as("the chip does not run under the order box").isFalse();
        assertThat(chipBounds.getMaxX()).isLessThanOrEqualTo(results.getMaxX());
        assertThat(close.getMinX()).isGreaterThanOrEqualTo(chipBounds.getMinX());
        assertThat(close.getMaxX()).as("its close mark is inside the chip and the list").isLessThanOrEqualTo(
                Math.min(chipBounds.getMaxX(), results.getMaxX()));
        robot.clickOn(chip);
        FxWait.until("more like this is gone", () -> chips(robot).isEmpty() && vm.search().results().size() == 62);
    }

    private static List<Button> chips(FxRobot robot) {
        return FxWait.onFx(() -> List.copyOf(robot.lookup("#filter-chips .button").queryAllAs(Button.class)));
    }

    private ListView<ResultItem> list() {
        return view.results().list();
    }

    /** Whether the list's selected row is the file and its cell is wholly inside the list. */
    private boolean selectedCellInView(FxRobot robot, String fileName) {
        ResultItem selected = list().getSelectionModel().getSelectedItem();
        if (selected == null || !selected.hit().fileName().equals(fileName)) {
            return false;
        }
        return robot.lookup(".result-cell").queryAllAs(ResultCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() == selected)
                .anyMatch(c -> {
                    Bounds inList = list().sceneToLocal(c.localToScene(c.getBoundsInLocal()));
                    return inList.getMinY() >= 0 && inList.getMaxY() <= list().getHeight() + 1;
                });
    }
}
