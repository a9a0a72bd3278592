package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.collateralfinder.app.UserError;
import org.collateralfinder.diagnostics.AppVersion;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.search.ResultCell;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window end to end, headless, over a real index of small real files (PDF, PPTX, DOCX, text)
 * indexed by the real extraction worker.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void indexFixtures() throws Exception {
        Path collateral = temp.resolve("Marketing");
        Fixtures.writeTextFiles(collateral);
        Fixtures.writeOfficeFiles(collateral);
        context = TestWindow.indexed(temp.resolve("data"), collateral, Duration.ofMillis(120), Duration.ofSeconds(90));
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
        view.focusSearch();
    }

    @Test
    void typingAQueryPutsTheBestFileFirst(FxRobot robot) {
        robot.clickOn("#search-box").write("pricing guide");
        FxWait.until("the price guide is the first result", () -> firstFileName().equals("Acme Pricing Guide 2025.pdf"));
        FxWait.until("the count followed the results", () -> !vm.search().searchingProperty().get());
        assertThat(robot.lookup("#result-count").queryAs(Label.class).getText()).isEqualTo("1 file");
    }

    @Test
    void filteringByTypeNarrowsTheResultsAndShowsAChip(FxRobot robot) {
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the search settled", () -> !vm.search().searchingProperty().get());
        FxWait.until("five pricing files", () -> results().getItems().size() == 5);
        closeSuggestions();
        robot.clickOn("#facet-type-pdf");
        FxWait.until("only PDFs", () -> results().getItems().stream().allMatch(i -> i.hit().type().equals("pdf"))
                && results().getItems().size() == 1);
        assertThat(robot.lookup("#filter-chips .button").queryAllAs(Button.class))
                .extracting(Button::getText).containsExactly("PDF");
        robot.clickOn("#filter-chips .button");
        FxWait.until("the filter is removed", () -> results().getItems().size() >= 3);
    }

    @Test
    void selectingAResultShowsItsPreviewAndPages(FxRobot robot) {
        robot.clickOn("#search-box").write("pricing guide");
        FxWait.until("the guide is found", () -> answered("pricing guide") && firstFileName().equals("Acme Pricing Guide 2025.pdf"));
        FxWait.until("the first page is drawn", () -> robot.lookup("#preview-image").queryAs(ImageView.class).getImage() != null);
        assertThat(robot.lookup("#page-label").queryAs(Label.class).getText()).isEqualTo("Page 1 of 3");
        robot.clickOn("#next-page");
        FxWait.until("page two is shown", () -> robot.lookup("#page-label").queryAs(Label.class).getText().equals("Page 2 of 3"));
        robot.clickOn("#text-tab");
        FxWait.until("the text has matches", () -> robot.lookup("#match-position").queryAs(Label.class).getText().startsWith("Match 1 of"));
        robot.clickOn("#next-match");
        assertThat(robot.lookup("#match-position").queryAs(Label.class).getText()).startsWith("Match 2 of");
    }

    @Test
    void aPdfPageIsAsWideAsThePreviewAndZoomsAndFitsTheWidthAgain(FxRobot robot) {
        robot.clickOn("#search-box").write("pricing guide");
        // the whole query's answer, not a prefix's: a later answer must not redraw the page under the zoom
        FxWait.until("the guide is found for the whole query", () -> answered("pricing guide")
                && firstFileName().equals("Acme Pricing Guide 2025.pdf"));
        FxWait.until("the first page is drawn", 60, () -> robot.lookup("#preview-image").queryAs(ImageView.class).getImage() != null);
        ImageView page = robot.lookup("#preview-image").queryAs(ImageView.class);
        ScrollPane scroll = robot.lookup("#picture-scroll").queryAs(ScrollPane.class);
        FxWait.until("the page fits the width", () -> page.getFitWidth() == scroll.getViewportBounds().getWidth() - 16);
        double fit = FxWait.onFx(page::getFitWidth);
        assertThat(fit).isGreaterThan(300); // readable, not a 110 px thumbnail

        robot.clickOn("#zoom-in");
        FxWait.until("the page is a quarter larger", 60, () -> Math.abs(page.getFitWidth() - fit * 1.25) < 1);
        robot.clickOn("#fit");
        FxWait.until("the page fits the width again", 60, () -> page.getFitWidth() == fit);
    }

    @Test
    void slidesSaySlideAndTurnWithPageDown(FxRobot robot) {
        robot.clickOn("#search-box").write("product launch");
        FxWait.until("the deck is found", () -> answered("product launch") && firstFileName().equals("Q3 Product Launch.pptx"));
        FxWait.until("the first slide is drawn", () -> robot.lookup("#preview-image").queryAs(ImageView.class).getImage() != null
                && robot.lookup("#page-label").queryAs(Label.class).getText().equals("Slide 1 of 3"));
        robot.clickOn("#preview-image"); // a click on the page gives it the keys
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        FxWait.until("slide two is shown", () -> robot.lookup("#page-label").queryAs(Label.class).getText().equals("Slide 2 of 3"));
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        FxWait.until("slide one again", () -> robot.lookup("#page-label").queryAs(Label.class).getText().equals("Slide 1 of 3"));
    }

    @Test
    void feedbackCanBeAboutTheSlideShownAndTheHistorySaysWhichSlide(FxRobot robot) {
        robot.clickOn("#search-box").write("product launch");
        FxWait.until("the deck is found", () -> answered("product launch") && firstFileName().equals("Q3 Product Launch.pptx"));
        FxWait.until("the first slide is drawn", 60, () -> robot.lookup("#page-label").queryAs(Label.class).getText()
                .equals("Slide 1 of 3"));
        robot.clickOn("#next-page");
        FxWait.until("slide two is shown", () -> robot.lookup("#page-label").queryAs(Label.class).getText().equals("Slide 2 of 3"));
        CheckBox slide = robot.lookup("#feedback-slide").queryAs(CheckBox.class);
        FxWait.until("the choice names the slide shown", () -> slide.isVisible() && slide.getText().equals("About slide 2 only"));

        robot.clickOn(slide);
        robot.clickOn("#tag-worked");
        robot.clickOn("#save-feedback");

        FxWait.until("the saved entry names slide 2", () -> !vm.feedback().history().isEmpty()
                && vm.feedback().history().getFirst().event() instanceof FeedbackEntry saved
                && saved.slides().equals(List.of(2)) && saved.tags().equals(List.of("worked")));
        FxWait.until("the history says which slide", () -> robot.lookup("#feedback-history .history-text").queryAll().stream()
                .anyMatch(n -> n instanceof Text t && t.getText().endsWith("Worked  (slide 2)")));
        assertThat(slide.isSelected()).isTrue();
    }

    @Test
    void aWordDocumentShowsItsTextInThePreview(FxRobot robot) {
        robot.clickOn("#search-box").write("proposal template");
        FxWait.until("the proposal is found", () -> answered("proposal template") && firstFileName().equals("Enterprise Proposal Template.docx"));
        FxWait.until("its text is in the preview", () -> robot.lookup("#preview-page-text").query().isVisible());
        List<String> lines = robot.lookup("#preview-page-text .page-line").queryAllAs(WrappingText.class).stream()
                .map(WrappingText::getText).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Executive summary, scope, timeline and investment."));
    }

    @Test
    void givingFeedbackShowsABadgeOnTheResult(FxRobot robot) {
        robot.clickOn("#search-box").write("battlecard");
        FxWait.until("the battlecard is found", () -> firstFileName().equals("Competitor Battlecard - Globex.md"));
        // the comment box is where Save is, and the file's actions fit one row
        assertThat(robot.lookup(".feedback-bar #feedback-comment").tryQuery()).isPresent();
        assertThat(robot.lookup(".feedback-bar #save-feedback").tryQuery()).isPresent();
        // measured once the selected file's actions are laid out (the first pass may run before the
        // preview column has its width, which put them on two rows in one CI run)
        Pane actions = robot.lookup("#preview-actions").queryAs(Pane.class);
        FxWait.until("the file's actions fit one row", () -> actions.getChildren().stream()
                .mapToDouble(n -> n.getBoundsInParent().getMinY()).distinct().count() == 1
                && actions.lookup("#more-like-this").getBoundsInParent().getMaxX() <= actions.getWidth());
        robot.clickOn("#tag-worked");
        robot.clickOn("#star-4");
        robot.clickOn("#save-feedback");
        FxWait.until("the row carries the feedback", () -> results().getItems().getFirst().feedback().count() == 1);
        FxWait.until("the badge is drawn", () -> robot.lookup("#results .badge-worked").tryQuery().isPresent());
        assertThat(robot.lookup("#results .badge-rating").queryAs(Label.class).getText()).isEqualTo("4.0");
        assertThat(robot.lookup("#feedback-status").queryAs(Label.class).getText()).startsWith("Saved");
    }

    @Test
    void theKeyboardFocusShowsOnTheFeedbackTagsAndStars(FxRobot robot) {
        robot.clickOn("#search-box").write("battlecard");
        FxWait.until("the battlecard is found", () -> firstFileName().equals("Competitor Battlecard - Globex.md"));
        closeSuggestions();
        FxWait.until("the feedback bar is there", () -> robot.lookup("#star-1").tryQuery().isPresent());
        Button star1 = robot.lookup("#star-1").queryAs(Button.class);
        Button star2 = robot.lookup("#star-2").queryAs(Button.class);
        ToggleButton worked = robot.lookup("#tag-worked").queryAs(ToggleButton.class);
        ToggleButton didntLand = robot.lookup("#tag-didnt-land").queryAs(ToggleButton.class);
        FxWait.onFx(() -> {
            worked.requestFocus();
            return true;
        });
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        FxWait.until("the next tag has the keyboard focus", didntLand::isFocusVisible);
        assertThat(FxWait.onFx(() -> focusRing(didntLand))).isTrue();
        assertThat(FxWait.onFx(() -> focusRing(worked))).isFalse();

        FxWait.onFx(() -> {
            star1.requestFocus();
            return true;
        });
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        FxWait.until("the second star has the keyboard focus", star2::isFocusVisible);
        assertThat(FxWait.onFx(() -> focusRing(star2))).isTrue();
        assertThat(FxWait.onFx(() -> focusRing(star1))).isFalse();
    }

    private static boolean focusRing(Region control) {
        return FocusRing.drawnAround(control);
    }

    @Test
    void whatWasDoneWithAFileIsSaidUntilAnotherFileIsSelected(FxRobot robot) {
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the search settled", () -> !vm.search().searchingProperty().get() && results().getItems().size() > 1);
        closeSuggestions();
        FxWait.onFx(() -> {
            results().getSelectionModel().select(0);
            return true;
        });
        FxWait.until("the preview is there", () -> robot.lookup("#copy-path").tryQuery().isPresent());
        String name = FxWait.onFx(() -> vm.search().selectedProperty().get().hit().fileName());
        robot.clickOn("#copy-path");
        FxWait.until("the status says so", () -> vm.statusProperty().get().equals("Copied the path of " + name + "."));

        FxWait.onFx(() -> {
            results().getSelectionModel().select(1);
            return true;
        });

        FxWait.until("the status is cleared", () -> vm.statusProperty().get().isEmpty());
    }

    @Test
    void anErrorIsOneSentenceWithSomethingToDoNotAStackTrace(FxRobot robot) {
        FxWait.onFx(() -> {
            vm.errorProperty().set(UserError.of("Opening the file",
                    new IllegalStateException("file:/tmp/Deck%20v2.pptx could not be opened")));
            return true;
        });
        FxWait.until("the banner shows", () -> robot.lookup("#error-banner").query().isVisible());
        assertThat(robot.lookup("#error-sentence").queryAs(WrappingText.class).getText())
                .isEqualTo("Opening the file did not work because of an error in Collateral Finder; the details are in its log.");
        assertThat(robot.lookup("#error-action").queryAs(Button.class).getText())
                .isEqualTo("Open the log folder");
        // on the FX thread: a look through the whole window from the test thread met a list changing meanwhile
        // (IndexOutOfBoundsException in Parent.lookupAll, CI-like run of d62d0c9)
        assertThat(FxWait.onFx(() -> List.copyOf(robot.lookup(".text-area").queryAllAs(TextArea.class))))
                .noneMatch(t -> t.isVisible() && t.getText().contains("at org.")); // no stack trace in the window
    }

    @Test
    void anErrorThatIsNotTheAppsFaultOffersNoLogFolder(FxRobot robot) {
        FxWait.onFx(() -> {
            vm.errorProperty().set(UserError.of("Opening the file",
                    new CollateralException("The file /tmp/Deck v2.pptx is not there any more.")));
            return true;
        });
        FxWait.until("the banner shows", () -> robot.lookup("#error-banner").query().isVisible());
        assertThat(robot.lookup("#error-sentence").queryAs(WrappingText.class).getText())
                .isEqualTo("The file /tmp/Deck v2.pptx is not there any more.");
        assertThat(robot.lookup("#error-action").query().isVisible()).isFalse();

        FxWait.onFx(() -> {
            vm.errorProperty().set(UserError.of("The file /tmp/Deck v2.pptx is not there any more.")
                    .withAction("Show in folder", () -> { }));
            return true;
        });
        FxWait.until("the error's own action is offered", () -> robot.lookup("#error-action").query().isVisible()
                && robot.lookup("#error-action").queryAs(Button.class).getText().equals("Show in folder"));
    }

    @Test
    void keepingAFileOfflineShowsTheBadgeAndListsItInSources(FxRobot robot) {
        robot.clickOn("#search-box").write("onboarding checklist");
        FxWait.until("the checklist is found", () -> firstFileName().equals("Onboarding Checklist.txt"));
        closeSuggestions();
        FxWait.until("the preview shows it", () -> robot.lookup("#keep-offline").query().isVisible());
        robot.clickOn("#keep-offline");
        FxWait.until("the row shows it is kept offline", () -> robot.lookup("#results .badge-pinned").tryQuery().isPresent());
        FxWait.until("the preview says so", () -> robot.lookup("#keep-offline").queryAs(Button.class)
                .getText().equals("Kept offline"));
        robot.clickOn("#sources-tab");
        FxWait.until("the offline section lists it", () -> robot.lookup("#offline-pins").queryAs(ListView.class)
                .getItems().size() == 1);
        assertThat(robot.lookup("#offline-usage").queryAs(Label.class).getText()).endsWith("1 item kept offline");
        robot.clickOn("#search-tab");
        robot.clickOn("#keep-offline");
        FxWait.until("the badge goes away", () -> robot.lookup("#results .badge-pinned").tryQuery().isEmpty());
    }

    @Test
    void aMalformedQueryExplainsItselfUnderTheBox(FxRobot robot) {
        // (an unfinished phrase is not malformed while typing: it is searched as far as it goes)
        robot.clickOn("#search-box").write("commented:maybe");
        // (each keystroke is explained: wait for the last one's sentence)
        FxWait.until("the explanation shows", () -> robot.lookup("#query-error").queryAs(Label.class).isVisible()
                && robot.lookup("#query-error").queryAs(Label.class).getText()
                        .equals("Write commented:yes or commented:no, not \"maybe\"."));
        for (int i = 0; i < "maybe".length(); i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        robot.write("yes");
        FxWait.until("the explanation goes away", () -> !robot.lookup("#query-error").queryAs(Label.class).isVisible());
    }

    @Test
    void aSecondWindowOnTheSameDataFolderExplainsWhoHoldsIt() {
        Path data = context.dataDirectory().root();
        UserError error = null;
        try {
            AppContext.open(data, Platform::runLater, AppContext.Options.desktop()).close();
        } catch (RuntimeException e) {
            error = UserError.of("Starting Collateral Finder", e);
        }
        UserError refused = error;
        assertThat(refused).isNotNull();
        Alert alert = FxWait.onFx(() -> DesktopApp.startupAlert(refused));
        assertThat(alert.getHeaderText()).isEqualTo("Collateral Finder is already open");
        assertThat(alert.getContentText()).isEqualTo("Collateral Finder is already running with the data folder " + data
                + " (process " + ProcessHandle.current().pid() + "); close it before you open the window.");
    }

    @Test
    void aNoticeShowsWithoutBlockingAndCanBeDismissed(FxRobot robot) {
        FxWait.onFx(() -> {
            vm.noticeProperty().set("The index is damaged; it will be rebuilt from the source folders.");
            return true;
        });
        FxWait.until("the notice shows", () -> robot.lookup("#notice").query().isVisible());
        robot.clickOn("#search-box").write("pricing guide");
        FxWait.until("search still works", () -> firstFileName().equals("Acme Pricing Guide 2025.pdf"));
        robot.clickOn("#notice .button");
        FxWait.until("the notice is gone", () -> !robot.lookup("#notice").query().isVisible());
    }

    @Test
    void aQueryWithoutMatchesSaysSoWithTipsAndEnterMovesOnToTheResults(FxRobot robot) {
        robot.clickOn("#search-box").write("zzqxw");
        FxWait.until("the empty state shows", () -> robot.lookup("#empty-title").queryAs(WrappingText.class).getText()
                .equals("No files match “zzqxw”"));
        assertThat(robot.lookup("#empty-tips").queryAs(WrappingText.class).getText())
                .startsWith("Check the spelling, or use fewer words").contains("zzqx*");
        robot.eraseText(5).write("pricing guide");
        FxWait.until("the guide is found", () -> answered("pricing guide") && firstFileName().equals("Acme Pricing Guide 2025.pdf"));
        // the count follows the results: Enter once the search has settled, as a rep's Enter after reading
        FxWait.until("the search settled", () -> !vm.search().searchingProperty().get());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxWait.until("the results have focus", () -> results().isFocused(), () -> "focus owner "
                + stage.getScene().getFocusOwner() + ", window focused " + stage.isFocused() + ", suggestions shown "
                + suggestionsShown(robot) + ", query \"" + vm.search().queryProperty().get() + "\"");
    }

    @Test
    void aRowSaysHowManyCopiesAndOlderVersionsItHolds() {
        var hit = new SearchHit("/s/Deck v3.pptx", "Deck", "presentation", "pptx", "Deck v3.pptx",
                "/s", "/s", 1f, "", Instant.EPOCH, 1, null, 1, null, null, List.of("/t/Deck v3.pptx",
                "/u/Deck v3.pptx"), List.of("/s/Deck v2.pptx"));
        assertThat(ResultCell.othersLine(hit)).isEqualTo("+2 copies · 1 older version");
    }

    @Test
    void theAboutWindowShowsWhereDataIsAndCopiesDiagnosticsForSupport(FxRobot robot) throws Exception {
        robot.clickOn("#about-button");
        FxWait.until("the About window opens", () -> robot.lookup("#about-version").tryQuery().isPresent());
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText())
                .isEqualTo("Version " + AppVersion.current());
        assertThat(robot.lookup("#about-data-folder").queryAs(WrappingText.class).getText()).isEqualTo(temp.resolve("data").toString());
        assertThat(robot.lookup("#about-logs").queryAs(WrappingText.class).getText())
                .isEqualTo(temp.resolve("data").resolve("logs").toString());
        assertThat(robot.lookup("#about-sources").queryAs(WrappingText.class).getText().lines().toList())
                .isEqualTo(context.registry().list().stream().map(f -> f.path()).toList())
                .startsWith(temp.resolve("Marketing").toString());

        robot.clickOn("#copy-diagnostics");
        FxWait.until("the diagnostics are copied", () -> robot.lookup("#diagnostics-status").queryAs(Label.class)
                .getText().startsWith("Copied "));
        String shown = robot.lookup("#diagnostics-text").queryAs(TextArea.class).getText();
        assertThat(robot.lookup("#diagnostics-text").query().isVisible()).isTrue();
        var searcher = context.index().acquire();
        int documents = searcher.getIndexReader().numDocs();
        context.index().release(searcher);
        assertThat(shown).contains("  documents: " + documents + "\n").doesNotContain("Acme Pricing Guide", "Retail Case Study");
        var onClipboard = new CompletableFuture<String>();
        Platform.runLater(() -> onClipboard.complete(Clipboard.getSystemClipboard().getString()));
        assertThat(onClipboard.get(5, TimeUnit.SECONDS)).isEqualTo(shown);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxWait.until("the About window closes", () -> robot.lookup("#about").tryQuery().isEmpty());
    }

    @Test
    void escapeClosesTheSuggestionsAndKeepsTheQueryThenASecondEscapeClearsIt(FxRobot robot) {
        robot.clickOn("#search-box").write("pric");
        FxWait.until("suggestions drop down", () -> !vm.search().suggestions().isEmpty() && suggestionsShown(robot));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        FxWait.until("the suggestions are closed", () -> !suggestionsShown(robot));
        assertThat(FxWait.onFx(() -> vm.search().queryProperty().get())).isEqualTo("pric");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxWait.until("the query is cleared", () -> vm.search().queryProperty().get().isEmpty());

        robot.write("pric"); // from inside the suggestions too
        FxWait.until("suggestions drop down again", () -> suggestionsShown(robot));
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxWait.until("the suggestions are closed again", () -> !suggestionsShown(robot));
        assertThat(FxWait.onFx(() -> vm.search().queryProperty().get())).isEqualTo("pric");
    }

    @Test
    void enterOnAnUnfinishedQuerySaysWhatIsWrongUnderTheBox(FxRobot robot) {
        robot.clickOn("#search-box").write("(pricing OR");
        FxWait.until("what is typed so far is searched", () -> firstFileName().equals("Acme Pricing Guide 2025.pdf"));
        assertThat(robot.lookup("#query-error").query().isVisible()).isFalse();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        FxWait.until("the sentence shows over no files", () -> robot.lookup("#query-error").query().isVisible()
                && robot.lookup("#query-error").queryAs(Label.class).getText()
                        .equals("The query opens a parenthesis that is never closed.")
                && results().getItems().isEmpty());
        robot.clickOn("#search-box").press(KeyCode.END).release(KeyCode.END).eraseText(3).write(")"); // (pricing)
        FxWait.until("the closed query finds the guide again", () -> firstFileName().equals("Acme Pricing Guide 2025.pdf")
                && !robot.lookup("#query-error").query().isVisible());
    }

    @Test
    void enterWithTheSuggestionsOpenRunsAnUnfinishedQueryAndSaysWhatIsWrong(FxRobot robot) {
        // window test 9, new 1: the first Enter only closed the suggestions and the loosened list stayed
        robot.clickOn("#search-box").write("\"pric");
        FxWait.until("suggestions drop down", () -> !vm.search().suggestions().isEmpty() && suggestionsShown(robot));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        FxWait.until("the sentence shows over no files", () -> !suggestionsShown(robot)
                && robot.lookup("#query-error").queryAs(Label.class).getText().startsWith("The query has an opening quote")
                && results().getItems().isEmpty(), () -> FxWait.onFx(() -> "error \""
                + robot.lookup("#query-error").queryAs(Label.class).getText() + "\", "
                + results().getItems().size() + " rows"));
    }

    @Test
    void enterWithTheSuggestionsOpenAndNoneChosenMovesOnToTheResults(FxRobot robot) {
        // a rep's Enter just after the suggestions dropped down was taken by them and did nothing
        robot.clickOn("#search-box").write("pric");
        FxWait.until("suggestions drop down", () -> !vm.search().suggestions().isEmpty() && suggestionsShown(robot));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        FxWait.until("the results have focus and the suggestions are closed", () -> results().isFocused()
                && !suggestionsShown(robot));
        assertThat(FxWait.onFx(() -> vm.search().queryProperty().get())).isEqualTo("pric");
    }

    @Test
    void ctrlKFocusesTheSearchBoxFromAnywhere(FxRobot robot) {
        robot.clickOn("#sources-tab");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        FxWait.until("the search box has focus", () -> robot.lookup("#search-box").query().isFocused());
    }

    @Test
    void addingASourceShowsProgressThenItsFiles(FxRobot robot) throws Exception {
        Path extra = temp.resolve("Field Team Share");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("Zebra Wholesale Offer.txt"), "Zebra wholesale offer for distributors.");
        robot.clickOn("#sources-tab");
        robot.clickOn("#new-source").write(extra.toString());
        robot.clickOn("#add-source");
        FxWait.until("the new source is listed", () -> robot.lookup("#sources").queryAs(ListView.class).getItems().size() == 2);
        FxWait.until("indexing finished", 60, () -> robot.lookup("#index-progress-text").queryAs(Label.class).getText().startsWith("Indexed"));
        robot.clickOn("#search-tab");
        robot.clickOn("#search-box").write("zebra");
        FxWait.until("the new file is found", () -> firstFileName().equals("Zebra Wholesale Offer.txt"));
    }

    @Test
    void savesAScreenshotOfTheMainWindow(FxRobot robot) throws Exception {
        robot.clickOn("#search-box").write("pricing");
        FxWait.until("the search settled", () -> !vm.search().searchingProperty().get());
        closeSuggestions();
        FxWait.onFx(() -> {
            results().getSelectionModel().select(
                    results().getItems().stream().filter(i -> i.hit().fileName().endsWith(".pdf")).findFirst().orElseThrow());
            return true;
        });
        FxWait.until("the preview is drawn", () -> robot.lookup("#preview-image").queryAs(ImageView.class).getImage() != null);
        robot.sleep(300);
        WritableImage shot = FxWait.onFx(() -> stage.getScene().snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot, null);
        Path file = Path.of("target", "screenshot-test-window.png"); // the README's comes from ScreenshotTest
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
    }

    /** Whether this window's suggestions are showing (an earlier test's window may have left its own open). */
    private boolean suggestionsShown(FxRobot robot) {
        Node box = FxWait.onFx(() -> stage.getScene().lookup("#search-box"));
        return robot.lookup(".suggestion").match(n -> n.getScene() != null && n.getScene().getWindow()
                instanceof ContextMenu menu && menu.isShowing() && menu.getOwnerNode() == box)
                .tryQuery().isPresent();
    }

    private void closeSuggestions() {
        FxWait.onFx(() -> {
            vm.search().dismissSuggestions();
            return true;
        });
    }

    private ListView<ResultItem> results() {
        return view.results().list();
    }

    /** Whether the rows shown are the answer to {@code query} as typed whole, and no search is running. */
    private boolean answered(String query) {
        SearchRequest shown = vm.search().shownRequestProperty().get();
        return shown != null && shown.query().strip().equals(query) && !vm.search().searchingProperty().get();
    }

    private String firstFileName() {
        return results().getItems().isEmpty() ? "" : results().getItems().getFirst().hit().fileName();
    }
}
