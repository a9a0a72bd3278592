package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.testing.NoFxThreadErrors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When JavaFX fails to lay out text inside a result row anyway (its bug with wrapped right-to-left text, see
 * {@code WrappingText}), the window does not stay frozen: the error on the window's thread is noticed, the text is
 * shown without wrapping and JavaFX's record of its nodes' bounds is set right ({@code DrawingRepair}), the window
 * draws and answers again, and the rep is told once (window re-test 22, F1: after one such error every frame failed
 * in {@code Parent.updateCachedBounds}, the window stopped repainting and said nothing).
 *
 * <p>The error is met the way a mouse over the window meets it (a pick asks the bounds of the scene's root, which
 * works out those of every node under it): then every parent from the root down to the text is left with a wrong
 * count, not only those in the row. Building the rows again (the first repair) held when a frame met the error first
 * and not when the mouse did, which is why it passed alone and failed in a whole run.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenDrawingWindowTest {

    /** Wrapped in a plain {@code Text}, this throws in {@code PrismTextLayout.computeTrailingSpaceWidth} on Linux. */
    private static final String ARABIC = "وأعرب الاتحاد الجزائري وقتها عن \"أسفه لهذا الموقف غير المقبول والفردي "
            + "وغير الرياضي\"، وهدد \"باتخاذ كل الإجراءات لدى المنظمات المعنية للدفاع عن مصالحه\".";

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private Stage stage;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = temp.resolve("Collateral");
        Files.createDirectories(folder);
        for (int i = 1; i <= 8; i++) {
            Files.writeString(folder.resolve("Document " + i + ".txt"), "Sample document number " + i
                    + " for the walrus campaign, with some text in it.");
        }
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /**
     * Whatever happened above, the next test class does not get this window: its nodes leave the scene (the stage
     * keeps its size, as the next test expects), the errors are forgotten.
     */
    @AfterEach
    void leaveNoWindow() {
        FxWait.onFx(() -> {
            stage.getScene().setRoot(new Pane());
            return true;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.clearExceptions();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    @Test
    void aTextJavaFxCannotLayOutLeavesNoParentUnableToDrawTheWindowAnswersAndSaysSoOnce(FxRobot robot) {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "JavaFX's text bug is Pango's");
        List<String> told = new ArrayList<>();
        FxWait.onFx(() -> {
            vm.statusProperty().addListener((obs, old, now) -> told.add(now));
            return true;
        });
        robot.clickOn("#search-box").write("walrus").type(KeyCode.ENTER);
        FxWait.until("every file is listed", () -> vm.search().results().size() == 8);
        FxWait.until("the rows are drawn", () -> !filledCells().isEmpty());
        FxWait.onFx(() -> {
            results().getSelectionModel().select(0);
            results().requestFocus();
            return true;
        });

        // a Text that JavaFX fails to lay out, in a row, as the snippet's was; then the root's bounds are asked, as a
        // mouse over the window asks them: the error unwinds through every parent from the root down to the row
        Pane row = FxWait.onFx(() -> (Pane) filledCells().getFirst().getGraphic());
        boolean checked = WaitForAsyncUtils.autoCheckException;
        WaitForAsyncUtils.autoCheckException = false; // the errors are expected until the window is repaired
        try {
            Platform.runLater(() -> {
                Text broken = new Text(ARABIC);
                broken.setWrappingWidth(200);
                broken.setManaged(false);
                broken.setId("broken-text");
                row.getChildren().add(broken);
                stage.getScene().getRoot().getBoundsInLocal(); // throws, on the window's thread, uncaught
            });
            FxWait.until("the window draws again", this::aFramePasses);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = checked;
        }
        assertThat(NoFxThreadErrors.drain()).isNotEmpty().first().isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThat(FxWait.onFx(() -> ((Text) stage.getScene().lookup("#broken-text")).getWrappingWidth()))
                .as("the text that could not be laid out, shown without wrapping").isZero();

        // the window draws again: a whole frame passes, and the arrows move the selection, row by row
        assertThat(FxWait.onFx(() -> stage.getScene().snapshot(null) != null)).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        FxWait.until("the third row is selected", () -> results().getSelectionModel().getSelectedIndex() == 2);
        FxWait.until("and drawn selected", () -> filledCells().stream().anyMatch(c -> c.isSelected()
                && c.getItem() == vm.search().results().get(2)));
        assertThat(FxWait.onFx(() -> stage.getScene().snapshot(null) != null)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(NoFxThreadErrors.drain()).isEmpty();
        assertThat(told).containsOnlyOnce(MainViewModel.REDRAWN);
        assertThat(FxWait.onFx(() -> vm.statusProperty().get())).isEqualTo(MainViewModel.REDRAWN);
    }

    /** Whether the whole window can be drawn (on the FX thread). */
    private boolean aFramePasses() {
        try {
            return stage.getScene().snapshot(null) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ListView<ResultItem> results() {
        @SuppressWarnings("unchecked")
        ListView<ResultItem> list = (ListView<ResultItem>) stage.getScene().lookup("#results");
        return list;
    }

    private List<ResultCell> filledCells() {
        return FxWait.onFx(() -> results().lookupAll(".result-cell").stream().map(n -> (ResultCell) n)
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.getGraphic() instanceof Parent && shown(c))
                .toList());
    }

    /** Whether the node and all that hold it are visible (the list measures rows with a cell it does not show). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
