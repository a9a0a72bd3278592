package org.collateralfinder.gui;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Sentences too long for their line wrap onto more lines, whole, and the buttons beside them keep their
 * labels, at the smallest window: the team folder bar, the empty result list, the About window (window
 * retest 6 N9, N10).
 */
@ExtendWith(ApplicationExtension.class)
class LongSentencesWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        context = TestWindow.indexed(temp.resolve("data"), Fixtures.writeTextFiles(temp.resolve("Marketing")),
                Duration.ofMillis(60), Duration.ofSeconds(120));
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
    void smallest() {
        TestWindow.resize(stage, 900, 560);
    }

    @AfterEach
    void restoreTheWindowSize() {
        TestWindow.resize(stage, 1280, 800); // the next tests' size (they share the stage)
    }

    /**
     * Why an empty team folder cannot be reached is said once, whole, under the waiting feedback; the bar says it
     * short, with its buttons whole (window test 9, New 10: the bar repeated the whole long sentence).
     */
    @Test
    void anEmptyTeamFolderIsSaidWholeOnceAndTheBarSaysItShortWithItsButtonsWhole(FxRobot robot) throws IOException {
        Path shared = Files.createDirectories(temp.resolve("Shared drive"));
        Files.writeString(shared.resolve("Readme.txt"), "The team's shared drive.");
        Path team = shared.resolve("Team feedback of the enterprise sales organisation");
        robot.clickOn("#report-tab");
        FxWait.onFx(() -> {
            vm.report().chooseTeamFolder(team);
            return true;
        });
        FxWait.until("the team folder is made", () -> vm.report().syncStatusProperty().get().startsWith("Created"));
        try (Stream<Path> files = Files.walk(team)) { // the share is not mounted: its mount point is an empty folder
            for (Path p : files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(team)).toList()) {
                Files.delete(p);
            }
        }

        FxWait.onFx(() -> {
            vm.report().syncNow();
            return true;
        });

        FxWait.until("the bar says it cannot be reached, and where why is said", () -> vm.report().syncStatusProperty()
                .get().equals("It cannot be reached now (why, and what to do, is said under Waiting for an answer); 0 "
                        + "entries wait for the next sync."), () -> vm.report().syncStatusProperty().get());
        FxWait.until("the bar's line shows whole, and both buttons say what they do", () -> {
            Labeled status = robot.lookup("#sync-status").queryAs(Labeled.class);
            return drawnWhole(status) && inWindow(status)
                    && drawn(robot.lookup("#choose-team-folder").queryAs(Button.class)).equals("Choose team folder…")
                    && drawn(robot.lookup("#team-sync").queryAs(Button.class)).equals("Sync now");
        });
        // window test 8, finding 6: the answer form's line said the same, cut with "…" after one line
        FxWait.onFx(() -> {
            robot.lookup(".report-view .scroll-pane").queryAs(ScrollPane.class).setVvalue(1.0); // the form is last
            return true;
        });
        FxWait.until("the answer form's line says it whole, on more lines, inside the window", () -> {
            Labeled hint = robot.lookup(".report-view #answer-message").queryAs(Labeled.class);
            return hint.getText().startsWith("The team folder " + team + " cannot be reached: it is empty")
                    && hint.isVisible() && texts(hint).stream().map(Text::getText).reduce("", String::concat)
                    .replaceAll("\\s+", "").equals(hint.getText().replaceAll("\\s+", ""))
                    && hint.getHeight() > 2 * hint.getFont().getSize() && inWindow(hint);
        }, () -> FxWait.onFx(() -> {
            Labeled hint = robot.lookup(".report-view #answer-message").queryAs(Labeled.class);
            return "\"" + hint.getText() + "\" drawn as \"" + texts(hint).stream().map(Text::getText)
                    .reduce("", String::concat) + "\", " + hint.getHeight() + " high, at "
                    + hint.localToScene(hint.getBoundsInLocal()) + ", visible " + hint.isVisible();
        }));
    }

    @Test
    void theEmptyListForAnUnmatchedQueryWrapsItsTipsAlsoWithHebrewInThem(FxRobot robot) {
        FxWait.onFx(() -> {
            vm.search().queryProperty().set("מחירון");
            return true;
        });
        FxWait.until("the empty list says why", () -> vm.search().emptyTipsProperty().get()
                .contains("like מחיר*"));

        // cut with "…" at the end of each line, the tips lost half their words
        FxWait.until("every tip is shown whole, on as many lines as it takes", () -> {
            Node tips = robot.lookup("#empty-tips").query();
            List<Text> pieces = texts(tips);
            String shown = String.join("", pieces.stream().map(Text::getText).toList()).replaceAll("\\s+", "");
            return shown.equals(vm.search().emptyTipsProperty().get().replaceAll("\\s+", ""))
                    && pieces.stream().allMatch(LongSentencesWindowTest::inWindow)
                    && tips.getBoundsInLocal().getHeight() > 2 * 12; // more than one line: the results column is
            // 313 px wide at this window size, or 372 px since the count line keeps 160 px (three lines then)
        }, () -> FxWait.onFx(() -> {
            Node tips = robot.lookup("#empty-tips").query();
            return "tips " + tips.getBoundsInLocal() + " in a list " + robot.lookup("#results").queryAs(Region.class)
                    .getWidth() + " px wide, showing \"" + String.join("", texts(tips).stream().map(Text::getText)
                    .toList()) + "\"";
        }));
    }

    @Test
    void theReportShowsItsHeadingAndWhatEachEmptyListMeansWhole(FxRobot robot) {
        robot.clickOn("#report-tab");
        FxWait.until("the report is loaded", () -> !vm.report().summaryProperty().get().isEmpty());
        // at 900 px the summary and "No file is marked as not landing." ended in "…"
        FxWait.until("the summary and each list's heading and empty sentence show whole, inside the window", () -> {
            List<Labeled> shown = new ArrayList<>();
            shown.add(robot.lookup("#report-summary").queryAs(Labeled.class));
            for (String id : List.of("#report-valued", "#report-didnt-land", "#report-outdated", "#report-unused")) {
                ListView<?> list = robot.lookup(id).queryAs(ListView.class);
                Parent heading = (Parent) list.getParent().getChildrenUnmodifiable().getFirst();
                heading.getChildrenUnmodifiable().stream().map(Labeled.class::cast).forEach(shown::add);
                if (list.getItems().isEmpty()) {
                    shown.add((Labeled) list.getPlaceholder());
                }
            }
            return shown.size() >= 8 && shown.stream().allMatch(l -> texts(l).stream()
                    .filter(t -> !(t instanceof FontIcon)).map(Text::getText).reduce("", String::concat).replaceAll("\\s+", "")
                    .equals(l.getText().replaceAll("\\s+", "")) && inWindow(l));
        });
    }

    @Test
    void theAboutWindowIsAsTallAsWhatItShowsAndClosesWithItsCloseButton(FxRobot robot) throws IOException {
        // a source whose path wraps onto more lines in the About window
        context.registry().add(Files.createDirectories(temp.resolve("Regional marketing shares")
                .resolve("Northern Europe and the Baltic states").resolve("Enterprise and public sector campaigns 2026")),
                List.of());
        robot.clickOn("#about-button");
        FxWait.until("the About window opens", () -> robot.lookup("#about").tryQuery().isPresent()
                && robot.lookup("#about").query().getScene().getWindow().isShowing());
        Parent about = (Parent) robot.lookup("#about").query();
        // no band of empty space under its last line (there were some 200 px)
        FxWait.until("it is as tall as its content", () -> Math.abs(about.getScene().getHeight()
                - about.prefHeight(about.getScene().getWidth())) < 2);
        FxWait.until("Close is there, whole", () -> drawn(robot.lookup("#about-close").queryAs(Button.class))
                .equals("Close") && inWindow(robot.lookup("#about-close").query()));
        FxWait.until("every line of the facts is above the buttons", () -> lastLineOf(robot.lookup("#about-platform")
                .query()) <= sceneBounds(robot.lookup("#copy-diagnostics").query()).getMinY());

        robot.clickOn("#copy-diagnostics");
        FxWait.until("the diagnostics are shown above Close, inside the window", () -> {
            TextArea shown = robot.lookup("#diagnostics-text").queryAs(TextArea.class);
            return shown.isVisible() && !shown.getText().isEmpty() && shown.getHeight() >= 100 && inWindow(shown)
                    && inWindow(robot.lookup("#about-close").query());
        });

        robot.clickOn("#about-close");
        FxWait.until("the About window closes", () -> robot.lookup("#about").tryQuery().isEmpty());
    }

    /** Where the node's last line of text ends, in the window. */
    private static double lastLineOf(Node node) {
        return texts(node).stream().mapToDouble(t -> sceneBounds(t).getMaxY()).max().orElseThrow();
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** The text a labeled control draws: its own, or cut short with an ellipsis when it does not fit. */
    private static String drawn(Labeled control) {
        return ((Text) control.lookup(".text")).getText();
    }

    private static boolean drawnWhole(Labeled control) {
        return drawn(control).equals(control.getText());
    }

    /** The text nodes drawn in the node, in order. */
    private static List<Text> texts(Node node) {
        if (node instanceof Text text) {
            return List.of(text);
        }
        return node instanceof Parent p ? p.getChildrenUnmodifiable().stream().flatMap(n -> texts(n).stream()).toList()
                : List.of();
    }

    /** Whether the node lies whole inside its window. */
    static boolean inWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= node.getScene().getWidth() + 0.5
                && b.getMaxY() <= node.getScene().getHeight() + 0.5;
    }
}
