package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Draws the README screenshots from the real window over the sample collateral (the Northwind
 * Analytics files in assets/sample-collateral), with some feedback given. Not part of the suite:
 * {@code ./mvnw test -Dtest=ScreenshotTest -Dcollateralfinder.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "collateralfinder.screenshots", matches = "true")
class ScreenshotTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void indexSamples() throws Exception {
        context = AppContext.open(temp.resolve("data"), Platform::runLater,
                new AppContext.Options(true, false, 2, Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(80)));
        CountDownLatch done = new CountDownLatch(1);
        context.indexer().start(p -> { }, stats -> done.countDown(), e -> done.countDown());
        assertThat(done.await(180, TimeUnit.SECONDS)).isTrue();
        give("Pricing Deck v2 FINAL", "maria", 5, List.of(FeedbackTags.WORKED), "Closed Contoso with slide 4.", 3);
        give("Pricing Deck v2 FINAL", "jonas", 4, List.of(FeedbackTags.WORKED, FeedbackTags.CUSTOMER_ASKED), null, 9);
        give("Pricing Deck v2 FINAL", "priya", 5, List.of(FeedbackTags.WORKED), null, 20);
        give("Pricing Deck v1", "jonas", 2, List.of(FeedbackTags.OUTDATED), "Old prices; use v2.", 70);
        give("Pricing Deck v1", "maria", 2, List.of(FeedbackTags.OUTDATED), null, 40);
        give("Price Sheet Q3 2026", "priya", 4, List.of(FeedbackTags.CUSTOMER_ASKED), null, 5);
        give("Northwind Platform Brochure 2026", "maria", 5, List.of(FeedbackTags.WORKED), "Great leave-behind.", 2);
        give("Northwind Platform Brochure 2026", "sam", 4, List.of(FeedbackTags.WORKED), null, 45);
        give("Case Study - Contoso Retail", "sam", 5, List.of(FeedbackTags.WORKED, FeedbackTags.CUSTOMER_ASKED),
                "Retail prospects ask for it.", 33);
        give("Battlecard - vs Fabrikam", "jonas", 3, List.of(FeedbackTags.NEEDS_UPDATE), "Fabrikam changed pricing.", 15);
        give("One-Pager - Healthcare Compliance", "priya", 2, List.of(FeedbackTags.DIDNT_LAND), null, 50);
    }

    private static void give(String title, String user, int rating, List<String> tags, String comment, int daysAgo) {
        SearchHit hit = context.live().ungroupedSearch().search(new SearchRequest("", 100, Map.of(),
                SearchRequest.Order.NAME)).hits().stream().filter(h -> h.fileName().startsWith(title + "."))
                .findFirst().orElseThrow(() -> new AssertionError("no " + title));
        context.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(), hit.contentHash(), hit.path(),
                user, Instant.now().minus(Duration.ofDays(daysAgo)), tags, rating, comment, null, null));
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
        vm.dismissOwnFoldersOffer();
    }

    @Test
    void drawsTheMainWindowAndTheReport(FxRobot robot) throws Exception {
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the search settled", 30, () -> !vm.search().searchingProperty().get()
                && !view.results().list().getItems().isEmpty());
        FxWait.onFx(() -> {
            vm.search().dismissSuggestions();
            vm.dismissOwnFoldersOffer();
            vm.statusProperty().set("14 files indexed · feedback from 4 reps");
            var list = view.results().list();
            LoggerFactory.getLogger(ScreenshotTest.class).warn("Rows: {}", list.getItems().stream()
                    .map(i -> i.hit().fileName() + " " + ResultCellLine.of(i)).toList());
            list.getSelectionModel().select(list.getItems().stream()
                    .filter(i -> i.hit().fileName().equals("Northwind Platform Brochure 2026.pdf")).findFirst()
                    .orElse(list.getItems().stream().filter(i -> i.hit().extension().equals("pptx")
                            || i.hit().extension().equals("pdf")).findFirst().orElse(list.getItems().getFirst())));
            return true;
        });
        FxWait.until("the preview is drawn", 150, () -> robot.lookup("#preview-image").queryAs(ImageView.class).getImage() != null);
        robot.sleep(500);
        save("assets/screenshot-main.png");
        FxWait.onFx(() -> {
            vm.darkProperty().set(true);
            DesktopApp.applyTheme(true);
            return true;
        });
        robot.sleep(500);
        save("target/screenshot-main-dark.png");
        FxWait.onFx(() -> {
            vm.darkProperty().set(false);
            DesktopApp.applyTheme(false);
            return true;
        });
        robot.clickOn("#sources-tab");
        robot.sleep(800);
        save("target/screenshot-sources.png");
        robot.clickOn("#report-tab");
        robot.sleep(800);
        save("assets/screenshot-report.png");
        robot.clickOn("#about-button");
        robot.clickOn("#copy-diagnostics");
        FxWait.until("the diagnostics are shown", 30, () -> robot.lookup("#diagnostics-text").query().isVisible());
        robot.sleep(500);
        save(robot.lookup("#about").query().getScene(), "target/screenshot-about.png");
    }

    private static final class ResultCellLine {
        static String of(ResultItem i) {
            return ResultCell.othersLine(i.hit());
        }
    }

    private void save(String path) throws Exception {
        save(stage.getScene(), path);
    }

    private static void save(Scene scene, String path) throws Exception {
        WritableImage shot = FxWait.onFx(() -> scene.snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        Path file = Path.of(path);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }
}
