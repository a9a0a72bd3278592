package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.preview.PreviewViewModel;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Window test 9, New 2 and New 10, in the window at 1280 by 800: a plain search folds the deck two reps said "Didn't
 * land" on under its newer version. The row says what the older version carries, the detail pane's Older versions
 * too, the Feedback filter still offers it, and the row's "1 older version" link shows whole (it read "1 older
 * versi…").
 */
@ExtendWith(ApplicationExtension.class)
class OlderVersionFeedbackWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path old;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path source = temp.resolve("my corpus");
        Path folder = Files.createDirectories(source.resolve("older versions"));
        old = Files.writeString(folder.resolve("pricing-deck-2026.txt"), "Pricing Deck 2026: volume tiers for retail.");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
        Files.writeString(folder.resolve("pricing-deck-2026-v2.txt"),
                "Pricing Deck 2026 (revised): clearer volume tiers, 1-49 seats, 50-199 seats, 200+ seats.");
        context = TestWindow.indexed(temp.resolve("data"), source, Duration.ofMillis(60), Duration.ofSeconds(120));
        for (String rep : List.of("alice", "bob")) {
            context.feedback().repository().add(FeedbackEntry.create(ContentHasher.hash(old), old.toString(), rep,
                    List.of(FeedbackTags.DIDNT_LAND), null, null, null, null));
        }
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
    void theNewestVersionsRowSaysWhatItsOlderVersionCarriesAndItsVersionsLinkShowsWhole(FxRobot robot) {
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the newest version heads the one row and is shown", () -> vm.search().results().size() == 1
                && vm.search().results().getFirst().hit().fileName().equals("pricing-deck-2026-v2.txt")
                && vm.search().selectedProperty().get() != null);

        FxWait.until("the row says what its older version carries, whole", () -> robot.lookup(".badge-older")
                .tryQuery().map(b -> drawn((Labeled) b)).orElse("").equals("Older version: Didn't land ×2"));
        Labeled chip = robot.lookup(".badge-older").queryAs(Labeled.class);
        assertThat(FxWait.onFx(() -> chip.getTooltip().getText())).isEqualTo("Feedback on an older version listed under "
                + "this row:\npricing-deck-2026.txt: Didn't land ×2");

        Hyperlink versions = robot.lookup("#other-copies").queryAs(Hyperlink.class);
        FxWait.until("the versions link shows whole, inside its row", () -> versions.getText().equals("1 older version  ▾")
                && drawn(versions).equals(versions.getText()) && inside(versions, cellOf(versions)),
                () -> FxWait.onFx(() -> "\"" + drawn(versions) + "\" at " + versions.localToScene(
                        versions.getBoundsInLocal()) + " in " + cellOf(versions).localToScene(cellOf(versions)
                        .getBoundsInLocal())));

        FxWait.until("the Feedback filter offers Didn't land", () -> robot.lookup("#facet-tag-didn_t_land").tryQuery()
                .isPresent());
        FxWait.until("the detail pane's Older versions say it too", () -> vm.preview().facts().contains(
                new PreviewViewModel.Fact("Older versions", old + " (Didn't land ×2)")), () -> FxWait.onFx(
                        () -> vm.preview().facts().toString()));
        assertThat(robot.lookup("#facet-tag-didn_t_land").queryAs(Node.class).isVisible()).isTrue();
        assertThat(FxWait.onFx(() -> robot.lookup(".facet-title").queryAllAs(Label.class).stream()
                .filter(t -> t.getText().equals("FEEDBACK")).map(t -> t.getTooltip().getText()).toList()))
                .containsExactly("Counts rows: a row counts when its file, or a copy or version listed under it, has "
                        + "the feedback.");
    }

    /** The text the control draws, or "" while it draws none (not laid out yet). */
    private static String drawn(Labeled control) {
        return control.lookup(".text") instanceof Text text ? text.getText() : "";
    }

    private static Node cellOf(Node node) {
        Node at = node;
        while (!(at instanceof ListCell<?>)) {
            at = at.getParent();
        }
        return at;
    }

    private static boolean inside(Node node, Node in) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds outer = in.localToScene(in.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMinX() >= outer.getMinX() - 0.5 && b.getMaxX() <= outer.getMaxX() + 0.5;
    }
}
