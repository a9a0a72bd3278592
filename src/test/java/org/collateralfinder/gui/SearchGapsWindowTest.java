package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.SearchGap;
import org.collateralfinder.gui.report.ReportViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16, item 4 in the real window: the rep's searches that found nothing, or whose files they did not use, are
 * counted (a search whose file they copied is not), another laptop's weekly counts arrive with a sync, and the
 * Report lists them most searched first (a line of that log no app writes is skipped); the rep's switch turns
 * counting off and forgets what was not shared.
 */
@ExtendWith(ApplicationExtension.class)
class SearchGapsWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Path team;
    private MainViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        context = TestWindow.indexed(temp.resolve("data"), Fixtures.writeTextFiles(temp.resolve("Marketing")),
                Duration.ofMillis(60), Duration.ofSeconds(120));
        team = Files.createDirectories(temp.resolve("team"));
        new FeedbackPreferences(context.dataDirectory()).rememberTeamFolder(team);
        // another laptop's count of last week, and a line no app writes
        LocalDate lastWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        String laptop = UUID.randomUUID().toString();
        Files.createDirectories(team.resolve("gaps"));
        Files.writeString(team.resolve("gaps").resolve(laptop + ".jsonl"), "{\"v\":1,\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"search_gap\",\"laptop\":\"" + laptop + "\",\"week\":\"" + lastWeek + "\","
                + "\"query\":\"roi calculator\",\"searches\":3,\"found_nothing\":1,\"last\":\"" + lastWeek.plusDays(2)
                + "\"}\n{\"v\":1,\"broken\n");
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    private void search(FxRobot robot, String query) {
        robot.clickOn("#search-box").write(query);
        FxWait.until("the window answered " + query, () -> !vm.search().searchingProperty().get()
                && vm.search().shownRequestProperty().get().query().equals(query));
    }

    private void clear() {
        FxWait.onFx(() -> {
            vm.search().queryProperty().set("");
            return true;
        });
        FxWait.until("the box is empty and answered", () -> !vm.search().searchingProperty().get()
                && vm.search().shownRequestProperty().get().query().isEmpty());
    }

    @Test
    void searchesThatFoundNothingOrNothingUsedAreCountedAndListedMostSearchedFirstAndTheSwitchTurnsItOff(FxRobot robot) {
        search(robot, "gdpr checklist");
        clear();
        search(robot, "Onboarding Checklist");
        assertThat(FxWait.onFx(() -> vm.search().results().size())).isEqualTo(1);
        FxWait.onFx(() -> {
            vm.fileActions().copyPath(vm.search().results().getFirst().hit()); // used: found
            return true;
        });
        clear();
        search(robot, "retail");
        clear();
        search(robot, "battlecard zzz");
        clear();
        // (the window's first sync, 10 s after it opened, may have merged the other laptop's count already)
        FxWait.until("three searches are counted", () -> context.feedback().searchGaps().report().stream()
                .map(SearchGap::query).filter(query -> !query.equals("roi calculator")).toList()
                .equals(List.of("battlecard zzz", "gdpr checklist", "retail")),
                () -> context.feedback().searchGaps().report().toString());

        robot.clickOn("#report-tab");
        FxWait.onFx(() -> {
            vm.report().syncNow(); // merges the other laptop's counts
            return true;
        });
        String today = LocalDate.now().toString();
        LocalDate lastWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        List<String> expected = List.of(
                "roi calculator|3 searches (1 found nothing, 2 found files nobody used), last on " + lastWeek.plusDays(2),
                "battlecard zzz|1 search, found nothing, last on " + today,
                "gdpr checklist|1 search, found nothing, last on " + today,
                "retail|1 search, found files nobody used, last on " + today);
        FxWait.until("the report lists what was searched for and not found", () -> rows(robot).equals(expected),
                () -> FxWait.onFx(() -> rows(robot).toString()));
        assertThat(robot.lookup("#count-search-gaps").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#count-search-gaps");

        FxWait.until("what was not shared is forgotten", () -> rows(robot).equals(expected.subList(0, 1)),
                () -> FxWait.onFx(() -> rows(robot).toString()));
        assertThat(FxWait.onFx(() -> robot.lookup("#search-gaps-status").queryAs(Labeled.class).getText()))
                .isEqualTo("Searches that found nothing are no longer counted on this computer; 3 searches counted "
                        + "here and not shared yet were forgotten.");
        assertThat(new FeedbackPreferences(context.dataDirectory()).sharesSearchGaps()).isFalse();
        robot.clickOn("#search-tab");
        search(robot, "soc2 attestation");
        clear();
        assertThat(context.feedback().searchGaps().report()).extracting(SearchGap::query).containsExactly("roi calculator");
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(FxRobot robot) {
        ListView<ReportViewModel.Row> list = robot.lookup("#report-search-gaps").queryAs(ListView.class);
        return list.getItems().stream().map(row -> row.name() + "|" + row.detail()).toList();
    }
}
