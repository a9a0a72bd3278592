package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackResponses;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.ResponseStatus;
import org.collateralfinder.feedback.TeamFolderSync;
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

    /** Searches for {@code query} and selects its one result, {@code name}. */
    private static void select(TestWindow window, String query, String name) {
        FxWait.onFx(() -> {
            ((TextField) window.view().lookup("#search-box")).setText(query);
            return true;
        });
        FxWait.until(name + " is listed", 30, () -> window.view().results().list().getItems().size() == 1
                && window.view().results().list().getItems().getFirst().hit().fileName().equals(name));
        FxWait.onFx(() -> {
            window.view().results().list().getSelectionModel().select(0);
            return true;
        });
        FxWait.until(name + " is shown", 30, () -> window.vm().feedback().itemProperty().get() != null
                && window.vm().feedback().itemProperty().get().hit().fileName().equals(name));
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && node.getParent() != null
                && node.getScene() != null).orElse(false);
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
        FxWait.until("the form is shown", 30, () -> shown(robot, "#file-answer-form"));
        robot.clickOn("#answer-note").write("Prices updated in this deck.");
        robot.clickOn("#answer-send");

        FxWait.until("the answer's outcome is told", 30, () -> !robot.lookup("#answer-message").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#answer-message").queryAs(Label.class).getText())
                .isEqualTo("Answered alice's feedback on Capybara Deck.txt: acknowledged. It reaches them at the next sync.");
        assertThat(context.feedback().responses().responsesOn(flagged.contentHash())).containsOnlyKeys(flagged.id());
    }

    /**
     * Window retest 6, N4: the answer notice names the file the feedback is on and the file that fixes it as
     * the rep's index has them now (the feedback's file edited in place and renamed since; the fix at another
     * name than marketing gave), its link opens the fix where it is, and an open that fails leaves it unread.
     */
    @Test
    void theAnswerNoticeNamesAndLinksTheFilesAsTheyAreNowAndAFailedOpenLeavesItUnread(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(temp.resolve("my corpus"));
        Path battlecard = Files.writeString(share.resolve("globex-battlecard-v2.txt"), "globex battlecard, prices of 2025");
        Path fix = Files.writeString(share.resolve("acme-pricing-2026.txt"), "acme pricing sheet with the price row fixed");
        Path team = Files.createDirectories(temp.resolve("team"));
        Files.createDirectories(team.resolve("responses"));
        context = TestWindow.indexed(temp.resolve("rep"), share, Duration.ofMillis(80), Duration.ofSeconds(120));
        new FeedbackPreferences(context.dataDirectory()).rememberTeamFolder(team);
        String repName = context.feedback().user();
        String flaggedOn = ContentHasher.hash(battlecard);
        context.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(), flaggedOn, battlecard.toString(),
                repName, Instant.now().minus(Duration.ofDays(2)), List.of("outdated"), 2, "Price row wrong.", null, null));
        context.feedback().teamSync().sync(team);
        // marketing, on its laptop, sees the share at another path and the fix under its earlier name
        Path marketingShare = Path.of("/mnt/marketing/share");
        try (FeedbackDatabase marketing = FeedbackDatabase.open(temp.resolve("marketing/feedback"))) {
            new TeamFolderSync(marketing).sync(team);
            KnownFile onMarketing = new KnownFile(flaggedOn, marketingShare.resolve("globex-battlecard-v2.txt").toString());
            new FeedbackResponses(marketing).respond(new FeedbackResponses.Answer(onMarketing, Optional.empty(),
                    ResponseStatus.ADDRESSED, "Price row fixed in the new sheet",
                    marketingShare.resolve("acme-pricing.txt").toString(), ContentHasher.hash(fix), "maria"),
                    new FeedbackRepository(marketing).byFile(IndexedContents.of(List.of(onMarketing))), team);
            new TeamFolderSync(marketing).sync(team);
        }
        Files.writeString(battlecard, ", and of 2026", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        index(context);
        Path renamed = Files.move(battlecard, share.resolve("globex-battlecard-v3.txt"));
        index(context);
        context.feedback().teamSync().sync(team);

        TestWindow window = show(robot, "globex");
        FxWait.until("the notice shows", 30, () -> robot.lookup("#answer-notice").query().isVisible());
        assertThat(robot.lookup("#answer-notice-text").queryAs(Label.class).getText()).isEqualTo(
                "Marketing answered your feedback on globex-battlecard-v3: addressed — use acme-pricing-2026");
        assertThat(robot.lookup("#answer-notice-open").queryAs(Hyperlink.class).getText())
                .isEqualTo("Open acme-pricing-2026");
        assertThat(FxWait.onFx(() -> window.vm().answerNotices().fixPathProperty().get())).isEqualTo(fix.toString());
        FxWait.until("the file's history shows the answer", 30, () -> robot.lookup(".answer-fix-link").tryQuery()
                .isPresent());
        assertThat(robot.lookup(".answer-fix-link").queryAs(Hyperlink.class).getText()).isEqualTo("Open acme-pricing-2026");
        assertThat(window.view().results().list().getItems().getFirst().hit().path()).isEqualTo(renamed.toString());

        Files.delete(fix);
        robot.clickOn("#answer-notice-open");

        FxWait.until("the failure is told", 30, () -> window.vm().errorProperty().get() != null);
        assertThat(FxWait.onFx(() -> window.vm().errorProperty().get().sentence())).isEqualTo("acme-pricing-2026.txt "
                + "cannot be found in " + share + ": it was moved or deleted, or its share is offline.");
        assertThat(robot.lookup("#answer-notice").query().isVisible()).isTrue();
        assertThat(context.feedback().responses().unread(repName, IndexedContents.of(List.of()))).hasSize(1);
    }

    /**
     * Window retest 6, N6: the answer form shows only on a file with feedback to answer while the team's
     * responses folder can be reached; a file without feedback shows no form, and while the team folder is
     * gone the file with feedback says why in one line instead.
     */
    @Test
    void theAnswerFormShowsOnlyOnAFileWithFeedbackWhileTheTeamFolderCanBeReached(FxRobot robot) throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path flagged = Files.writeString(share.resolve("Aardwolf Deck.txt"), "aardwolf deck");
        Files.writeString(share.resolve("Aardwolf Sheet.txt"), "aardwolf sheet");
        Path team = Files.createDirectories(temp.resolve("team-feedback"));
        Files.createDirectories(team.resolve("responses"));
        context = TestWindow.indexed(temp.resolve("marketing"), share, Duration.ofMillis(80), Duration.ofSeconds(120));
        new FeedbackPreferences(context.dataDirectory()).rememberTeamFolder(team);
        context.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(), ContentHasher.hash(flagged),
                flagged.toString(), "alice", Instant.now().minus(Duration.ofDays(1)), List.of("worked"), 5, null, null, null));
        context.feedback().teamSync().sync(team);
        TestWindow window = show(robot, "aardwolf deck");
        FxWait.until("the form is shown on the file with feedback", 30, () -> shown(robot, "#file-answer-form"));
        assertThat(shown(robot, "#answer-unavailable")).isFalse();

        select(window, "aardwolf sheet", "Aardwolf Sheet.txt");
        FxWait.until("the form is gone on the file without feedback", 30, () -> !shown(robot, "#file-answer-form"));
        assertThat(shown(robot, "#answer-unavailable")).isFalse();

        Files.move(team, temp.resolve("team-away"));
        select(window, "aardwolf deck", "Aardwolf Deck.txt");
        FxWait.until("the file with feedback says why it cannot be answered now", 30,
                () -> shown(robot, "#answer-unavailable"));
        assertThat(robot.lookup("#answer-unavailable").queryAs(Label.class).getText()).isEqualTo("The team folder "
                + team + " cannot be reached: it is gone, as when its share is not mounted; answer once it is back.");
        assertThat(shown(robot, "#file-answer-form")).isFalse();
    }
}
