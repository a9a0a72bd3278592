package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackEntry;
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
 * rc19 minor 5: at a 1280 by 800 window the Report tab's "Answer the feedback" row was cut by the team folder's bar
 * under it. At that size (a common laptop screen) the whole report fits above the bar: every part of it, the answer
 * form and the line under it last, is drawn whole inside the report's view, with nothing left to scroll to.
 */
@ExtendWith(ApplicationExtension.class)
class ReportAtLaptopSizeWindowTest {

    @TempDir
    static Path temp;

    private static AppContext context;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
        for (String name : List.of("Retail Case Study.txt", "Onboarding Checklist.txt")) { // feedback to answer
            Path file = folder.resolve(name);
            context.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(), ContentHasher.hash(file),
                    file.toString(), "root", Instant.now().minusSeconds(60), List.of("worked"), null, null, null, null));
        }
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = TestWindow.show(stage, context, 1280, 800).vm();
    }

    @Test
    void theWholeReportWithItsAnswerFormFitsAboveTheTeamBar(FxRobot robot) {
        robot.clickOn("#report-tab");
        FxWait.until("the feedback waits for an answer, under its form", () -> vm.report().waiting().size() == 2
                && robot.lookup(".report-view #answer-fields").query().isVisible()
                && robot.lookup(".report-view #answer-message").query().isVisible());
        List<String> parts = List.of("#report-summary", "#report-valued", "#report-unused", "#report-tags-chart",
                "#report-search-gaps", "#report-loop-months", "#report-waiting", "#answer-status", "#answer-note",
                "#answer-send", "#answer-fixed-by", "#answer-message");

        FxWait.until("every part of the report is inside its view, above the team bar", () -> cut(robot, parts).isEmpty(),
                () -> FxWait.onFx(() -> cut(robot, parts).toString()));
        ScrollPane report = robot.lookup(".report-view .scroll-pane").queryAs(ScrollPane.class);
        assertThat(FxWait.onFx(() -> report.getContent().getLayoutBounds().getHeight()
                - report.getViewportBounds().getHeight())).as("nothing to scroll to").isLessThanOrEqualTo(0.5);
    }

    /** The parts not drawn whole inside the report's view (above the team bar), with where they are and where it is. */
    private static List<String> cut(FxRobot robot, List<String> ids) {
        ScrollPane report = robot.lookup(".report-view .scroll-pane").queryAs(ScrollPane.class);
        Node viewport = report.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Node bar = robot.lookup(".report-view .team-bar").query();
        Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
        List<String> cut = new ArrayList<>();
        for (String id : ids) {
            Node part = robot.lookup(".report-view " + id).query();
            Bounds b = part.localToScene(part.getLayoutBounds());
            if (b.getHeight() <= 0 || b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5
                    || b.getMaxY() > barBounds.getMinY() + 0.5) {
                cut.add(id + " " + b.getMinY() + "–" + b.getMaxY());
            }
        }
        if (!cut.isEmpty()) {
            cut.add("view " + view.getMinY() + "–" + view.getMaxY() + ", team bar from " + barBounds.getMinY()
                    + ", the report " + report.getContent().getLayoutBounds().getHeight() + " high");
        }
        return cut;
    }
}
