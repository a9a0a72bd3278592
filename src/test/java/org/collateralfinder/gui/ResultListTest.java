package org.collateralfinder.gui;


import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import javafx.geometry.Bounds;
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

/** A long result list: the selection stays in view when the order changes. */
@ExtendWith(ApplicationExtension.class)
class ResultListTest {

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
        FxWait.until("every note is listed", () -> vm.search().results().size() == 60);
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
