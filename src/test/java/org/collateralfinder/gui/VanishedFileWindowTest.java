package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.search.ResultItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The selected file deleted on disk while the window shows it (window test 8, finding 3): after the list
 * refreshes, no file is selected (not another one, with its own preview and feedback form), the detail pane
 * says the file is no longer there, and the feedback typed on it is given to no other file; with nothing selected,
 * the Feedback and Text tabs say so (finding 9).
 */
@ExtendWith(ApplicationExtension.class)
class VanishedFileWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path folder;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        Files.writeString(folder.resolve("Price Sheet v1.txt"), "Price sheet for partners: list prices.");
        Files.setLastModifiedTime(folder.resolve("Price Sheet v1.txt"), FileTime.from(Instant.now().minus(Duration.ofDays(9))));
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    @Test
    void aSelectedFileDeletedOnDiskLeavesNothingSelectedSaysSoAndGivesItsDraftToNoOtherFile(FxRobot robot)
            throws Exception {
        robot.clickOn("#search-box").write("customer");
        FxWait.until("both files are listed", () -> names().size() == 2
                && names().containsAll(List.of("Onboarding Checklist.txt", "Email Templates.md")));
        FxWait.onFx(() -> {
            vm.search().select(item("Email Templates.md"));
            return true;
        });
        FxWait.until("the comment box is there", () -> robot.lookup("#feedback-comment").tryQuery().isPresent());
        robot.clickOn("#feedback-comment").write("Send it after the demo");
        FxWait.until("the comment is in the form", () -> vm.feedback().commentProperty().get().equals("Send it after the demo"));

        Files.delete(folder.resolve("Email Templates.md"));
        FxWait.onFx(() -> {
            vm.sources().reindex(); // as the folder watch does when a file goes
            return true;
        });

        FxWait.until("the list no longer has it", () -> names().equals(List.of("Onboarding Checklist.txt")));
        FxWait.until("where it was shown, the detail pane says it is gone, and nothing is selected", () -> gone(robot)
                .equals("“Email Templates.md” is no longer there (deleted, moved or renamed), so no file is selected. Your "
                        + "unsaved feedback on it is kept: you are asked about it when you close the window.")
                && vm.search().selectedProperty().get() == null, () -> gone(robot) + " (selected "
                + FxWait.onFx(() -> String.valueOf(vm.search().selectedProperty().get())) + ", lost "
                + FxWait.onFx(() -> String.valueOf(vm.search().lostProperty().get())) + ", nothing shown \""
                + FxWait.onFx(() -> vm.preview().nothingShownProperty().get()) + "\")");
        assertThat(FxWait.onFx(() -> vm.search().selectedProperty().get())).isNull();
        assertThat(FxWait.onFx(() -> vm.feedback().itemProperty().get())).isNull();
        assertThat(FxWait.onFx(() -> robot.lookup("#results").queryListView().getSelectionModel().isEmpty())).isTrue();
        FxWait.until("the detail pane shows no file and no feedback form", () -> robot.lookup("#preview-title")
                .queryAs(WrappingText.class).getText().equals("Select a file to see it here")
                && !robot.lookup(".feedback-bar").query().isVisible());

        // finding 9: the tabs say nothing is selected, not "No feedback on this file yet." and "No matches"
        robot.clickOn("#history-tab");
        FxWait.until("the Feedback tab says no file is selected", () -> robot.lookup("#feedback-history-empty")
                .tryQueryAs(Label.class).map(Label::getText).orElse("").equals("No file is selected."));
        robot.clickOn("#text-tab");
        FxWait.until("the Text tab says no file is selected", () -> text(robot, "#text-note").equals("No file is selected.")
                && text(robot, "#match-position").isEmpty());

        FxWait.onFx(() -> {
            vm.search().select(item("Onboarding Checklist.txt"));
            return true;
        });
        FxWait.until("the checklist is shown", () -> robot.lookup("#preview-title").queryAs(WrappingText.class).getText()
                .equals("Onboarding Checklist"));
        assertThat(FxWait.onFx(() -> vm.feedback().commentProperty().get())).isEmpty();
        assertThat(FxWait.onFx(() -> vm.feedback().unsavedFiles())).containsExactly("Email Templates.md");
        FxWait.until("the sentence is gone", () -> !robot.lookup("#preview-nothing-shown").query().getParent().isVisible());
    }

    @Test
    void aSelectedFileNowListedUnderItsNewerVersionLeavesNothingSelectedAndSaysWhere(FxRobot robot) throws Exception {
        robot.clickOn("#search-box").write("price sheet");
        FxWait.until("the price sheet is listed and shown", () -> names().equals(List.of("Price Sheet v1.txt"))
                && vm.search().selectedProperty().get() != null);

        Files.writeString(folder.resolve("Price Sheet v2.txt"), "Price sheet for partners: list prices and discounts.");
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });

        FxWait.until("the new version heads the row, nothing is selected, and the detail pane says where the file is",
                () -> names().equals(List.of("Price Sheet v2.txt")) && vm.search().selectedProperty().get() == null
                        && gone(robot).equals("“Price Sheet v1.txt” is now listed under “Price Sheet v2.txt” as an older "
                        + "version, so no file is selected."), () -> names() + " " + gone(robot));
    }

    /**
     * Window test 9, New 9: the file came back (created again at the same path and indexed) and its row was listed
     * again, with its unsaved feedback, while the detail pane still said it was no longer there. It is the rep's
     * choice again: selected, shown, and the sentence is gone.
     */
    @Test
    void aVanishedFileThatComesBackIsSelectedAgainAndTheSentenceGoes(FxRobot robot) throws Exception {
        Path plan = Files.writeString(folder.resolve("Launch Plan.txt"), "Launch plan: the walrus campaign.");
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });
        robot.clickOn("#search-box").write("walrus");
        FxWait.until("the plan is listed and shown", () -> names().equals(List.of("Launch Plan.txt"))
                && robot.lookup("#preview-title").queryAs(WrappingText.class).getText().equals("Launch Plan"));

        Files.delete(plan);
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });
        FxWait.until("the detail pane says it is gone", () -> gone(robot).equals("“Launch Plan.txt” is no longer there "
                + "(deleted, moved or renamed), so no file is selected."), () -> names() + " " + gone(robot));

        Files.writeString(plan, "Launch plan: the walrus campaign.");
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });
        FxWait.until("it is listed, selected and shown again, and the sentence is gone",
                () -> names().equals(List.of("Launch Plan.txt")) && vm.search().selectedProperty().get() != null
                        && gone(robot).isEmpty()
                        && robot.lookup("#preview-title").queryAs(WrappingText.class).getText().equals("Launch Plan"),
                () -> names() + " " + vm.search().selectedProperty().get() + " " + gone(robot));
        assertThat(FxWait.onFx(() -> vm.search().selectedProperty().get().hit().path())).isEqualTo(plan.toString());
        assertThat(FxWait.onFx(() -> vm.search().lostProperty().get())).isNull();
    }

    private List<String> names() {
        return FxWait.onFx(() -> vm.search().results().stream().map(i -> i.hit().fileName()).toList());
    }

    private ResultItem item(String fileName) {
        return vm.search().results().stream().filter(i -> i.hit().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    /** What the detail pane says about the file it no longer shows, or "". */
    private static String gone(FxRobot robot) {
        return robot.lookup("#preview-nothing-shown").tryQueryAs(WrappingText.class)
                .filter(t -> t.getParent().isVisible()).map(WrappingText::getText).orElse("");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(VanishedFileWindowTest::labelText).orElse("");
    }

    private static String labelText(Node node) {
        return node instanceof Label label ? label.getText() : "";
    }
}
