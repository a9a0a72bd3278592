package org.collateralfinder.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.collateralfinder.testing.NoFxThreadErrors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Text in Arabic, Hebrew, Persian, Hindi and Thai wraps at every width without JavaFX throwing (a wrapped
 * Label or Text with the same text throws on Linux, see {@link WrappingText}), in its writing direction.
 */
@ExtendWith(ApplicationExtension.class)
class WrappingTextTest {

    static final String ARABIC = "وأعرب الاتحاد الجزائري وقتها عن \"أسفه لهذا الموقف غير المقبول والفردي وغير الرياضي\"، "
            + "وهدد \"باتخاذ كل الإجراءات لدى المنظمات المعنية للدفاع عن مصالحه والضرر الكبير الناجم عن ذلك\".";
    static final List<String> TEXTS = List.of(ARABIC,
            "שלום עולם זהו טקסט בעברית עם כמה מילים נוספות כדי לגרום לשבירת שורות בתוך התצוגה.",
            "این یک متن فارسی است که برای آزمایش شکستن خطوط در نمایش نتایج جستجو نوشته شده است.",
            "Pricing deck 2025 وأعرب الاتحاد الجزائري وقتها Battlecard v2 غير المقبول end.",
            "كلمة " + "الاتحادالجزائريوقتهاعنأسفهلهذاالموقف".repeat(3) + " نهاية",
            "यह एक हिंदी वाक्य है जो पंक्ति तोड़ने की जाँच के लिए लिखा गया है।",
            "ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำทำให้การตัดบรรทัดยากขึ้น",
            "سطر أول طويل هنا\nسطر ثان\n\nPricing sheet\tالاتحاد   \n");

    @Test
    void piecesJoinedAreTheTextWithItsStylesAndComplexTextIsCutWhereLinesMayBreak() {
        List<WrappingText.Span> spans = List.of(new WrappingText.Span("وأعرب ", "plain"),
                new WrappingText.Span("الاتحاد", "match"), new WrappingText.Span(" الجزائري وقتها", "plain"));

        assertThat(WrappingText.pieces(spans)).containsExactly(new WrappingText.Span("وأعرب ", "plain"),
                new WrappingText.Span("الاتحاد", "match"), new WrappingText.Span(" ", "plain"),
                new WrappingText.Span("الجزائري ", "plain"), new WrappingText.Span("وقتها", "plain"));
        List<WrappingText.Span> english = List.of(new WrappingText.Span("Volume pricing for ", "plain"),
                new WrappingText.Span("enterprise", "match"));
        assertThat(WrappingText.pieces(english)).isEqualTo(english); // JavaFX splits Latin runs safely
    }

    @Test
    void aLineNeverStartsWithACommaOrAClosingMark() {
        // Java's line breaks allow one between a closing quote and the Arabic comma after it; a line began with "،"
        List<WrappingText.Span> quoted = List.of(new WrappingText.Span("عن \"أسفه لهذا الموقف\"، وهدد «كلمة»؛ نعم (ها)؟ لا", "plain"));

        assertThat(WrappingText.pieces(quoted)).extracting(WrappingText.Span::text).containsExactly("عن ", "\"أسفه ",
                "لهذا ", "الموقف\"، ", "وهدد ", "«كلمة»؛ ", "نعم ", "(ها)؟ ", "لا");
    }

    @Test
    void noTextDrawnHoldsAPlaceWhereJavaFxWouldBreakALineInsideIt() throws Exception {
        // JavaFX breaks inside a Text wherever Java's line breaks allow, and draws a complex run broken inside
        // with the glyphs of the whole run: the comma glued to its quote showed on both lines
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add("عن \"أسفه لهذا الموقف\"، وهدد «كلمة»؛ نعم (ها)؟ لا");
        for (String text : texts) {
            WrappingText flow = onFx(() -> new WrappingText(text, "plain"));
            for (var node : flow.getChildren()) {
                String drawn = ((Text) node).getText();
                BreakIterator lines = BreakIterator.getLineInstance();
                lines.setText(drawn);
                lines.first();
                assertThat(lines.next()).as("[" + drawn + "]").isEqualTo(drawn.length());
            }
        }
        WrappingText quoted = onFx(() -> new WrappingText("الموقف\"، وهدد", "plain"));
        assertThat(quoted.getChildren()).extracting(n -> ((Text) n).getText()).containsExactly("الموقف\"\u202F، ", "وهدد");
        assertThat(quoted.getText()).isEqualTo("الموقف\"، وهدد"); // the text itself is the file's
    }

