package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.model.DealContext;
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
 * The deal in the window's header (issue 16, item 3): set, the results rank what worked in deals like it first and
 * the row says why; feedback saved meanwhile records the deal's industry and stage; a deal that cannot be one is said
 * and the one in effect stays; the deal is remembered for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class DealWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path source;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        source = Files.createDirectories(temp.resolve("pitches"));
        for (String name : List.of("alpha", "bravo", "charlie")) {
            Files.writeString(source.resolve(name + " pitch.txt"), "hospital pricing pitch " + name);
        }
        context = TestWindow.indexed(temp.resolve("data"), source, Duration.ofMillis(60), Duration.ofSeconds(120));
        for (String rep : List.of("ann", "bob")) { // alpha worked in two retail deals
            give("alpha", rep, "retail");
        }
        give("bravo", "cy", "healthcare"); // bravo in one healthcare deal
    }

    private static void give(String name, String rep, String industry) throws Exception {
        Path file = source.resolve(name + " pitch.txt");
        context.feedback().repository().add(FeedbackEntry.create(ContentHasher.hash(file), file.toString(), rep,
                List.of(FeedbackTags.WORKED), null, null, null, industry));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    private List<String> rows() {
        return FxWait.onFx(() -> vm.search().results().stream().map(i -> i.hit().fileName().replace(" pitch.txt", ""))
                .toList());
    }

    @Test
    void aDealRanksWhatWorkedInDealsLikeItFirstSaysWhyAndFeedbackRecordsIt(FxRobot robot) throws Exception {
        robot.clickOn("#search-box").write("hospital pricing");
        FxWait.until("the team's feedback alone ranks alpha first", () -> rows().equals(List.of("alpha", "bravo",
                "charlie")), () -> rows().toString());
        assertThat(robot.lookup(".badge-deal").tryQuery()).isEmpty();
        assertThat(robot.lookup("#deal-button").queryAs(Button.class).getText()).isEqualTo("Deal");

        robot.clickOn("#deal-button");
        FxWait.until("the deal's fields open on the industry", () -> robot.lookup("#deal-industry").query().isFocused());
        robot.write("Healthcare").type(KeyCode.TAB).write("proposal").type(KeyCode.ENTER);
        FxWait.until("bravo, which worked in a healthcare deal, comes first", () -> rows().equals(List.of("bravo",
                "alpha", "charlie")), () -> rows().toString());
        FxWait.until("its row says why", () -> robot.lookup(".badge-deal").tryQuery()
                .map(b -> ((Labeled) b).getText()).orElse("").equals("Worked in 1 Healthcare deal"));
        assertThat(robot.lookup(".badge-deal").queryAll()).hasSize(1);
        assertThat(robot.lookup("#deal-button").queryAs(Button.class).getText()).isEqualTo("Healthcare · proposal");
        assertThat(robot.lookup("#deal-bar").query().isVisible()).isFalse();

        // feedback given now records the deal
        FxWait.onFx(() -> {
            vm.search().select(vm.search().results().stream().filter(i -> i.hit().fileName().equals("charlie pitch.txt"))
                    .findFirst().orElseThrow());
            return true;
        });
        FxWait.until("charlie is selected", () -> FxWait.onFx(() -> vm.search().selectedProperty().get() != null
                && vm.search().selectedProperty().get().hit().fileName().equals("charlie pitch.txt")));
        FxWait.until("the form says it saves the deal", () -> robot.lookup("#feedback-deal").queryAs(Labeled.class)
                .getText().equals("Feedback you save now records your deal: Healthcare · proposal."));
        robot.clickOn("#tag-worked");
        robot.clickOn("#save-feedback");
        Path charlie = source.resolve("charlie pitch.txt");
        FxWait.until("the entry is saved with the deal's industry and stage", () -> saved(charlie).isPresent());
        FeedbackEntry entry = saved(charlie).orElseThrow();
        assertThat(entry.industry()).isEqualTo("Healthcare");
        assertThat(entry.dealStage()).isEqualTo("proposal");
        // curation re-test 21, finding 2: the row says at once what the new entry says of the deal, and so does the
        // same search run again
        FxWait.until("charlie's row says the deal's new feedback", () -> reasonOf("charlie")
                .equals("worked in 1 Healthcare deal at proposal"), () -> reasonOf("charlie"));
        robot.doubleClickOn("#search-box").write("hospital pricing");
        FxWait.until("the same search run again says it too", () -> reasonOf("charlie")
                .equals("worked in 1 Healthcare deal at proposal") && rows().size() == 3, () -> reasonOf("charlie"));

        // what cannot be a deal is said, and the deal in effect stays
        robot.clickOn("#deal-button");
        FxWait.until("the fields are open", () -> robot.lookup("#deal-bar").query().isVisible());
        robot.clickOn("#deal-competitor").write("x".repeat(101)).type(KeyCode.ENTER);
        FxWait.until("the sentence says why", () -> robot.lookup("#deal-error").queryAs(Labeled.class).getText()
                .equals("The deal's competitor is 101 characters long; it may have at most 100."));
        assertThat(FxWait.onFx(() -> vm.deal().dealProperty().get())).isEqualTo(new DealContext("Healthcare",
                "proposal", null));
        robot.type(KeyCode.ESCAPE);
        FxWait.until("Escape closes the fields as the deal has them", () -> !robot.lookup("#deal-bar").query()
                .isVisible() && FxWait.onFx(() -> vm.deal().competitorProperty().get()).isEmpty());

        // remembered for the next start
        MainViewModel next = FxWait.onFx(() -> new MainViewModel(context, false));
        FxWait.until("the next start has the deal", () -> FxWait.onFx(() -> next.deal().dealProperty().get())
                .equals(new DealContext("Healthcare", "proposal", null)));

        robot.clickOn("#deal-button");
        robot.clickOn("#deal-clear");
        // (charlie now has a Worked as bravo has: which of them comes second is up to their times)
        FxWait.until("without a deal the team's feedback alone ranks again", () -> rows().getFirst().equals("alpha")
                && rows().size() == 3 && robot.lookup(".badge-deal").tryQuery().isEmpty(), () -> rows().toString());
        assertThat(robot.lookup("#deal-button").queryAs(Button.class).getText()).isEqualTo("Deal");
    }

    private String reasonOf(String name) {
        return FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals(name + " pitch.txt")).findFirst()
                .map(i -> i.deal() == null ? "(none)" : i.deal().reason()).orElse("(no row)"));
    }

    private static Optional<FeedbackEntry> saved(Path file) {
        try {
            String hash = ContentHasher.hash(file);
            return context.feedback().repository().list(Optional.of(hash)).stream().findFirst();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
