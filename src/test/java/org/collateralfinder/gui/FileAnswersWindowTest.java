package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Marketing's answers in a file's Feedback tab (issue 18; window retest 6, N6): the answer form answers the
 * feedback that belongs to the file, as {@code feedback respond FILE} does.
 */
@ExtendWith(ApplicationExtension.class)
class FileAnswersWindowTest {

    @TempDir
    Path temp;

    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static void index(AppContext context) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.indexer().start(p -> { }, stats -> done.countDown(), e -> done.countDown());
        assertThat(done.await(120, TimeUnit.SECONDS)).as("the indexing run ended").isTrue();
    }

    private TestWindow show(FxRobot robot, String query) {
        TestWindow window = FxWait.onFx(() -> TestWindow.show(stage, context, 1280, 800));
        FxWait.onFx(() -> {
            window.vm().dismissOwnFoldersOffer();
            return true;
        });
        FxWait.until("the window is drawn", () -> robot.lookup("#search-box").tryQuery().isPresent());
        robot.clickOn("#search-box").write(query);
        FxWait.until("the file is listed", 30, () -> window.view().results().list().getItems().size() == 1);
        FxWait.onFx(() -> {
            window.view().results().list().getSelectionModel().select(0);
            return true;
        });
        FxWait.until("the Feedback tab is there", 30, () -> robot.lookup("#history-tab").tryQuery().isPresent());
        robot.clickOn("#history-tab");
        return window;
    }

    /** Task: the window answers by the file, not by its content only (feedback given before an edit in place). */
    @Test
    void answeringAFileEditedInPlaceAnswersTheFeedbackGivenBeforeTheEdit(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path deck = Files.writeString(share.resolve("Capybara Deck.txt"), "capybara pricing deck");
        Path team = Files.createDirectories(temp.resolve("team-feedback"));
        Files.createDirectories(team.resolve("responses"));
        context = TestWindow.indexed(temp.resolve("marketing"), share, Duration.ofMillis(80), Duration.ofSeconds(120));
        new FeedbackPreferences(context.dataDirectory()).rememberTeamFolder(team);
        FeedbackEntry flagged = context.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(),
                ContentHasher.hash(deck), deck.toString(), "alice", Instant.now().minus(Duration.ofDays(2)),
                List.of("outdated"), 2, "Old prices.", null, null));
        Files.writeString(deck, " with new prices", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        index(context);

        show(robot, "capybara");
        FxWait.until("the form is shown", 30, () -> robot.lookup("#answer-send").tryQuery()
                .map(node -> node.isVisible()).orElse(false));
        robot.clickOn("#answer-note").write("Prices updated in this deck.");
        robot.clickOn("#answer-send");

        FxWait.until("the answer's outcome is told", 30, () -> !robot.lookup("#answer-message").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#answer-message").queryAs(Label.class).getText())
                .isEqualTo("Answered alice's feedback on Capybara Deck.txt: acknowledged. It reaches them at the next sync.");
        assertThat(context.feedback().responses().responsesOn(flagged.contentHash())).containsOnlyKeys(flagged.id());
    }
}
