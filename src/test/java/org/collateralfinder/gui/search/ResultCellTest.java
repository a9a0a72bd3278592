package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextLineInfo;
import javafx.stage.Stage;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.DesktopApp;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.ShownCuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Result rows as the list draws them: one height, whole snippet lines, badges, the copies that open. */
@ExtendWith(ApplicationExtension.class)
class ResultCellTest {

    private static final String LONG = "Pricing tiers for Starter, Growth and <b>Enterprise</b> plans, with volume discounts "
            + "and multi-year pricing for enterprise customers, the approval rules for discounts above twenty percent, "
            + "and the answers to the questions procurement teams ask most often about renewals and upgrades.";
    private static final String ARABIC = "وأعرب <b>الاتحاد</b> الجزائري وقتها عن \"أسفه لهذا الموقف غير المقبول والفردي وغير "
            + "الرياضي\"، وهدد \"باتخاذ كل الإجراءات لدى المنظمات المعنية للدفاع عن مصالحه والضرر الكبير الناجم عن ذلك\".";

    private final List<String> opened = new ArrayList<>();
    private final Set<String> expanded = new HashSet<>();
    private ListView<ResultItem> list;

    private static SearchHit hit(String path, String snippet, List<String> copies, List<String> versions) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new SearchHit(path, name, "pdf", "pdf", name, "/share/Decks", "/share", 1f, snippet,
                Instant.parse("2026-03-01T10:00:00Z"), 123_456, null, 3, "h" + path.hashCode(), null, copies, versions);
    }

    @Start
    void start(Stage stage) {
        // the window's theme and stylesheet: without the theme (set by whichever window test ran first in the same JVM)
        // the small text is 13 px and the row's measures differ when this class runs alone
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        list = new ListView<>();
        list.setCellFactory(v -> new ResultCell(expanded, opened::add));
        Scene scene = new Scene(list, 520, 700);
        scene.getStylesheets().add(DesktopApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void show(List<ResultItem> items) {
        WaitForAsyncUtils.asyncFx(() -> list.setItems(FXCollections.observableArrayList(items)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyRowIsOneHeightAndItsSnippetShowsWholeLinesOnly() throws Exception {
        FeedbackSummary rated = new FeedbackSummary("x", Map.of("worked", 2), 4.5, 2, true);
        show(List.of(
                new ResultItem(hit("/share/Decks/Empty.pdf", "", List.of(), List.of()), null, true),
                new ResultItem(hit("/share/Decks/Short.pdf", "One <b>line</b>.", List.of(), List.of()), rated, true),
                new ResultItem(hit("/share/Decks/Long.pdf", LONG + " " + LONG, List.of("/b/Long.pdf"), List.of()), null, false),
                new ResultItem(hit("/share/Decks/Arabic.pdf", ARABIC + " " + ARABIC, List.of(), List.of()), rated, true)));

        // measured on the FX thread once no row waits for a layout pass (a busy machine may not have run one yet)
        List<RowShape> rows = settledRows();
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(RowShape::height).distinct()).hasSize(1);
        for (RowShape row : rows) {
            assertThat(row.clip()).isLessThanOrEqualTo(row.snippetHeight());
            if (row.lineBottoms().size() > ResultCell.SNIPPET_LINES) { // cut after a whole line: no part of the next one shows
                assertThat(row.clip()).isEqualTo(Math.ceil(row.lineBottoms().get(ResultCell.SNIPPET_LINES - 1)));
                assertThat(row.lineTops().get(ResultCell.SNIPPET_LINES)).isGreaterThanOrEqualTo(row.clip() - 1);
            }
        }
    }

    /** A row's height, and its snippet's height, clip and lines (top and bottom of each), read together. */
    private record RowShape(double height, double snippetHeight, double clip, List<Double> lineTops,
                            List<Double> lineBottoms) {
    }

    private List<RowShape> settledRows() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            List<ResultCell> cells = filledCellsOnFx();
            return cells.size() == 4 && !list.isNeedsLayout()
                    && cells.stream().noneMatch(c -> c.isNeedsLayout() || c.lookup(".result-snippet").getClip() == null);
        }).get());
        return WaitForAsyncUtils.asyncFx(() -> filledCellsOnFx().stream().map(cell -> {
            WrappingText snippet = (WrappingText) cell.lookup(".result-snippet");
            List<TextLineInfo> lines = snippet.getLayoutInfo().getTextLines(false);
            return new RowShape(cell.getHeight(), snippet.getHeight(), ((Rectangle) snippet.getClip()).getHeight(),
                    lines.stream().map(l -> l.bounds().getMinY()).toList(),
                    lines.stream().map(l -> l.bounds().getMaxY()).toList());
        }).toList()).get();
    }

    private static ResultItem inFolder(String path, List<String> versions) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String folder = path.substring(0, path.lastIndexOf('/'));
        return new ResultItem(new SearchHit(path, name.replace(".txt", ""), "text", "txt", name, folder, "/tmp/my corpus",
                1f, "", Instant.parse("2026-03-01T10:00:00Z"), 96, null, 3, "h" + path.hashCode(), null, List.of(),
                versions), null, true);
    }

    private List<ResultCell> filledCells() throws Exception {
        // the rows are made in the layout pulse after the items are set, which under load can come after the events
        // waited for (CI at load 8: no row yet): wait for a row per item, then let the caller's assertions judge
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> filledCellsOnFx().size() >= list.getItems().size()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            // fewer rows than items: the assertions that follow say so
        }
        return WaitForAsyncUtils.asyncFx(this::filledCellsOnFx).get();
    }

    /** The rows showing an item, in list order; on the FX thread. */
    private List<ResultCell> filledCellsOnFx() {
        return list.lookupAll(".result-cell").stream().map(ResultCell.class::cast)
                .filter(c -> c.getItem() != null).sorted(Comparator.comparingInt(ResultCell::getIndex)).toList();
    }

    /**
     * Window test 9: both price lists' rows read "price-list.txt · 2025 (my corpus)" (New 5); a cut title had no
     * tooltip, and the versions link was cut to "1 older versi…" at 1280 px (New 10).
     */
    @Test
    void sameNamedRowsSayTheFoldersThatTellThemApartTitlesHaveATooltipAndTheVersionsLinkIsWhole() throws Exception {
        show(List.of(inFolder("/tmp/my corpus/emea/2025/price-list.txt", List.of()),
                inFolder("/tmp/my corpus/apac/2025/price-list.txt", List.of()),
                inFolder("/tmp/my corpus/older versions/product-overview-v2-with-a-rather-long-name.txt",
                        List.of("/tmp/my corpus/older versions/product-overview-v1.txt"))));

        List<ResultCell> cells = filledCells();
        assertThat(cells).hasSize(3);
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(cells).extracting(c -> ((Labeled) c.lookup(".result-name")).getText()
                    + ((Labeled) c.lookup(".result-where")).getText()).containsExactly(
                    "price-list.txt  ·  emea/2025 (my corpus)", "price-list.txt  ·  apac/2025 (my corpus)",
                    "product-overview-v2-with-a-rather-long-name.txt  ·  older versions (my corpus)");
            Labeled title = (Labeled) cells.get(1).lookup(".result-title");
            assertThat(title.getTooltip().getText()).isEqualTo("price-list\n/tmp/my corpus/apac/2025/price-list.txt");
            Hyperlink versions = (Hyperlink) cells.get(2).lookup("#other-copies");
            assertThat(versions.getText()).startsWith("1 older version");
            assertThat(shown(versions)).isEqualTo(versions.getText());
            return true;
        }).get();
    }

    /**
     * Issue 16 re-test r23, finding 7: a file named with a right-to-left override before "txt.odt" read "…'café' ▯do.txt"
     * in its row, an .odt passing for a text file, and its folder line read backwards too. The row shows the name in
     * the order of its letters, without the override; the tooltip too.
     */
    @Test
    void aFileNameHoldingARightToLeftOverrideIsShownInTheOrderOfItsLetters() throws Exception {
        show(List.of(inFolder("/tmp/my corpus/ünï \u200Fعربي/Climate 'café' \u202Etxt.odt", List.of())));

        List<ResultCell> cells = filledCells();
        assertThat(cells).hasSize(1);
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(((Labeled) cells.getFirst().lookup(".result-name")).getText()
                    + ((Labeled) cells.getFirst().lookup(".result-where")).getText())
                    .isEqualTo("Climate 'café' txt.odt  ·  ünï عربي (my corpus)"); // no box for the mark (window re-test 25, F4)
            assertThat(((Labeled) cells.getFirst().lookup(".result-title")).getTooltip().getText())
                    .isEqualTo("Climate 'café' txt.odt\n/tmp/my corpus/ünï عربي/Climate 'café' txt.odt");
            return true;
        }).get();
    }

    /**
     * Window re-test 18, R10: the Arabic page's row ended "+2 copies · 1 older ve", cut at the list's edge with no
     * "…": the name, folder and date took their least room and the link ran out of the row. It stays inside the row,
     * whole or cut with an ellipsis.
     */
    @Test
    void theCopiesLinkOfACrowdedRowStaysInsideItCutWithAnEllipsis() throws Exception {
        String folder = "/tmp/wt18/real/tika/tika-parsers-standard-integration-tests";
        SearchHit page = new SearchHit(folder + "/testHTMLNoisyMetaEncoding_1.html", "testHTMLNoisyMetaEncoding_1", "web",
                "html", "testHTMLNoisyMetaEncoding_1.html", folder, "/tmp/wt18/real", 1f, "",
                Instant.parse("2026-03-01T10:00:00Z"), 2_048, null, 0, "h-page", null,
                List.of("/tmp/wt18/real/tika/tika-parser-html-module/testHTMLNoisyMetaEncoding_1.html",
                        "/tmp/wt18/real/tika/other/testHTMLNoisyMetaEncoding_1.html"),
                List.of(folder + "/testHTMLNoisyMetaEncoding_0.html"));
        show(List.of(new ResultItem(page, null, true)));

        List<ResultCell> cells = filledCells();
        assertThat(cells).hasSize(1);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                ResultCell cell = cells.getFirst();
                Hyperlink link = (Hyperlink) cell.lookup("#other-copies");
                Bounds row = cell.localToScene(cell.getLayoutBounds());
                Bounds drawn = link.lookup(".text").localToScene(link.lookup(".text").getBoundsInLocal());
                return link.getText().startsWith("+2 copies · 1 older version") && drawn.getMaxX() <= row.getMaxX()
                        && (shown(link).equals(link.getText()) || shown(link).endsWith(link.getEllipsisString()));
            }).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(WaitForAsyncUtils.asyncFx(() -> {
                ResultCell cell = cells.getFirst();
                Hyperlink link = (Hyperlink) cell.lookup("#other-copies");
                return "\"" + shown(link) + "\" of \"" + link.getText() + "\" ending at "
                        + link.lookup(".text").localToScene(link.lookup(".text").getBoundsInLocal()).getMaxX()
                        + " in a row ending at " + cell.localToScene(cell.getLayoutBounds()).getMaxX();
            }).get(), e);
        }
    }

    /**
     * Window test 12, F12: a long file name took the whole line and the source disappeared
     * ("testHTMLNoisyMetaEncoding_1.html… · Today · 2 KB"); the name is cut instead, and the source stays.
     */
    @Test
    void aLongFileNameIsCutAndTheFolderAndSourceStayWhole() throws Exception {
        show(List.of(inFolder("/tmp/real/tika/tika-parser-html-module/testHTMLNoisyMetaEncoding_1_with_a_very_long"
                + "_name_that_goes_on_and_on_and_on.html", List.of())));

        double width = WaitForAsyncUtils.asyncFx(() -> list.getScene().getWindow().getWidth()).get();
        WaitForAsyncUtils.asyncFx(() -> list.getScene().getWindow().setWidth(520)).get(); // the tests share the stage
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> list.getWidth() <= 520).get());
            rowIsCutAtItsName();
        } finally {
            // a showing stage keeps its size when the next test gives it another scene: the window tests after this
            // one ran 520 px wide and failed on fields and sentences they could no longer see whole
            WaitForAsyncUtils.asyncFx(() -> list.getScene().getWindow().setWidth(width)).get();
        }
    }

    private void rowIsCutAtItsName() throws Exception {
        List<ResultCell> cells = filledCells();
        assertThat(cells).hasSize(1);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                Labeled name = (Labeled) cells.getFirst().lookup(".result-name");
                Labeled where = (Labeled) cells.getFirst().lookup(".result-where");
                // the name is cut, at its end; the source stays in view (the folder is cut at its start when the
                // row is too narrow even for it)
                return where.getText().equals("  ·  tika-parser-html-module (my corpus)")
                        && shown(where).endsWith("-parser-html-module (my corpus)")
                        && !shown(name).equals(name.getText()) && shown(name).startsWith("test")
                        && where.localToScene(where.getBoundsInLocal()).getMaxX() <= list.getWidth();
            }).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(WaitForAsyncUtils.asyncFx(() -> {
                Labeled name = (Labeled) cells.getFirst().lookup(".result-name");
                Labeled where = (Labeled) cells.getFirst().lookup(".result-where");
                return "name \"" + shown(name) + "\" " + name.getWidth() + ", where \"" + shown(where) + "\" "
                        + where.getWidth() + " ending at " + where.localToScene(where.getBoundsInLocal()).getMaxX()
                        + " in " + list.getWidth();
            }).get(), e);
        }
    }

    /**
     * Window re-test 13, N5: a short name ("zebra.txt", "47261.ppt") kept the name's least room, 60 px, and a wide
     * gap stood between it and " · mine"; the folder follows the name at once, whatever its length.
     */
    @Test
    void theFolderFollowsAShortNameWithoutAGap() throws Exception {
        show(List.of(inFolder("/tmp/my corpus/mine/z.txt", List.of()),
                inFolder("/tmp/my corpus/mine/pangolin-pricing.txt", List.of())));

        List<ResultCell> cells = filledCells();
        assertThat(cells).hasSize(2);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> cells.stream().allMatch(c -> {
                Labeled name = (Labeled) c.lookup(".result-name");
                Labeled where = (Labeled) c.lookup(".result-where");
                return shown(name).equals(name.getText()) && name.getWidth() > 0
                        && Math.abs(name.getWidth() - name.prefWidth(-1)) < 1 // snapped to whole pixels
                        && Math.abs(where.getLayoutX() - (name.getLayoutX() + name.getWidth())) < 0.5;
            })).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(WaitForAsyncUtils.asyncFx(() -> cells.stream().map(c -> {
                Labeled name = (Labeled) c.lookup(".result-name");
                Labeled where = (Labeled) c.lookup(".result-where");
                return "\"" + shown(name) + "\" at " + name.getLayoutX() + ", " + name.getWidth() + " wide (pref "
                        + name.prefWidth(-1) + "), where \"" + shown(where) + "\" at " + where.getLayoutX();
            }).toList().toString()).get(), e);
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((Labeled) cells.getFirst().lookup(".result-name")).getWidth()).get())
                .isLessThan(ResultCell.NAME_MIN_WIDTH);
    }

    @Test
    void theCommentBadgeShowsOnlyWhenSomeoneCommented() {
        FeedbackSummary tagsOnly = new FeedbackSummary("x", Map.of("worked", 3), null, 3, false);
        FeedbackSummary commented = new FeedbackSummary("x", Map.of("worked", 3), null, 3, true);
        ResultItem plain = new ResultItem(hit("/share/Decks/A.pdf", "", List.of(), List.of()), tagsOnly, true);
        ResultItem talked = new ResultItem(hit("/share/Decks/B.pdf", "", List.of(), List.of()), commented, true);

        assertThat(ResultCell.badges(plain)).extracting(l -> l.getStyleClass().getLast())
                .containsExactly("badge-worked", "badge-count");
        assertThat(ResultCell.badges(talked)).extracting(l -> l.getStyleClass().getLast())
                .containsExactly("badge-worked", "badge-count", "badge-comment");
    }

    @Test
    void aRowWithFeedbackTypedAndNotSavedIsMarked() {
        ResultItem row = new ResultItem(hit("/share/Decks/A.pdf", "", List.of(), List.of()), null, true, true);

        assertThat(ResultCell.badges(row, true)).extracting(l -> l.getStyleClass().getLast())
                .containsExactly("badge-pinned", "badge-draft");
        assertThat(ResultCell.badges(row, true).getLast().getText()).isEqualTo("Unsaved");
        assertThat(ResultCell.badges(row, false)).extracting(l -> l.getStyleClass().getLast())
                .containsExactly("badge-pinned");
    }

    @Test
    void theCopiesAndOlderVersionsUnderARowOpenWhenClicked(FxRobot robot) {
        show(List.of(new ResultItem(hit("/share/Decks/Deck v3.pdf", "", List.of("/other/Deck v3.pdf"),
                List.of("/share/Decks/Deck v1.pdf")), null, true)));
        robot.clickOn("#other-copies");
        WaitForAsyncUtils.waitForFxEvents();
        List<Hyperlink> links = robot.lookup(".other-path").queryAllAs(Hyperlink.class).stream().toList();
        assertThat(links).extracting(Hyperlink::getText).containsExactly("Copy: /other/Deck v3.pdf",
                "Older: /share/Decks/Deck v1.pdf");

        robot.clickOn(links.get(1));

        assertThat(opened).containsExactly("/share/Decks/Deck v1.pdf");
    }

    @Test
    void aLongPathUnderARowKeepsItsLabelAndFileNameAndIsCutInTheMiddle(FxRobot robot) throws Exception {
        // longer than the widest window the tests leave the shared stage at
        String deep = "/mnt/marketing-share/Regional Offices/EMEA/Northern Europe/Sales Enablement/Archive 2024/"
                + "Quarterly Business Reviews/Customer Decks/Enterprise accounts/Financial services/Banking and "
                + "insurance/Nordic region/Denmark, Finland, Iceland, Norway and Sweden/Renewals and upsell/Deck v1.pdf";
        show(List.of(new ResultItem(hit("/share/Decks/Deck v3.pdf", "", List.of("/other/Deck v3.pdf"), List.of(deep)),
                null, true)));
        robot.clickOn("#other-copies");

        // window retest 6 N8: cut from the left, "Older:" was gone and the links could not be told apart
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            List<Hyperlink> links = List.copyOf(list.lookupAll(".other-path").stream().map(Hyperlink.class::cast).toList());
            return links.size() == 2 && !shown(links.get(1)).equals(links.get(1).getText());
        }).get());
        String drawn = WaitForAsyncUtils.asyncFx(() -> shown((Hyperlink) List.copyOf(list.lookupAll(".other-path")).get(1)))
                .get();
        assertThat(drawn).startsWith("Older: /mnt/").endsWith("/Deck v1.pdf").hasSizeLessThan(("Older: " + deep).length());
    }

    @Test
    void aNarrowRowWithFeedbackKeepsItsTitleReadableItsBadgesInsideAndItsDateWhole(FxRobot robot) throws Exception {
        // window test 8, findings 4 and 9: at 900 px the title of a row with four badges was gone, and the date
        // beside the copies link read "To…"
        FeedbackSummary much = new FeedbackSummary("x", Map.of(FeedbackTags.DIDNT_LAND, 1, FeedbackTags.OUTDATED, 1), 2.0,
                1, true);
        ResultItem item = new ResultItem(hit("/share/Decks/battlecard-zeta-2025-retired.txt", "Battlecard: Acme vs Zeta.",
                List.of("/other/battlecard-zeta-2025-retired.txt"), List.of("/share/Decks/old/battlecard-zeta.txt")), much,
                true);
        ListView<ResultItem> narrow = new ListView<>(FXCollections.observableArrayList(item));
        narrow.setCellFactory(v -> new ResultCell(expanded, opened::add));
        narrow.setMaxWidth(310); // the result column of the smallest window
        WaitForAsyncUtils.asyncFx(() -> list.getScene().setRoot(new StackPane(narrow))).get();
        StackPane.setAlignment(narrow, Pos.TOP_LEFT);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            ResultCell cell = (ResultCell) narrow.lookupAll(".result-cell").stream()
                    .filter(c -> ((ResultCell) c).getItem() != null).findFirst().orElse(null);
            return cell != null && cell.getWidth() > 0 && cell.getWidth() <= 310;
        }).get());
        WaitForAsyncUtils.asyncFx(() -> {
            ResultCell cell = (ResultCell) narrow.lookupAll(".result-cell").stream()
                    .filter(c -> ((ResultCell) c).getItem() != null).findFirst().orElseThrow();
            Labeled title = (Labeled) cell.lookup(".result-title");
            assertThat(title.getWidth()).isGreaterThanOrEqualTo(ResultCell.TITLE_MIN_WIDTH - 0.5);
            assertThat(shown(title)).startsWith("battlecard");
            // the badges that are shown lie inside the row, beside the title, not over it
            Bounds row = cell.localToScene(cell.getLayoutBounds());
            Bounds titleBox = title.localToScene(title.getLayoutBounds());
            List<Node> badges = cell.lookupAll(".badge").stream().filter(Node::isVisible).toList();
            assertThat(badges).isNotEmpty();
            for (Node badge : badges) {
                Bounds b = badge.localToScene(badge.getLayoutBounds());
                assertThat(b.getMinX()).isGreaterThanOrEqualTo(titleBox.getMaxX());
                assertThat(b.getMaxX()).isLessThanOrEqualTo(row.getMaxX());
            }
            Labeled date = (Labeled) cell.lookup(".result-date");
            assertThat(shown(date)).isEqualTo(date.getText()).contains("1 Mar 2026");
            return true;
        }).get();
    }

    /**
     * Curation re-test 21, finding 7: beside a long title and a curation badge, the deal's reason went into "+5". Marketing's
     * word and the deal's reason stay shown, cut short rather than hidden; the lesser badges give way.
     */
    /** Issue 16 re-test r24, finding 6: an expired official file showed Official and Expired side by side. */
    @Test
    void anExpiredOfficialFileIsMarkedExpiredOnly() throws Exception {
        Curation official = new Curation(UUID.fromString("00000000-0000-0000-0000-000000000008"), "e".repeat(64),
                "/share/Decks/x.docx", "maria", Instant.parse("2026-12-06T10:00:00Z"), CurationState.OFFICIAL,
                java.time.LocalDate.parse("2026-12-06"), "Brand", null, null);
        ResultItem item = new ResultItem(hit("/share/Decks/x.docx", "", List.of(), List.of()), null, true);
        List<String> current = WaitForAsyncUtils.asyncFx(() -> ResultCell.curationBadges(item.withCuration(
                new ShownCuration(official, false, null, false))).stream().map(l -> l.getText()).toList()).get();
        List<String> expired = WaitForAsyncUtils.asyncFx(() -> ResultCell.curationBadges(item.withCuration(
                new ShownCuration(official, true, null, false))).stream().map(l -> l.getText() + ": "
                + l.getTooltip().getText()).toList()).get();
        assertThat(current).containsExactly("Official");
        assertThat(expired).containsExactly("Expired: Marketing marked this file official until it expired after "
                + "2026-12-06 (owner: Brand)");
    }

    @Test
    void theDealsReasonStaysShownBesideALongTitleAndACurationBadge() throws Exception {
        FeedbackSummary much = new FeedbackSummary("x", Map.of(FeedbackTags.WORKED, 3, FeedbackTags.OUTDATED, 1), 4.5, 4,
                true);
        DealEvidence deal = new DealEvidence(new DealContext("healthcare", "proposal", null), 1, 1, 0, much, true, true,
                false);
        Curation draft = new Curation(UUID.fromString("00000000-0000-0000-0000-000000000007"), "d".repeat(64),
                "/share/Decks/x.docx", "maria", Instant.parse("2026-12-06T10:00:00Z"), CurationState.DRAFT, null, null,
                null, null);
        SearchHit longTitle = new SearchHit("/share/Decks/testWORD.docx", "Sample Word Document for the healthcare "
                + "proposal of the regional hospital group", "docx", "docx", "testWORD.docx", "/share/Decks", "/share", 1f,
                "A sample.", Instant.parse("2026-03-01T10:00:00Z"), 123_456, null, 3, "d".repeat(64), null, List.of(),
                List.of());
        show(List.of(new ResultItem(longTitle, much, true).withCuration(new ShownCuration(draft, false, null, false))
                .withDeal(deal)));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            List<ResultCell> cells = filledCellsOnFx();
            return cells.size() == 1 && !cells.getFirst().isNeedsLayout() && cells.getFirst().getWidth() > 0;
        }).get());
        WaitForAsyncUtils.asyncFx(() -> {
            ResultCell cell = filledCellsOnFx().getFirst();
            Labeled dealBadge = (Labeled) cell.lookup(".badge-deal");
            assertThat(dealBadge.isVisible()).isTrue();
            assertThat(dealBadge.getText()).isEqualTo("Worked in 1 healthcare deal at proposal");
            assertThat(shown(dealBadge)).startsWith("Work");
            Labeled draftBadge = (Labeled) cell.lookup(".badge-curation-draft");
            assertThat(draftBadge.isVisible()).isTrue();
            Bounds row = cell.localToScene(cell.getLayoutBounds());
            Bounds title = cell.lookup(".result-title").localToScene(cell.lookup(".result-title").getLayoutBounds());
            for (Node badge : cell.lookupAll(".badge").stream().filter(Node::isVisible).toList()) {
                Bounds b = badge.localToScene(badge.getLayoutBounds());
                assertThat(b.getMinX()).isGreaterThanOrEqualTo(title.getMaxX());
                assertThat(b.getMaxX()).isLessThanOrEqualTo(row.getMaxX());
            }
            return true;
        }).get();
    }

    /** The text a labeled control draws (cut short with "…" when it does not fit). */
    private static String shown(Labeled control) {
        return ((Text) control.lookup(".text")).getText();
    }
}
