package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.SearchGap;
import org.collateralfinder.feedback.SearchGaps;
import org.collateralfinder.feedback.SyncResult;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.gui.report.ReportViewModel;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.SavedSearchesViewModel;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Draws the README screenshots from the real window over the sample collateral (the Northwind
 * Analytics files in assets/sample-collateral), with some feedback given; then issue 16's two (docs/curation.md):
 * a rep's window after marketing curated and shared a kit from another laptop, and the marketing manager's Report.
 * Not part of the suite: {@code ./mvnw test -Dtest=ScreenshotTest -Dcollateralfinder.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "collateralfinder.screenshots", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the main window first, before issue 16's curation is given
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
        give(title, user, rating, tags, comment, daysAgo, null, null);
    }

    private static void give(String title, String user, int rating, List<String> tags, String comment, int daysAgo,
                             String stage, String industry) {
        SearchHit hit = hit(context, title);
        context.feedback().repository().add(new FeedbackEntry(UUID.randomUUID(), hit.contentHash(), hit.path(),
                user, Instant.now().minus(Duration.ofDays(daysAgo)), tags, rating, comment, stage, industry));
    }

    /** The sample file of that title (its name without the extension) as this laptop's index holds it. */
    private static SearchHit hit(AppContext on, String title) {
        return on.live().ungroupedSearch().search(new SearchRequest("", 100, Map.of(),
                SearchRequest.Order.NAME)).hits().stream().filter(h -> h.fileName().startsWith(title + "."))
                .findFirst().orElseThrow(() -> new AssertionError("no " + title));
    }

    private static KnownFile known(AppContext on, String title) {
        SearchHit hit = hit(on, title);
        return new KnownFile(hit.contentHash(), hit.path());
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
    @Order(1)
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

    /**
     * Issue 16's closing note (docs/curation.md, "What a rep and a marketing manager each see"): marketing, on a laptop
     * of its own, retires Pricing Deck v1 for v2, marks v2 official and shares a "Healthcare pitch kit"; two other
     * laptops' searches that found nothing last week are shared; the rep's laptop syncs, sets a healthcare deal,
     * searches "pricing" and saves the search; then the marketing manager's Report. Every step through the services
     * the window and the command line use; two data folders and one team folder.
     */
    @Test
    @Order(2)
    void drawsWhatARepAndAMarketingManagerSeeOfCurationCollectionsDealsAndSearchGaps(FxRobot robot) throws Exception {
        Path team = Files.createDirectories(temp.resolve("Marketing share").resolve(".collateral-feedback"));
        // made by whoever runs the share, writable by marketing only: curation, and marketing's answers to feedback
        Files.createDirectories(team.resolve("curation"));
        Files.createDirectories(team.resolve("responses"));
        // what worked in healthcare deals, and last year's deck the reps valued before it went out of date
        for (String rep : List.of("maria", "jonas", "priya")) {
            give("Pricing Deck v2 FINAL", rep, 5, List.of(FeedbackTags.WORKED), null, 2, "proposal", "Healthcare");
        }
        give("Pricing Deck v1", "sam", 5, List.of(FeedbackTags.WORKED), "Closed Lakeside with it last year.", 300);
        give("Pricing Deck v1", "ana", 5, List.of(FeedbackTags.WORKED), null, 280);
        give("Pricing Deck v1", "lee", 4, List.of(FeedbackTags.WORKED), null, 260);
        new FeedbackPreferences(context.dataDirectory()).rememberTeamFolder(team);
        assertThat(context.feedback().teamSync().sync(team).writable()).isTrue(); // the reps' feedback reaches the team

        // two other reps' laptops: what they searched for last week and did not find
        Clock lastWeek = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(-7));
        Map<String, List<String>> searched = Map.of(
                "laptop-1", List.of("hipaa baa template", "hipaa baa template", "roi calculator", "epic integration"),
                "laptop-2", List.of("hipaa baa template", "roi calculator", "litware comparison", "hipaa baa template"));
        for (var laptop : searched.entrySet()) {
            try (FeedbackDatabase database = FeedbackDatabase.open(temp.resolve(laptop.getKey()).resolve("feedback"))) {
                SearchGaps gaps = new SearchGaps(database, lastWeek);
                laptop.getValue().forEach(query -> gaps.record(query, !query.equals("litware comparison")));
                assertThat(new TeamFolderSync(database, Clock.systemDefaultZone(), () -> true).sync(team)
                        .searchGapsPublished()).isPositive();
            }
        }

        // marketing's laptop: the same sample collateral in its own data folder, its own index and database
        AppContext marketing = AppContext.open(temp.resolve("marketing"), Platform::runLater,
                new AppContext.Options(true, false, 2, Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(80)));
        try {
            CountDownLatch indexed = new CountDownLatch(1);
            marketing.indexer().start(p -> { }, stats -> indexed.countDown(), e -> indexed.countDown());
            assertThat(indexed.await(180, TimeUnit.SECONDS)).isTrue();
            new FeedbackPreferences(marketing.dataDirectory()).rememberTeamFolder(team);
            SyncResult merged = marketing.feedback().teamSync().sync(team);
            assertThat(merged.writable()).isTrue();
            assertThat(merged.searchGapsMerged()).isEqualTo(6); // two laptops' three queries each
            Curations curations = marketing.feedback().curations();
            assertThat(curations.curate(new Curations.Request(List.of(known(marketing, "Pricing Deck v2 FINAL")),
                    CurationState.OFFICIAL, EXPIRES, "Maria Lopez",
                    null, "maria"), team).written()).isTrue();
            assertThat(curations.curate(new Curations.Request(List.of(known(marketing, "Pricing Deck v1")),
                    CurationState.RETIRED, null, "Maria Lopez", known(marketing, "Pricing Deck v2 FINAL"), "maria"), team)
                    .written()).isTrue();
            FileCollections collections = marketing.feedback().collections();
            List<KnownFile> kit = List.of(known(marketing, "One-Pager - Healthcare Compliance"),
                    known(marketing, "Pricing Deck v2 FINAL"), known(marketing, "Price Sheet Q3 2026"));
            FileCollection made = collections.create(KIT, "For hospital and clinic buyers: compliance, pricing, prices",
                    "maria").collection();
            made = collections.add(made, kit, collections.byFile(IndexedContents.of(kit)), "maria", team).collection();
            assertThat(collections.share(made, collections.byFile(IndexedContents.of(kit)), "maria", team).written())
                    .isTrue();

            // (the rep's window syncs on its own too, 10 s after it opened: what this sync merges depends on that one)
            assertThat(context.feedback().teamSync().sync(team).writable()).isTrue();
            assertThat(context.feedback().searchGaps().report()).extracting(SearchGap::query)
                    .containsExactly("hipaa baa template", "roi calculator", "epic integration", "litware comparison");
            drawTheRepsWindow(robot);
            drawTheMarketingManagersReport(robot, marketing);
        } finally {
            marketing.close();
        }
    }

    private static final String KIT = "Healthcare pitch kit";
    /** v2's official curation runs to the end of the month half a year on. */
    private static final LocalDate EXPIRES = LocalDate.now().plusMonths(7).withDayOfMonth(1).minusDays(1);

    /** Issue 16's scenes are wider than the README's: the columns show whole names, badges and the sidebar's kit. */
    private static final double WIDE = 1440;
    private static final double TALL = 900;
    private static final List<Double> COLUMNS = List.of(0.2, 0.63);

    /** The window on that laptop, its sample files indexed again as at a start, the welcome done. */
    private TestWindow show(AppContext on) {
        TestWindow window = FxWait.onFx(() -> TestWindow.show(stage, on, WIDE, TALL, COLUMNS));
        MainViewModel vm = window.vm();
        FxWait.onFx(() -> {
            vm.sources().reindex();
            return true;
        });
        FxWait.until("the start's indexing run ended", 120, () -> !vm.sources().runningProperty().get()
                && vm.statusProperty().get().startsWith("Ready:"));
        FxWait.onFx(() -> {
            vm.dismissOwnFoldersOffer();
            return true;
        });
        return window;
    }

    /** The rep's window: a healthcare deal, "pricing", the saved search, the kit in the sidebar, v2's detail. */
    private void drawTheRepsWindow(FxRobot robot) throws Exception {
        MainViewModel rep = show(context).vm();
        FxWait.onFx(() -> {
            rep.deal().industryProperty().set("Healthcare");
            rep.deal().stageProperty().set("proposal");
            rep.deal().apply();
            return true;
        });
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the search settled with the deal's reason on v2", 60, () -> !rep.search().searchingProperty().get()
                && rep.search().results().stream().anyMatch(i -> i.deal() != null && !i.deal().isEmpty()));
        FxWait.onFx(() -> {
            rep.search().dismissSuggestions();
            rep.savedSearches().save("Pricing for healthcare deals");
            return true;
        });
        FxWait.until("the saved search is listed", () -> rep.savedSearches().items().stream()
                .map(SavedSearchesViewModel.Item::name).toList().equals(List.of("Pricing for healthcare deals")));
        FxWait.onFx(() -> {
            rep.search().select(rep.search().results().stream()
                    .filter(i -> i.hit().fileName().equals("Pricing Deck v2 FINAL.pptx")).findFirst().orElseThrow());
            rep.dismissOwnFoldersOffer();
            return true;
        });
        FxWait.until("the preview is drawn", 150, () -> robot.lookup("#preview-image").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null).orElse(false));
        FxWait.until("the detail says which collections hold it", () -> robot.lookup(".collection-link").queryAll()
                .stream().map(n -> ((Hyperlink) n).getText()).toList().equals(List.of(KIT)));
        robot.sleep(800);
        save("target/draft-curation.png");

        List<String> rows = FxWait.onFx(() -> rep.search().results().stream().map(i -> i.hit().fileName() + " | "
                + (i.curation() == null ? "-" : i.curation().state()) + " | " + (i.deal() == null ? "-" : i.deal().reason()))
                .toList());
        List<String> official = FxWait.onFx(() -> texts(robot, ".badge-official"));
        List<String> deal = FxWait.onFx(() -> texts(robot, ".badge-deal"));
        List<String> retired = FxWait.onFx(() -> robot.lookup("#retired-use-instead").queryAllAs(Hyperlink.class).stream()
                .filter(Node::isVisible).map(Hyperlink::getText).toList());
        String curation = FxWait.onFx(() -> robot.lookup("#curation-summary").queryAs(Labeled.class).getText());
        List<String> kits = FxWait.onFx(() -> cellTexts(robot, "#collections-list"));
        List<String> saved = FxWait.onFx(() -> cellTexts(robot, "#saved-searches"));
        LoggerFactory.getLogger(ScreenshotTest.class).warn("Rep window: {} / {} / {} / {} / {} / {} / {}", rows, official,
                deal, retired, curation, kits, saved);
        assertThat(rows).containsExactly(
                "Pricing Deck v2 FINAL.pptx | OFFICIAL | worked in 3 Healthcare deals at proposal",
                "Price Sheet Q3 2026.xlsx | - | -", "Pricing Deck v1.pptx | RETIRED | -",
                "Northwind Platform Brochure 2026.pdf | - | -", "Discount Approval Matrix.csv | - | -");
        assertThat(robot.lookup("#deal-button").queryAs(Button.class).getText()).isEqualTo("Healthcare · proposal");
        assertThat(official).containsExactly("Official");
        assertThat(deal).containsExactly("Worked in 3 Healthcare deals at proposal");
        assertThat(retired).containsExactly("Retired — use Pricing Deck v2 FINAL.pptx");
        assertThat(curation).isEqualTo("Official · expires after " + EXPIRES + " · owner Maria Lopez (maria, "
                + LocalDate.now() + ")");
        assertThat(kits).containsExactly(KIT + " | 3 files · shared by maria · answers your search");
        assertThat(saved).containsExactly("Pricing for healthcare deals");
        save("assets/screenshot-curation.png");
    }

    /** The marketing manager's Report: what reps searched for and did not find, and the retired deck marked. */
    private void drawTheMarketingManagersReport(FxRobot robot, AppContext marketing) throws Exception {
        show(marketing);
        robot.clickOn("#report-tab");
        FxWait.until("the report lists the searches that found nothing", 60, () -> !reportRows(robot,
                "#report-search-gaps").isEmpty() && !reportRows(robot, "#report-valued").isEmpty());
        SearchHit v1 = hit(marketing, "Pricing Deck v1");
        LoggerFactory.getLogger(ScreenshotTest.class).warn("Marketing's curation of v1 at {}: {}", v1.path(),
                marketing.search().curationAt(Map.of(v1.path(), v1.contentHash())));
        LoggerFactory.getLogger(ScreenshotTest.class).warn("Report's files: {}", marketing.feedback().reporter()
                .report(List.of(known(marketing, "Pricing Deck v1"))).mostValued());
        FxWait.onFx(() -> { // the retired deck, fifth of the most valued, scrolled to and selected
            @SuppressWarnings("unchecked")
            ListView<ReportViewModel.Row> valued = robot.lookup("#report-valued").queryAs(ListView.class);
            ReportViewModel.Row retired = valued.getItems().stream().filter(row -> row.name().equals("Pricing Deck v1.pptx"))
                    .findFirst().orElseThrow();
            valued.scrollTo(retired);
            valued.getSelectionModel().select(retired);
            return true;
        });
        robot.sleep(800);
        save("target/draft-marketing.png");
        List<String> gaps = FxWait.onFx(() -> reportRows(robot, "#report-search-gaps"));
        List<String> valued = FxWait.onFx(() -> reportRows(robot, "#report-valued"));
        LoggerFactory.getLogger(ScreenshotTest.class).warn("Report: {} / {}", gaps, valued);
        String lastWeek = LocalDate.now().minusDays(7).toString();
        assertThat(gaps).containsExactly("hipaa baa template | 4 searches, all found nothing, last on " + lastWeek,
                "roi calculator | 2 searches, all found nothing, last on " + lastWeek,
                "epic integration | 1 search, found nothing, last on " + lastWeek,
                "litware comparison | 1 search, found files nobody used, last on " + lastWeek);
        assertThat(valued).contains("Pricing Deck v1.pptx | ★ 3.6 · 5 reps · Worked, Outdated · Retired — use Pricing "
                + "Deck v2 FINAL.pptx · owner Maria Lopez (maria, " + LocalDate.now() + ")");
        save("assets/screenshot-marketing.png");
    }

    @SuppressWarnings("unchecked")
    private static List<String> reportRows(FxRobot robot, String list) {
        return ((ListView<ReportViewModel.Row>) robot.lookup(list).queryAs(ListView.class)).getItems()
                .stream().map(row -> row.name() + " | " + row.detail()).toList();
    }

    private static List<String> texts(FxRobot robot, String style) {
        return robot.lookup(style).queryAll().stream().filter(Node::isVisible).map(n -> ((Labeled) n).getText()).toList();
    }

    /** The texts the cells of a list show (the labels of each cell joined by " | "), in order. */
    private static List<String> cellTexts(FxRobot robot, String list) {
        return robot.lookup(list).queryAs(ListView.class).lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node).filter(c -> c.getItem() != null && !c.isEmpty())
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(c -> c.getText() != null ? c.getText() : c.getGraphic().lookupAll(".label").stream()
                        .filter(Node::isVisible).map(n -> ((Labeled) n).getText()).filter(t -> !t.isEmpty())
                        .reduce((a, b) -> a + " | " + b).orElse(""))
                .distinct().toList();
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
