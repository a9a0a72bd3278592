package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.ResponseStatus;
import org.collateralfinder.gui.preview.PreviewViewModel;
import org.collateralfinder.gui.report.ReportViewModel;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18 in the real window, both sides: marketing answers a rep's feedback from the Report tab of its
 * window, both sync through one team folder, and the rep's window shows the notice under the header with a
 * link to the fixing file; marked read, it is gone and does not come back. Snapshots of both windows are
 * written to target/ (the docs' screenshots are copied from them).
 */
@ExtendWith(ApplicationExtension.class)
class AnswerLoopWindowTest {

    @TempDir
    Path temp;

    private Stage stage;
    private AppContext marketing;
    private AppContext rep;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (marketing != null) {
            marketing.close();
        }
        if (rep != null) {
            rep.close();
        }
    }

    @Test
    void marketingAnswersInItsWindowAndTheRepsWindowTellsThemOnceWithTheFixOneClickAway(FxRobot robot)
            throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path deckV1 = Files.writeString(share.resolve("Pricing Deck v1.txt"), "pricing deck with the old prices");
        Path deckV2 = Files.writeString(share.resolve("Pricing Deck v2.txt"), "pricing deck with the new prices");
        Path team = Files.createDirectories(temp.resolve("team-feedback"));
        Files.createDirectories(team.resolve("responses"));

        rep = TestWindow.indexed(temp.resolve("rep"), share, Duration.ofMillis(80), Duration.ofSeconds(120));
        new FeedbackPreferences(rep.dataDirectory()).rememberTeamFolder(team);
        String repName = rep.feedback().user();
        rep.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(), ContentHasher.hash(deckV1),
                deckV1.toString(), repName, Instant.now().minus(Duration.ofDays(3)), List.of("didn't land"), 2,
                "Prices confused them.", null, null));
        rep.feedback().teamSync().sync(team);

        // marketing is someone else: an answer to one's own feedback is no news (window test 9, New 6)
        String login = System.getProperty("user.name");
        System.setProperty("user.name", "maria");
        try {
            marketing = TestWindow.indexed(temp.resolve("marketing"), share, Duration.ofMillis(80), Duration.ofSeconds(120));
        } finally {
            System.setProperty("user.name", login);
        }
        new FeedbackPreferences(marketing.dataDirectory()).rememberTeamFolder(team);
        TestWindow marketingWindow = FxWait.onFx(() -> TestWindow.show(stage, marketing, 1280, 800));
        FxWait.onFx(() -> {
            marketingWindow.vm().dismissOwnFoldersOffer();
            return true;
        });
        FxWait.until("marketing's window is drawn", () -> robot.lookup("#report-tab").tryQuery().isPresent());
        robot.clickOn("#report-tab");
        ReportViewModel report = marketingWindow.vm().report();
        // window test 8, finding 6: with no feedback at all the list said every piece had an answer, over a form
        FxWait.until("the empty list says there is no feedback, and no form shows", () -> text(robot, "#report-waiting-none")
                .equals("No feedback yet.") && !robot.lookup(".report-view #answer-fields").query().isVisible());
        robot.clickOn("#team-sync");
        FxWait.until("marketing's sync brought the rep's feedback", 60, () -> report.waiting().size() == 1);
        FxWait.until("the form shows", () -> robot.lookup(".report-view #answer-fields").query().isVisible());
        ListView<?> waiting = robot.lookup("#report-waiting").queryAs(ListView.class);
        // finding 8: the row names the file's folder as well
        FxWait.until("the waiting feedback names its file and folder", () -> robot.lookup("#report-waiting .label")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().endsWith("Prices confused them. · in share")));
        FxWait.onFx(() -> {
            waiting.getSelectionModel().select(0);
            report.answerForm().statusProperty().set(ResponseStatus.ADDRESSED);
            robot.lookup(".report-view .scroll-pane").queryAs(ScrollPane.class).setVvalue(1.0); // the form is last
            return true;
        });
        robot.clickOn("#answer-note").write("New pricing slide.");
        robot.clickOn("#answer-fixed-by").write(deckV2.toString());
        robot.clickOn("#answer-send");
        FxWait.until("the answer is saved", 60, () -> report.waiting().isEmpty());
        assertThat(robot.lookup("#answer-message").queryAs(Label.class).getText()).isEqualTo("Answered " + repName
                + "'s feedback on Pricing Deck v1.txt: addressed. It reaches them at the next sync.");
        FxWait.until("with nothing left to answer the form is gone, what it did is still said", () -> !robot
                .lookup(".report-view #answer-fields").query().isVisible() && robot.lookup(".report-view #answer-message").query().isVisible()
                && text(robot, "#report-waiting-none").equals("Every piece of feedback has an answer."));
        // finding 6: the month's figures ran off the list, which scrolled sideways at 1280 px
        FxWait.until("the month's figures show whole, without scrolling sideways", () -> {
            ListView<?> months = robot.lookup("#report-loop-months").queryAs(ListView.class);
            boolean sideways = months.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                    .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
            List<Label> lines = months.lookupAll(".label").stream().map(Label.class::cast)
                    .filter(l -> l.getText() != null && l.getText().startsWith("1 received")).toList();
            return !sideways && lines.size() == 1 && drawnWhole(lines.getFirst())
                    && lines.getFirst().localToScene(lines.getFirst().getLayoutBounds()).getMaxX()
                    <= months.localToScene(months.getLayoutBounds()).getMaxX();
        });
        FxWait.until("the loop's summary above it shows whole", () -> {
            Label summary = robot.lookup("#report-loop-summary").queryAs(Label.class);
            return summary.getText().startsWith("Answered by marketing: 1 received · 1 answered") && drawnWhole(summary);
        });
        FxWait.until("the report is drawn again", 30, () -> !robot.lookup("#report-tags-chart").queryAs(BarChart.class)
                .getData().isEmpty() && ((XYChart.Series<?, ?>) robot.lookup("#report-tags-chart").queryAs(BarChart.class)
                .getData().getFirst()).getData().size() == 1);
        snapshot("target/screenshot-answer-marketing.png");
        robot.clickOn("#team-sync");
        FxWait.until("marketing's answer reached the team folder", 60, () -> answersIn(team.resolve("responses"))
                .contains("New pricing slide."));

        TestWindow repWindow = FxWait.onFx(() -> TestWindow.show(stage, rep, 1280, 800));
        FxWait.onFx(() -> {
            repWindow.vm().dismissOwnFoldersOffer();
            return true;
        });
        FxWait.until("the rep's window is drawn", () -> robot.lookup("#report-tab").tryQuery().isPresent());
        robot.clickOn("#report-tab");
        robot.clickOn("#team-sync");
        FxWait.until("the notice shows", 60, () -> robot.lookup("#answer-notice").query().isVisible());
        assertThat(robot.lookup("#answer-notice-text").queryAs(Label.class).getText())
                .isEqualTo("Marketing answered your feedback on Pricing Deck v1: addressed — use Pricing Deck v2");
        assertThat(robot.lookup("#answer-notice-open").queryAs(Hyperlink.class).getText())
                .isEqualTo("Open Pricing Deck v2");
        robot.clickOn("#search-tab");
        FxWait.until("the new deck is shown", 30, () -> repWindow.vm().preview().facts().stream()
                .anyMatch(fact -> fact.label().equals("Path")));
        assertThat(FxWait.onFx(() -> List.copyOf(repWindow.vm().preview().facts())))
                .extracting(PreviewViewModel.Fact::label, PreviewViewModel.Fact::value)
                // the older version with the rep's feedback on it (window test 9: folded away, it was lost from sight)
                .contains(tuple("Path", deckV2.toString()), tuple("Older versions", deckV1 + " (Didn't land, ★ 2.0)"))
                .extracting(t -> t.toArray()[0]).doesNotContain("Copies");
        snapshot("target/screenshot-answer-rep.png");

        robot.clickOn("#answer-notice-dismiss");
        FxWait.until("the notice is gone", 30, () -> !robot.lookup("#answer-notice").query().isVisible());
        FxWait.until("the answer is saved as read", 30, () -> rep.feedback().responses()
                .unread(repName, IndexedContents.of(List.of())).isEmpty());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    /** Whether the label draws its whole text, on as many lines as it takes (no "…"). */
    private static boolean drawnWhole(Label label) {
        String drawn = label.lookupAll(".text").stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        return drawn.replaceAll("\\s+", "").equals(label.getText().replaceAll("\\s+", ""));
    }

    private static String answersIn(Path responses) {
        try (var files = Files.list(responses)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private void snapshot(String path) throws Exception {
        WritableImage shot = FxWait.onFx(() -> stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        Path file = Path.of(path);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
