package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.preview.PreviewViewModel;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail pane (title, actions, feedback, then the Preview, Text and Feedback tabs) at the smallest window
 * and at the default size: every part of it can be scrolled into view with the mouse wheel, none is squeezed
 * to nothing (window retest 6 N7, N8 and issue 19's #26).
 */
@ExtendWith(ApplicationExtension.class)
class DetailPaneLayoutTest {

    private static final String LONG_TITLE = "Competitive Positioning and Objection Handling Guide for Enterprise "
            + "Procurement Teams in Regulated Industries";
    private static final Path DEEP = Path.of("Regional Offices", "EMEA", "Northern Europe", "Sales Enablement",
            "Channel Partners");

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private Stage stage;
    private double[] position;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = temp.resolve("Marketing");
        Files.createDirectories(folder.resolve(DEEP));
        Files.createDirectories(folder.resolve("Regional Offices/Americas/North America/Field Marketing/Resellers"));
        for (int v = 1; v <= 5; v++) { // five versions of one price list, the newest last
            write(folder.resolve("Partner Price List v" + v + ".txt"), "Partner price list, edition " + v
                    + ". Discounts for resellers: " + (10 + v) + " percent on every tier.", 50 - v);
        }
        String newest = Files.readString(folder.resolve("Partner Price List v5.txt"));
        write(folder.resolve(DEEP).resolve("Partner Price List v5.txt"), newest, 45); // two copies of it, deep down
        write(folder.resolve("Regional Offices/Americas/North America/Field Marketing/Resellers/Partner Price List v5.txt"),
                newest, 45);
        write(folder.resolve(LONG_TITLE + ".txt"), "How to answer procurement: security reviews, pricing objections.", 3);
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    private static void write(Path file, String text, int daysOld) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(daysOld))));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = TestWindow.show(stage, context, 1280, 800).vm();
        // at the screen's corner: the headless robot turns the wheel at the screen point taken as a point of
        // the window (clicks are right wherever the window is); put back where it was after the test
        position = new double[] {stage.getX(), stage.getY()};
        stage.setX(0);
        stage.setY(0);
    }

    @AfterEach
    void restoreTheWindow() {
        TestWindow.resize(stage, 1280, 800); // the next tests' size and place (they share the stage)
        FxWait.onFx(() -> {
            stage.setX(position[0]);
            stage.setY(position[1]);
            return true;
        });
    }

    @Test
    void atTheSmallestWindowALongTitleLeavesTheTabsThePictureAndTheFactsWithinReach(FxRobot robot) {
        TestWindow.resize(stage, 900, 560);
        select(LONG_TITLE + ".txt");
        WrappingText title = robot.lookup("#preview-title").queryAs(WrappingText.class);
        FxWait.until("the title is shown on three lines or more", () -> title.getText().equals(LONG_TITLE)
                && title.getLayoutInfo().getTextLines(false).size() >= 3);
        FxWait.until("the facts are listed", () -> robot.lookup("#facts").queryAs(GridPane.class).getChildren().size() >= 6);

        robot.moveTo(verticalBarOf(robot.lookup("#detail-scroll").queryAs(ScrollPane.class)));
        scrollUntil(robot, "the tabs and the whole picture are in view", () -> inView(robot.lookup("#preview-tabs").query())
                && inView(robot.lookup("#text-tab").query()) && inView(robot.lookup("#picture-stage").query()));
        assertThat(FxWait.onFx(() -> robot.lookup("#picture-stage").query().getBoundsInLocal().getHeight()))
                .isGreaterThanOrEqualTo(150);

        Node details = robot.lookup("#preview-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        robot.moveTo(nearTheBottomOf(details));
        scrollUntil(robot, "the path of the file is in view", () -> inView(factLabel(robot, "Path")));

        robot.clickOn("#text-tab");
        FxWait.until("the Text tab is open", () -> robot.lookup("#preview-tabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId().equals("text-tab"));
    }

    @Test
    void atTheDefaultSizeALongListOfCopiesLeavesTheOlderVersionsWithinReachUnderTheirLabel(FxRobot robot) {
        ResultItem newest = select("Partner Price List v5.txt");
        assertThat(newest.hit().duplicates()).hasSize(2);
        assertThat(newest.hit().versions()).hasSize(4);
        assertThat(ResultCell.othersLine(newest.hit())).isEqualTo("+2 copies · 4 older versions");
        FxWait.until("the facts list the copies and older versions", () -> vm.preview().facts().stream()
                .anyMatch(f -> f.label().equals("Older versions")));
        // the detail pane lists what the row counts
        List<PreviewViewModel.Fact> facts = FxWait.onFx(() -> List.copyOf(vm.preview().facts()));
        assertThat(facts).filteredOn(f -> f.label().equals("Copies")).singleElement()
                .satisfies(f -> assertThat(f.value().split("\n")).containsExactlyElementsOf(newest.hit().duplicates()));
        assertThat(facts).filteredOn(f -> f.label().equals("Older versions")).singleElement()
                .satisfies(f -> assertThat(f.value().split("\n")).containsExactlyElementsOf(newest.hit().versions()));

        // the view model's facts can come before the pane that shows them is laid out (seen once in a CI-like run)
        FxWait.until("the preview's tabs are shown", () -> robot.lookup("#preview-tabs").tryQuery().isPresent());
        Node details = robot.lookup("#preview-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
        robot.moveTo(nearTheBottomOf(details));
        scrollUntil(robot, "the older versions are in view", () -> inView(factLabel(robot, "Older versions")));
        // beside the first of its paths, not centred beside all four (where it sank out of sight)
        FxWait.until("the label is beside the first path", () -> {
            Label label = factLabel(robot, "Older versions");
            Node value = factValue(robot, label);
            return Math.abs(bounds(label).getMinY() - bounds(value).getMinY()) < 4;
        });
    }

    /**
     * Window test 12, F8: the pane kept the last file's scroll position, and the next file opened with its title and
     * buttons scrolled off. Another file opens at the top, in the column and in the Preview tab.
     */
    @Test
    void anotherFileOpensAtTheTopOfThePane(FxRobot robot) {
        TestWindow.resize(stage, 900, 560);
        select(LONG_TITLE + ".txt");
        ScrollPane column = robot.lookup("#detail-scroll").queryAs(ScrollPane.class);
        robot.moveTo(verticalBarOf(column));
        scrollUntil(robot, "the column is scrolled to its end", () -> column.getVvalue() >= column.getVmax());
        ScrollPane details = robot.lookup("#preview-details").queryAs(ScrollPane.class);
        FxWait.onFx(() -> {
            details.setVvalue(details.getVmax());
            return true;
        });

        select("Partner Price List v5.txt");

        FxWait.until("the column and the Preview tab are at their top", () -> column.getVvalue() == column.getVmin()
                && details.getVvalue() == details.getVmin() && inView(robot.lookup("#preview-title").query()),
                () -> FxWait.onFx(() -> "column at " + column.getVvalue() + ", preview at " + details.getVvalue()));
    }

    private ResultItem select(String fileName) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 2);
        ResultItem item = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals(fileName)).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(item);
            return true;
        });
        FxWait.until("the preview shows it", () -> item.equals(vm.preview().itemProperty().get()));
        return item;
    }

    /** The pane's own vertical scroll bar (not one of a pane inside it): the wheel over it scrolls that pane. */
    private static Node verticalBarOf(ScrollPane pane) {
        FxWait.until("the pane has a scroll bar", () -> pane.getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()));
        return FxWait.onFx(() -> pane.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL).findFirst()
                .orElseThrow());
    }

    /** A point on the screen inside the node, near its lower left corner. */
    private static Point2D nearTheBottomOf(Node node) {
        return FxWait.onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getMinX() + 30, b.getMaxY() - 12);
        });
    }

    /** Turns the mouse wheel over where the mouse is until the condition holds. */
    private static void scrollUntil(FxRobot robot, String what, Supplier<Boolean> condition) {
        for (int i = 0; i < 60 && !FxWait.onFx(condition); i++) {
            robot.scroll(1, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        FxWait.until(what, condition);
    }

    private static Label factLabel(FxRobot robot, String text) {
        return robot.lookup("#facts .label").queryAllAs(Label.class).stream().filter(l -> l.getText().equals(text))
                .findFirst().orElseThrow();
    }

    private static Node factValue(FxRobot robot, Label label) {
        GridPane facts = robot.lookup("#facts").queryAs(GridPane.class);
        return facts.getChildren().stream().filter(n -> n instanceof WrappingText
                && GridPane.getRowIndex(n).equals(GridPane.getRowIndex(label))).findFirst().orElseThrow();
    }

    /**
     * Whether the node is drawn whole where the rep can see it: inside the window and inside every scrolling
     * pane, tab pane and column it is in.
     */
    private static boolean inView(Node node) {
        Bounds b = bounds(node);
        if (b.getHeight() <= 0 || b.getMinY() < 0 || b.getMaxY() > node.getScene().getHeight()) {
            return false;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TabPane || p.getStyleClass().contains("preview-view")) {
                Bounds outer = bounds(p);
                if (b.getMinY() < outer.getMinY() - 0.5 || b.getMaxY() > outer.getMaxY() + 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
