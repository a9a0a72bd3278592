package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.testing.NoFxThreadErrors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window over files in Arabic, Hebrew and Persian beside English ones: the Arabic web page that made
 * every layout pass throw (tika's testHTMLNoisyMetaEncoding_4.html) and text files generated here. Rows,
 * snippets, the preview and the Text tab show them; no exception reaches the window's thread (the
 * {@link NoFxThreadErrors} extension fails any test during which one does); and whatever is selected,
 * the preview and the feedback are about that file.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftWindowTest {

    static final String ARABIC_PAGE = "testHTMLNoisyMetaEncoding_4.html";

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = temp.resolve("Collateral");
        Files.createDirectories(folder);
        try (var page = RightToLeftWindowTest.class.getResourceAsStream("/rtl/" + ARABIC_PAGE)) {
            Files.copy(page, folder.resolve(ARABIC_PAGE));
        }
        Files.writeString(folder.resolve("מחירון 2026.txt"), """
                מחירון 2026 לשותפים: הנחות לכמויות, תנאי תשלום ותמיכה מקומית בכל הסניפים.
                החבילה המורחבת כוללת הדרכה, הטמעה ודוחות חודשיים ללקוחות עסקיים גדולים.""");
        Files.writeString(folder.resolve("بروشور فارسی.md"), """
                # بروشور محصول
                این بروشور برای تیم فروش نوشته شده است و قیمت‌ها، مزایا و نمونه‌های موفق مشتریان را نشان می‌دهد.""");
        Files.writeString(folder.resolve("Pricing Sheet Middle East.txt"), """
                Pricing sheet for the Middle East: الأسعار للشركاء, מחירים לשותפים and English terms in one page.
                המחיר כולל מע"מ.
                السعر يشمل الضريبة.""");
        Fixtures.writeTextFiles(folder);
        // some 300 KB: the last walrus is far past the 60,000 characters the Text tab once showed
        StringBuilder handbook = new StringBuilder("Field handbook for the sales team.\n");
        for (int i = 1; i <= 4000; i++) {
            handbook.append("Section ").append(i).append(": notes on territory planning, forecasts and call plans.\n");
            if (i == 320 || i == 380 || i == 3500) {
                handbook.append("The walrus campaign starts in spring with new leaflets.\n");
            }
        }
        Files.writeString(folder.resolve("Field Handbook.txt"), handbook);
        StringBuilder guide = new StringBuilder(); // some 340 KB of Hebrew, every line a match
        for (int i = 1; i <= 6000; i++) {
            guide.append("סעיף ").append(i).append(": מדריך מכירות שותפים, תנאי תשלום והנחות לכמויות.\n");
        }
        Files.writeString(folder.resolve("מדריך שותפים.txt"), guide);
        context = TestWindow.indexed(temp.resolve("data"), folder, Duration.ofMillis(60), Duration.ofSeconds(120));
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
    }

    @Test
    void anArabicSearchShowsAReadableRowWrittenFromTheRight(FxRobot robot) {
        robot.clickOn("#search-box").write("الاتحاد");
        FxWait.until("the Arabic page is found", () -> names().equals(List.of(ARABIC_PAGE)));
        FxWait.until("its row is drawn", () -> robot.lookup("#results .result-snippet").tryQuery().isPresent());
        WrappingText snippet = robot.lookup("#results .result-snippet").queryAs(WrappingText.class);

        assertThat(snippet.getText()).startsWith("وأعرب الاتحاد الجزائري");
        assertThat(snippet.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(snippet.lookupAll(".snippet-match")).extracting(n -> ((Text) n).getText())
                .containsExactly("الاتحاد");
        FxWait.until("the preview shows it", () -> previewTitle(robot).equals("testHTMLNoisyMetaEncoding_4"));
        robot.clickOn("#text-tab");
        FxWait.until("the Text tab marks the word", () -> matchPosition(robot).equals("Match 1 of 1"));
    }

    @Test
    void rowsInEveryScriptLayOutAtAnyWidthOfTheWindow(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 10);
        for (double width : new double[] {900, 1000, 1111, 1280, 1600, 950}) {
            FxWait.onFx(() -> {
                stage.setWidth(width);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return true;
            });
            for (ResultItem item : List.copyOf(vm.search().results())) {
                FxWait.onFx(() -> {
                    vm.search().select(item);
                    return true;
                });
                FxWait.until("the preview of " + item.hit().fileName() + " is shown",
                        () -> previewTitle(robot).equals(item.hit().title()));
            }
        }
        assertThat(NoFxThreadErrors.drain()).isEmpty();
    }

    @Test
    void thePreviewAndTheFeedbackAreAlwaysAboutTheSelectedFile(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 10);
        for (int i = 0; i < 10; i++) {
            int index = i;
            FxWait.onFx(() -> {
                results().getSelectionModel().select(index);
                return true;
            });
            ResultItem selected = FxWait.onFx(() -> results().getSelectionModel().getSelectedItem());
            assertThat(FxWait.onFx(() -> vm.search().selectedProperty().get())).isSameAs(selected);
            assertThat(FxWait.onFx(() -> vm.preview().itemProperty().get())).isSameAs(selected);
            assertThat(FxWait.onFx(() -> vm.feedback().itemProperty().get())).isSameAs(selected);
            FxWait.until("the preview title is the selected file's", () -> previewTitle(robot).equals(selected.hit().title()));
        }
        ResultItem hebrew = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals("מחירון 2026.txt")).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(hebrew);
            return true;
        });
        robot.clickOn("#tag-worked");
        robot.clickOn("#save-feedback");
        FxWait.until("the Hebrew file's row carries the feedback", () -> vm.search().results().stream()
                .filter(i -> i.hit().path().equals(hebrew.hit().path())).findFirst().orElseThrow().feedback()
                .tagCount(FeedbackTags.WORKED) == 1);
        assertThat(context.feedback().repository().history(hebrew.hit().contentHash())).hasSize(1);
        assertThat(vm.search().results().stream().filter(i -> !i.hit().path().equals(hebrew.hit().path()))
                .allMatch(i -> i.feedback().isEmpty())).isTrue();
    }

    @Test
    void theTextTabMarksTheCloseSpellingTheSearchMatchedAndScrollsToEachMatch(FxRobot robot) {
        robot.clickOn("#search-box").write("walrsu"); // a typo: no file has it, the search matched "walrus"
        FxWait.until("the handbook is found", () -> names().equals(List.of("Field Handbook.txt")));
        robot.clickOn("#text-tab");
        FxWait.until("the three places are marked", () -> matchPosition(robot).equals("Match 1 of 3"));
        FxWait.until("the first one is in view", () -> currentMatchInView(robot));
        assertThat(robot.lookup(".text-match-current").queryAll().stream().filter(RightToLeftWindowTest::shown)
                .map(n -> ((Text) n).getText()).distinct()).containsExactly("walrus");

        robot.clickOn("#next-match");
        FxWait.until("the second one is marked", () -> matchPosition(robot).equals("Match 2 of 3"));
        FxWait.until("and in view", () -> currentMatchInView(robot));
        // window test 8, finding 2: one past the first 60,000 characters was not shown, nor counted
        robot.clickOn("#next-match");
        FxWait.until("the third one is marked", () -> matchPosition(robot).equals("Match 3 of 3"));
        FxWait.until("and in view", () -> currentMatchInView(robot));
        assertThat(FxWait.onFx(() -> vm.preview().textNoteProperty().get())).isEmpty(); // nothing is left out
    }

    @Test
    void thePreviewOfAMixedTextShowsEachLineInItsOwnDirection(FxRobot robot) {
        FxWait.until("every file is listed", () -> vm.search().results().size() == 10);
        ResultItem sheet = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals("Pricing Sheet Middle East.txt")).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(sheet);
            return true;
        });
        FxWait.until("its text is in the preview", () -> robot.lookup("#preview-page-text").tryQuery()
                .map(Node::isVisible).orElse(false) && robot.lookup("#preview-page-text .page-line").queryAll().size() == 3);

        // window test 8, finding 7: the Hebrew and Arabic lines were laid out from the left, the stop on the right
        List<WrappingText> lines = robot.lookup("#preview-page-text .page-line").queryAllAs(WrappingText.class).stream()
                .toList();
        assertThat(lines).extracting(WrappingText::getText).containsExactly(
                "Pricing sheet for the Middle East: الأسعار للشركاء, מחירים לשותפים and English terms in one page.",
                "המחיר כולל מע\"מ.", "السعر يشمل الضريبة.");
        assertThat(lines).extracting(WrappingText::getEffectiveNodeOrientation).containsExactly(
                NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT, NodeOrientation.RIGHT_TO_LEFT);
        for (WrappingText line : lines.subList(1, 3)) { // short lines written from the right end on the right
            FxWait.until("'" + line.getText() + "' is on the right", () -> {
                Bounds box = line.localToScene(line.getBoundsInLocal());
                double textLeft = line.getChildren().stream().mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinX())
                        .min().orElseThrow();
                return box.getWidth() > 200 && textLeft - box.getMinX() > box.getWidth() / 2;
            });
        }
    }

    @Test
    void aLongRightToLeftTextLaysOutOnlyTheLinesInViewSoTheWindowStaysFree(FxRobot robot) {
        robot.clickOn("#search-box").write("שותפים");
        FxWait.until("the guide is found", () -> names().contains("מדריך שותפים.txt"));
        ResultItem guide = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals("מדריך שותפים.txt")).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(guide);
            return true;
        });
        FxWait.until("its 6,000 lines are loaded", () -> vm.preview().textProperty().get().strip().split("\n").length == 6000);
        // the Preview tab is in front: of the Text tab behind it, only the lines in its view are laid out
        // (all 1,000, every word shaped on its own, held the window's thread for seconds)
        FxWait.until("the Text tab is laid out", () -> laidOutLines(robot) > 0);
        assertThat(FxWait.onFx(() -> laidOutLines(robot))).isLessThan(60);
        robot.clickOn("#text-tab");
        FxWait.until("the matches are marked", () -> matchPosition(robot).equals("Match 1 of 6,000"));
        FxWait.until("the first one is in view", () -> currentMatchInView(robot));
        assertThat(FxWait.onFx(() -> laidOutLines(robot))).isLessThan(60);
        robot.clickOn("#next-match");
        FxWait.until("the second one is marked and in view", () -> matchPosition(robot).equals("Match 2 of 6,000")
                && currentMatchInView(robot));
        assertThat(robot.lookup(".text-match-current").queryAll().stream().filter(RightToLeftWindowTest::shown)
                .map(n -> ((Text) n).getText()).distinct()).containsExactly("שותפים");
    }

    /**
     * Window re-test 18, R8: with a query the Arabic page does not contain ("No matches" in the Text tab), the Text tab
     * opened with the hamzas of its first line cut off at the top: a row of three lines was made as high as two, its
     * text hanging 3 px over its top (and over the next row).
     */
    @Test
    void theTextTabWithNoMatchOpensAtItsFirstLineWhole(FxRobot robot) {
        robot.clickOn("#search-box").write("testHTMLNoisyMetaEncoding");
        FxWait.until("the page is found by its name", () -> names().contains(ARABIC_PAGE));
        ResultItem page = FxWait.onFx(() -> vm.search().results().stream()
                .filter(i -> i.hit().fileName().equals(ARABIC_PAGE)).findFirst().orElseThrow());
        FxWait.onFx(() -> {
            vm.search().select(page);
            return true;
        });
        FxWait.until("the preview shows it", () -> previewTitle(robot).equals("testHTMLNoisyMetaEncoding_4"));
        robot.clickOn("#text-tab");
        FxWait.until("the Text tab says there is no match", () -> matchPosition(robot).equals("No matches"));

        FxWait.until("its first line is at the top, whole", () -> firstRowTop(robot) == 0,
                () -> "the first row is at " + FxWait.onFx(() -> firstRowTop(robot)));
    }

    /**
     * Window re-test 18, R8: typed "pricing الجزائري שלום", the search box and "No files match …" drew the two
     * right-to-left words glued together, in the wrong order (the Hebrew on the outer right), the space between them
     * moved after "pricing". JavaFX 26 draws a right-to-left run mixing Hebrew and Arabic so in every text control;
     * a word at a time it comes out right (see {@link WrappingText}). The search box keeps its own caret and selection
     * (placed right) and has its text drawn so, over where it would draw it, also while the rep types.
     */
    @Test
    void aQueryMixingArabicAndHebrewIsDrawnAWordAtATimeInTheBoxAndTheEmptyList(FxRobot robot) {
        String mixed = "pricing الجزائري שלום";
        robot.clickOn("#search-box").write("pricing");
        FxWait.onFx(() -> {
            vm.search().queryProperty().set(mixed); // (the robot types Latin letters only)
            return true;
        });
        FxWait.until("nothing matches", () -> robot.lookup("#empty-title").tryQuery().map(Node::isVisible).orElse(false)
                && vm.search().results().isEmpty());

        TextField box = robot.lookup("#search-box").queryAs(TextField.class);
        assertThat(FxWait.onFx(box::isFocused)).as("the rep is typing").isTrue();
        Text own = FxWait.onFx(() -> (Text) box.lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && mixed.equals(t.getText())).findFirst().orElseThrow());
        WrappingText shown = robot.lookup("#search-box-shown").queryAs(WrappingText.class);
        FxWait.until("the box's text is drawn a word at a time, its own drawing hidden", () -> shown.isVisible()
                && mixed.equals(shown.getText()) && ((Color) own.getFill()).getOpacity() == 0);
        assertThat(FxWait.onFx(() -> shown.getChildren().stream().map(n -> ((Text) n).getText()).toList()))
                .containsExactly("pricing ", "الجزائري ", "שלום");
        // each word drawn where the box puts its caret for it
        FxWait.until("the words are drawn where the box has them", () -> {
            for (Node piece : shown.getChildren()) {
                String word = ((Text) piece).getText().strip();
                int at = mixed.indexOf(word);
                Bounds where = own.localToScene(new javafx.scene.shape.Path(own.rangeShape(at, at + word.length()))
                        .getBoundsInLocal());
                Bounds drawn = piece.localToScene(piece.getBoundsInLocal());
                if (Math.abs(where.getMinX() - drawn.getMinX()) > 2 || Math.abs(where.getMinY() - drawn.getMinY()) > 2) {
                    return false;
                }
            }
            return true;
        });

        WrappingText title = robot.lookup("#empty-title").queryAs(WrappingText.class);
        assertThat(title.getText()).isEqualTo("No files match “" + mixed + "”");
        assertThat(title.getChildren()).extracting(n -> ((Text) n).getText())
                .containsExactly("No ", "files ", "match ", "“pricing ", "الجزائري ", "שלום”");

        FxWait.onFx(() -> {
            vm.search().queryProperty().set("pricing");
            return true;
        });
        FxWait.until("a Latin query is the box's own drawing again", () -> !shown.isVisible()
                && ((Color) own.getFill()).getOpacity() == 1);
    }

    /** Where the Text tab's first row, its text included, starts below the tab's top (negative: cut off); NaN before. */
    private static double firstRowTop(FxRobot robot) {
        var text = robot.lookup("#preview-text").tryQueryAs(Region.class);
        if (text.isEmpty() || !(text.get().lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || flow.getFirstVisibleCell() == null || flow.getFirstVisibleCell().getIndex() != 0) {
            return Double.NaN;
        }
        var cell = flow.getFirstVisibleCell();
        return flow.sceneToLocal(cell.localToScene(cell.getBoundsInLocal())).getMinY();
    }

    /** How many lines of the Text tab are laid out as text now. */
    private static int laidOutLines(FxRobot robot) {
        return robot.lookup("#preview-text").tryQuery().map(n -> n.lookupAll(".wrapping-text").size()).orElse(0);
    }

    /** Whether the current match is inside the visible part of the Text tab (rows the list keeps aside are not shown). */
    private static boolean currentMatchInView(FxRobot robot) {
        var text = robot.lookup("#preview-text").tryQueryAs(Region.class);
        if (text.isEmpty()) {
            return false;
        }
        return robot.lookup(".text-match-current").queryAll().stream().filter(RightToLeftWindowTest::shown).anyMatch(node -> {
            Bounds in = text.get().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            return in.getMinY() >= 0 && in.getMaxY() <= text.get().getHeight();
        });
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private ListView<ResultItem> results() {
        return view.results().list();
    }

    private List<String> names() {
        return FxWait.onFx(() -> results().getItems().stream().map(i -> i.hit().fileName()).toList());
    }

    private static String previewTitle(FxRobot robot) {
        return robot.lookup("#preview-title").tryQueryAs(WrappingText.class).map(WrappingText::getText).orElse("");
    }

    private static String matchPosition(FxRobot robot) {
        return robot.lookup("#match-position").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }
}
