package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.preview.PreviewViewModel;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.ResultOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How the window holds together: a malformed query is told without moving the window, a file whose
 * text could not be read says why in one sentence, at the smallest window size the preview column
 * shows all of itself, and rows with feedback typed and not saved are marked.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        Fixtures.writeOfficeFiles(folder);
        Files.writeString(folder.resolve("Broken Proposal.docx"), "PK\u0003\u0004 not really a Word document");
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow window = TestWindow.show(stage, context, 1280, 800);
        vm = window.vm();
        view = window.view();
    }

    @Test
    void aMalformedQueryIsToldWithoutMovingTheWindow(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 8);
        double tabsTop = FxWait.onFx(() -> top(view.tabs()));

        robot.clickOn("#search-box").write("commented:maybe");
        // (each keystroke is explained: wait for the last one's sentence)
        FxWait.until("the query is explained", () -> robot.lookup("#query-error").queryAs(Label.class).isVisible()
                && robot.lookup("#query-error").queryAs(Label.class).getText()
                        .equals("Write commented:yes or commented:no, not \"maybe\"."));
        assertThat(FxWait.onFx(() -> top(view.tabs()))).as("the tabs stay where they were").isEqualTo(tabsTop);
    }

    /**
     * Window test 12, F13: clicking "Name" in the open Sort list closed it without changing the order (seen on a display
     * without a window manager). Headless, a click on an item of the open list changes the order.
     */
    @Test
    void clickingAnItemOfTheOpenSortListChangesTheOrder(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 8);
        ComboBox<?> order = robot.lookup("#order").queryAs(ComboBox.class);
        robot.clickOn(order);
        FxWait.until("the list is open", order::isShowing);

        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> cell && !cell.isEmpty()
                && "Name".equals(cell.getText()) && cell.getScene() != order.getScene()).queryAs(ListCell.class));

        FxWait.until("the order is Name and the list closed", () -> vm.search().orderProperty().get() == ResultOrder.NAME
                && !order.isShowing());
        FxWait.onFx(() -> {
            vm.search().orderProperty().set(ResultOrder.RELEVANCE); // the next tests' order
            return true;
        });
    }

    @Test
    void aFileWhoseTextCouldNotBeReadSaysWhyInOneSentence(FxRobot robot) {
        ResultItem broken = select("Broken Proposal.docx");
        assertThat(broken.hit().failure()).startsWith("corrupt");
        FxWait.until("the preview says why there is none", () -> vm.preview().pictureNoteProperty().get().length() > 0);

        assertThat(FxWait.onFx(() -> List.copyOf(vm.preview().facts()))).contains(new PreviewViewModel.Fact("Note",
                "Its text could not be read: the file is damaged or not in the format its name says."));
        assertThat(vm.preview().pictureNoteProperty().get()).isEqualTo("No preview: its text could not be read.");
    }

    @Test
    void atTheSmallestSizeThePreviewColumnShowsAllOfItself(FxRobot robot) {
        select("Acme Pricing Guide 2025.pdf");
        FxWait.until("the preview is built", () -> robot.lookup("#preview-actions").tryQuery().isPresent()
                && robot.lookup("#feedback-comment").tryQuery().isPresent());
        SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
        double[] dividers = FxWait.onFx(split::getDividerPositions);
        FxWait.onFx(() -> {
            stage.setWidth(900);
            stage.setHeight(560);
            return true;
        });
        FxWait.until("the window is at its smallest", () -> stage.getScene().getWidth() == 900);

        FxWait.until("every part of the preview is inside its column", () -> {
            Bounds column = bounds(split.getItems().get(2));
            List<Node> parts = new ArrayList<>(robot.lookup("#preview-actions").query().lookupAll(".button"));
            parts.addAll(robot.lookup(".feedback-tag").queryAll());
            parts.addAll(robot.lookup("#preview-tabs .tab").queryAll());
            parts.add(robot.lookup("#feedback-comment").query());
            parts.add(robot.lookup("#save-feedback").query());
            return parts.size() > 12 && parts.stream().filter(Node::isVisible).map(WindowLayoutTest::bounds)
                    .allMatch(b -> b.getMinX() >= column.getMinX() - 0.5 && b.getMaxX() <= column.getMaxX() + 0.5);
        });

        FxWait.onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            return true;
        });
        FxWait.until("the columns are back where they were", () -> {
            double[] now = split.getDividerPositions();
            return Math.abs(now[0] - dividers[0]) < 0.005 && Math.abs(now[1] - dividers[1]) < 0.005;
        });
    }

    /** Window re-test 18, R10: with no file selected, the empty preview kept the last file's type icon (a monitor). */
    @Test
    void theEmptyPreviewShowsNoFileTypeOnceNoFileIsSelected(FxRobot robot) {
        select("Q3 Product Launch.pptx");
        FontIcon icon = robot.lookup(".big-kind-icon").queryAs(FontIcon.class);
        FxWait.until("the preview's icon is a deck's", () -> icon.getIconCode() == Feather.MONITOR);

        FxWait.onFx(() -> {
            vm.search().select(null);
            return true;
        });

        FxWait.until("the icon is no file type's", () -> icon.getIconCode() == Feather.FILE,
                () -> FxWait.onFx(() -> String.valueOf(icon.getIconCode())));
    }

    @Test
    void aFileWithFeedbackTypedAndNotSavedIsMarkedInTheList(FxRobot robot) {
        select("Retail Case Study.txt");
        FxWait.until("the comment box is there", () -> robot.lookup("#feedback-comment").tryQuery().isPresent());
        robot.clickOn("#feedback-comment").write("Send it with the price list");
        select("Onboarding Checklist.txt");

        FxWait.until("the case study's row is marked", () -> markedRows(robot).equals(List.of("Retail Case Study.txt")));
        FxWait.onFx(() -> {
            vm.feedback().discardAllUnsaved();
            return true;
        });
        FxWait.until("no row is marked", () -> markedRows(robot).isEmpty());
    }

    @Test
    void aCommentMixingHebrewAndArabicIsShownInTheBoxAsTheHistoryShowsIt(FxRobot robot) {
        String mixed = "Customer loved it שלום עולם مرحبا (RTL) end";
        select("Email Templates.md");
        FxWait.until("the comment box is there", () -> robot.lookup("#feedback-comment").tryQuery().isPresent());
        robot.clickOn("#feedback-comment").write("Customer loved it");
        FxWait.onFx(() -> {
            vm.feedback().commentProperty().set(mixed);
            return true;
        });
        WrappingText shown = robot.lookup("#feedback-comment-shown").queryAs(WrappingText.class);
        assertThat(shown.isVisible()).as("not while the rep edits it").isFalse();

        robot.clickOn("#save-feedback");
        FxWait.until("it is saved", () -> vm.feedback().statusProperty().get().startsWith("Saved"));
        FxWait.until("the box shows it drawn a word at a time", shown::isVisible);
        assertThat(shown.getText()).isEqualTo(mixed);
        assertThat(shown.getChildren()).extracting(n -> ((Text) n).getText())
                .containsExactly("Customer ", "loved ", "it ", "שלום ", "עולם ", "مرحبا ", "(RTL) ", "end");
        assertThat(robot.lookup("#feedback-comment").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("covered")); // its own drawing hidden under it

        robot.clickOn("#feedback-comment");
        FxWait.until("editing shows the box's own drawing", () -> !shown.isVisible());
    }

    /** The files whose rows carry the mark of feedback typed and not saved. */
    private static List<String> markedRows(FxRobot robot) {
        return robot.lookup(".result-cell").queryAllAs(ResultCell.class).stream()
                .filter(c -> c.getItem() != null && !c.isEmpty() && c.lookup(".badge-draft") != null)
                .map(c -> c.getItem().hit().fileName()).sorted().toList();
    }

    /**
     * Window re-test 13, N3: after Withdraw and then Undo the detail column was left scrolled down ~100 px, the file's
     * title and its Open button off the top: the button clicked disappears, and the focus went on to a node further
     * down, which the column scrolled to. The focus stays with the feedback's buttons, and the column where it was.
     */
    @Test
    void withdrawThenUndoLeavesTheDetailColumnWhereItWas(FxRobot robot) {
        select("Onboarding Checklist.txt");
        FxWait.until("the feedback form is there", () -> robot.lookup("#tag-worked").tryQuery().isPresent());
        try {
            ScrollPane column = robot.lookup("#detail-scroll").queryAs(ScrollPane.class);
            robot.clickOn("#tag-worked");
            robot.clickOn("#save-feedback");
            FxWait.until("the feedback is saved", () -> robot.lookup("#withdraw-feedback").queryButton().isVisible());
            FxWait.onFx(() -> {
                column.setVvalue(column.getVmin());
                return true;
            });

            robot.clickOn("#withdraw-feedback");
            FxWait.until("it can be undone", () -> robot.lookup("#undo-withdraw").queryButton().isVisible(), () -> FxWait.onFx(
                    () -> "status \"" + vm.feedback().statusProperty().get() + "\", withdraw at "
                            + bounds(robot.lookup("#withdraw-feedback").queryButton()) + ", column at " + column.getVvalue()));
            FxWait.until("the column has not moved, and the focus is on Undo", () -> column.getVvalue() == column.getVmin()
                    && robot.lookup("#undo-withdraw").queryButton().isFocused(), () -> FxWait.onFx(() ->
                    "at " + column.getVvalue() + ", focus on " + stage.getScene().getFocusOwner()));
            robot.clickOn("#undo-withdraw");
            FxWait.until("it is given again", () -> robot.lookup("#withdraw-feedback").queryButton().isVisible());

            FxWait.until("the column has not moved, and the focus is on Withdraw", () -> column.getVvalue()
                    == column.getVmin() && robot.lookup("#withdraw-feedback").queryButton().isFocused(), () -> FxWait.onFx(
                    () -> "at " + column.getVvalue() + ", focus on " + stage.getScene().getFocusOwner()));
        } finally {
            FxWait.onFx(() -> {
                vm.feedback().withdraw(); // the next tests' state
                return true;
            });
        }
    }

    private ResultItem select(String fileName) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 8);
        ResultItem item = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals(fileName)).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(item);
            return true;
        });
        return item;
    }

    private static double top(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