    private static <T> T onFx(Callable<T> make) throws Exception {
        CompletableFuture<T> made = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                made.complete(make.call());
            } catch (Exception e) {
                made.completeExceptionally(e);
            }
        });
        return made.get(20, TimeUnit.SECONDS);
    }

    @Test
    void aFlowNeverShownTakesArabicTextWithoutBreakingAPieceWhenItsBoundsAreAskedBeforeItsLayout() throws Exception {
        // window re-test 25, F1: the detail pane's "no longer there" sentence, empty and hidden until then (width 0),
        // was given an Arabic name and a mouse move asked for its bounds before the next layout: TextFlow wrapped it
        // at 1 pixel (max(1, width - insets)) and JavaFX threw in computeTrailingSpaceWidth
        String said = "“عرض الأسعار (نسخة ٢).txt” is no longer there (deleted, moved or renamed), so no file is selected.";
        Throwable thrown = onFx(() -> {
            WrappingText flow = new WrappingText("", "plain");
            new Scene(new StackPane(flow));
            flow.prefWidth(-1); // as a layout pass over the empty, hidden flow does
            flow.setText(said, "plain");
            try {
                for (var node : flow.getChildren()) {
                    node.getBoundsInParent();
                }
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(thrown).isNull();
        assertThat(NoFxThreadErrors.drain()).isEmpty();
    }

    @Test
    void theDirectionMarksJavaFxDrawsAsBoxesAreNeverDrawn() throws Exception {
        // window re-test 25, F4 and F5: a name starting with U+200F, and the mark SnippetText puts after a sentence
        // written the other way, were drawn as missing-glyph boxes
        String name = "\u200FRLM-start quote\"s 'single' name.txt";
        String snippet = "pricing for the region.\u200E قبل الاجتماع مع العميل.\u200F Pricing \u061Cend";
        for (String text : List.of(name, snippet)) {
            WrappingText flow = onFx(() -> new WrappingText(text, "plain"));
            String drawn = String.join("", flow.getChildren().stream().map(n -> ((Text) n).getText()).toList());
            assertThat(drawn).as(text).doesNotContain("\u200E", "\u200F", "\u061C");
            assertThat(flow.getText()).isEqualTo(text); // the text itself is the file's
        }
        assertThat(WrappingText.forLabel(name)).isEqualTo("RLM-start quote\"s 'single' name.txt");
        assertThat(WrappingText.forLabel("a\u200Eb\u061Cc\u202Ed")).isEqualTo("abcd");
    }

    @Test
    void aLongUnbreakableComplexWordIsHandedOverACharacterAtATime() {
        String word = "الاتحادالجزائريوقتهاعنأسفه";
        List<WrappingText.Span> pieces = WrappingText.pieces(List.of(new WrappingText.Span(word, "plain")));

        assertThat(pieces).hasSize(word.length());
        assertThat(String.join("", pieces.stream().map(WrappingText.Span::text).toList())).isEqualTo(word);
    }

    @Test
    void theDirectionIsThatOfTheFirstStrongCharacter() {
        assertThat(WrappingText.direction("  \"الاتحاد\" 2026 Pricing")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(WrappingText.direction("2026: שלום")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(WrappingText.direction("Pricing الاتحاد")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(WrappingText.direction("2026 – 17")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        // a sentence reads in the direction of its own words, not of the name it quotes (window re-test 25, F1)
        assertThat(WrappingText.direction("“عرض الأسعار.txt” is no longer there.")).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(WrappingText.direction("“Pricing” عرض الأسعار")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(WrappingText.direction("“عرض الأسعار.txt”")).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(WrappingText.isComplex("Café déjà vu – “quotes” €5 中文")).isFalse();
        assertThat(WrappingText.isComplex("Cafe\u0301")).isTrue();
    }

    @Test
    void everyScriptWrapsAtEveryWidthAndShowsWholeLinesOnly() throws Exception {
        CompletableFuture<Integer> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                int passes = 0;
                for (String text : TEXTS) {
                    WrappingText flow = new WrappingText(text, "plain");
                    WrappingText twoLines = new WrappingText(text, "plain");
                    twoLines.setMaxLines(2);
                    StackPane root = new StackPane(flow);
                    StackPane other = new StackPane(twoLines);
                    Stage stage = new Stage();
                    stage.setScene(new Scene(new VBox(root, other), 700, 500));
                    stage.show();
                    for (int width = 12; width <= 700; width += 7) {
                        flow.setMaxWidth(width);
                        twoLines.setMaxWidth(width);
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        flow.prefHeight(width);
                        twoLines.prefHeight(width);
                        passes++;
                    }
                    assertThat(twoLines.getHeight()).isEqualTo(twoLines.prefHeight(-1));
                    stage.hide();
                }
                laidOut.complete(passes);
            } catch (Throwable e) {
                laidOut.completeExceptionally(e);
            }
        });
        assertThat(laidOut.get(120, TimeUnit.SECONDS)).isEqualTo(TEXTS.size() * 99);
        assertThat(NoFxThreadErrors.drain()).isEmpty();
    }

    @Test
    void aLabelWrappingArabicWouldThrowOnThisJavaFx() throws Exception {
        // the reason WrappingText exists: if this ever passes, JavaFX fixed its Pango run cache (see WrappingText)
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Text text = new Text(ARABIC);
            text.setWrappingWidth(200);
            try {
                text.getLayoutBounds();
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        Throwable e = thrown.get(20, TimeUnit.SECONDS);
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        assertThat(e).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThat(e.getStackTrace()[0].getMethodName()).isEqualTo("computeTrailingSpaceWidth");
    }

    @Test
    void aPersianWordWithAZeroWidthNonJoinerIsDrawnAsItsHalvesShapedApartNotWithABox() throws Exception {
        // window re-test 22, F2: JavaFX 26 draws U+200C as a missing-glyph box; the halves of the word, each shaped on
        // its own, are what the non-joiner asks for (the letter before it takes its final form)
        String word = "نورث\u200Cویند";
        WrappingText flow = onFx(() -> new WrappingText(word + " می\u200Cکند", "plain"));
        assertThat(flow.getChildren()).extracting(n -> ((Text) n).getText())
                .containsExactly("نورث", "ویند ", "می", "کند");

        int[] drawn = onFx(() -> pixels(new WrappingText(word, "plain")));
        int[] halves = onFx(() -> pixels(new TextFlow(new Text("نورث"), new Text("ویند"))));
        int[] javaFxAlone = onFx(() -> pixels(new TextFlow(new Text(word))));
        assertThat(drawn).as("the word as WrappingText draws it, against its halves shaped apart").isEqualTo(halves);
        // the reason for this: if this ever fails, JavaFX draws the non-joiner itself
        assertThat(javaFxAlone).as("the word as JavaFX draws it").isNotEqualTo(halves);
    }

    @Test
    void aPersianWordCutAtItsNonJoinerIsNeverBrokenBetweenItsHalves() throws Exception {
        WrappingText flow = onFx(() -> new WrappingText("نورث\u200Cویند", "plain"));
        double whole = onFx(() -> {
            Text measure = new Text("نورثویند");
            return measure.getLayoutBounds().getWidth();
        });
        assertThat(onFx(() -> flow.minWidth(-1))).isGreaterThanOrEqualTo(whole);
        assertThat(WrappingText.forLabel("می\u200Cکند")).isEqualTo("می\u200Aکند"); // a label draws a hair space
    }

    @Test
    void textKeptOnOneLineIsNotWrappedAtAnyWidth() throws Exception {
        // what the window does with a text JavaFX could not lay out wrapped after all (DrawingRepair)
        int lines = onFx(() -> {
            WrappingText flow = new WrappingText(ARABIC, "plain");
            flow.keepOnOneLine();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(flow), 200, 300));
            stage.show();
            flow.setMaxWidth(200);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            int n = flow.getLayoutInfo().getTextLines(false).size();
            stage.hide();
            return n;
        });
        assertThat(lines).isEqualTo(1);
        assertThat(NoFxThreadErrors.drain()).isEmpty();
    }

    /** The node's pixels, drawn on a white scene of its own (on the FX thread). */
    private static int[] pixels(Region node) {
        node.setStyle("-fx-background-color: white;");
        node.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(node), 300, 60));
        stage.show();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        WritableImage image = stage.getScene().snapshot(null);
        stage.hide();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
