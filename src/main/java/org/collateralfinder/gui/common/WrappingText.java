package org.collateralfinder.gui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.text.TextLineInfo;
import org.collateralfinder.model.BidiControls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrapping text in any script (Arabic, Hebrew, Persian, Hindi, Thai as well as English), shown in the
 * direction it is written in. Use it, not a wrapping {@code Label}, {@code Text} or {@code TextArea},
 * wherever text from files or people can appear.
 *
 * <p>Why the text is cut up: on Linux, JavaFX 26 shapes right-to-left and other complex text with Pango,
 * and {@code PangoGlyphLayout} keeps a UTF-8 copy of each run keyed by the run object. When a line wraps
 * inside such a run, {@code PrismTextLayout} shortens the run ({@code TextRun.split}) and shapes it again
 * from the copy of the whole run: the run gets the glyphs of characters it no longer holds, their offsets
 * go negative, and {@code PrismTextLayout.computeTrailingSpaceWidth} throws
 * {@code ArrayIndexOutOfBoundsException} on every layout pass (a wrapped {@code Label}, {@code Text} or
 * {@code TextArea} fails the same way). A run is only split when a line breaks inside it. So complex text
 * is handed over as one {@code Text} per line-break opportunity (the {@link BreakIterator} JavaFX breaks
 * lines with): lines break where a run starts. A word longer than {@value #LONGEST_PIECE} characters is
 * handed over one character (grapheme) at a time; and the flow is never narrower than its widest
 * piece, so a piece never has to be broken. Text in Latin, Greek, Cyrillic or CJK scripts alone is kept
 * in one piece per style, as JavaFX splits such runs safely.
 *
 * <p>The direction is that of the first strong character (as HTML's {@code dir=auto}), what is quoted in
 * “curly quotes” aside: an Arabic snippet reads and aligns from the right, an English one from the left, and so
 * does an English sentence that starts with an Arabic file name in quotes.
 */
public class WrappingText extends TextFlow {

    private static final Logger LOG = LoggerFactory.getLogger(WrappingText.class);

    /** A piece of text with the style class its {@code Text} node gets. */
    public record Span(String text, String styleClass) {
    }

    /** The zero-width non-joiner (Persian's "half space"), which JavaFX 26 draws as a box (window re-test 22, F2). */
    static final String ZWNJ = "\u200C";
    /** U+200A, a hair space: where a label cannot cut its text into pieces, it stands for a zero-width non-joiner. */
    private static final String HAIR_SPACE = "\u200A";
    /** Marks a piece that ends in a zero-width non-joiner: it and the next one are one word. */
    private static final String JOINED_TO_NEXT = "wrapping-text-joined-to-next";

    /** Longer unbreakable words of complex text are handed over a character at a time. */
    static final int LONGEST_PIECE = 24;

    private final Text measure = new Text();
    private final InvalidationListener fontChanged = o -> forgetWidest();
    private final Rectangle clip = new Rectangle();
    private double widest = -1;
    private String text = "";
    private int maxLines;
    /** Set when JavaFX failed to lay the text out wrapped anyway: it is then kept on one line (cut off). */
    private boolean oneLine;

    public WrappingText() {
        getStyleClass().add("wrapping-text");
        getChildren().addListener((ListChangeListener<Node>) c -> forgetWidest());
    }

    public WrappingText(String text, String styleClass) {
        this();
        setText(text, styleClass);
    }

    /** Shows one text in one style. */
    public final void setText(String value, String styleClass) {
        setSpans(List.of(new Span(value == null ? "" : value, styleClass)));
    }

    /** Shows the spans (replacing what was shown) in their writing direction. */
    public final void setSpans(List<Span> spans) {
        List<Node> nodes = new ArrayList<>();
        for (Span piece : pieces(spans)) {
            Text t = new Text(drawn(piece.text()));
            t.getStyleClass().add(piece.styleClass());
            if (piece.text().endsWith(ZWNJ)) {
                t.getProperties().put(JOINED_TO_NEXT, Boolean.TRUE); // one word with the next piece: never apart
            }
            t.fontProperty().addListener(fontChanged);
            nodes.add(t);
        }
        String joined = joined(spans);
        if (!joined.equals(text)) {
            oneLine = false; // another text is given its chance to wrap
        }
        text = joined;
        getChildren().setAll(nodes);
        setNodeOrientation(direction(text));
        keepWiderThanEveryPiece();
    }

    /**
     * Widens the flow now, not at the next layout, when it is narrower than its widest piece: JavaFX lays the new
     * text out with the width it last wrapped at as soon as anything asks for its bounds (a mouse move picking the
     * node under it does, before the next layout pass). A flow that was never shown has width 0, and {@code TextFlow}
     * then wraps at 1 pixel (it wraps at {@code max(1, width - insets)}): every piece broken inside. That threw in the
     * detail pane's "no longer there" sentence naming an Arabic file, the first one of a session (window re-test 25,
     * F1).
     */
    private void keepWiderThanEveryPiece() {
        double least = computeMinWidth(-1);
        if (widest > 0 && getWidth() < least) {
            super.resize(least, getHeight());
        }
    }

    /**
     * Shows at most this many lines (0: all), always taking their height, whatever the text: the lines
     * that fit are shown whole and what follows is cut off cleanly.
     */
    public final void setMaxLines(int lines) {
        maxLines = Math.max(0, lines);
        setClip(maxLines > 0 ? clip : null);
        requestLayout();
    }

    /** The height of one line of text in the font of the first piece (after CSS), or of the default font. */
    private double lineHeight() {
        Text first = getChildren().isEmpty() || !(getChildren().getFirst() instanceof Text t) ? null : t;
        measure.setFont(first == null ? Font.getDefault() : first.getFont());
        measure.setText("Ag");
        return Math.ceil(measure.getLayoutBounds().getHeight()) + getLineSpacing();
    }

    /**
     * Keeps the text on one line from now on (what does not fit is cut off): for text JavaFX failed to lay out
     * wrapped in spite of the pieces (see the class comment and {@link DrawingRepair}). A line that is not broken
     * splits no run.
     */
    public final void keepOnOneLine() {
        if (!oneLine) {
            oneLine = true;
            forgetWidest();
        }
    }

    /** Whether the text is kept on one line because JavaFX failed to lay it out wrapped. */
    public final boolean keptOnOneLine() {
        return oneLine;
    }

    @Override
    protected void layoutChildren() {
        try {
            super.layoutChildren();
            for (Node child : getChildren()) {
                child.getBoundsInLocal(); // a text JavaFX cannot lay out throws here, not in a later frame's bounds
            }
        } catch (RuntimeException e) {
            if (oneLine) {
                throw e;
            }
            LOG.warn("JavaFX could not lay out a text of {} characters wrapped; it is kept on one line", text.length(),
                    e);
            keepOnOneLine();
            return;
        }
        if (maxLines > 0) {
            double bottom = getHeight() - snappedBottomInset();
            double shown = 0;
            for (TextLineInfo line : getLayoutInfo().getTextLines(false)) {
                if (line.bounds().getMaxY() > bottom + 0.5) {
                    break;
                }
                shown = line.bounds().getMaxY();
            }
            clip.setWidth(getWidth());
            clip.setHeight(shown == 0 ? bottom : Math.ceil(shown));
        }
    }

    /** The text shown, all spans joined. */
    public final String getText() {
        return text;
    }

    private void forgetWidest() {
        widest = -1;
        requestLayout();
    }

    /**
     * Never narrower than the widest piece of complex text, which must not be broken (see the class comment); kept
     * on one line, never narrower than the whole text.
     */
    @Override
    protected double computeMinWidth(double height) {
        if (widest < 0) {
            widest = 0;
            double whole = 0;
            double word = 0; // pieces of one word cut at a zero-width non-joiner are measured together
            for (Node child : getChildren()) {
                if (child instanceof Text t && (oneLine || isComplex(t.getText())
                        || t.getProperties().containsKey(JOINED_TO_NEXT) || word > 0)) {
                    measure.setFont(t.getFont());
                    measure.setText(t.getText());
                    double width = Math.ceil(measure.getLayoutBounds().getWidth()) + 1;
                    word += width;
                    widest = Math.max(widest, word);
                    whole += width;
                    if (!t.getProperties().containsKey(JOINED_TO_NEXT)) {
                        word = 0;
                    }
                }
            }
            if (oneLine) {
                widest = whole;
            }
        }
        return widest == 0 ? super.computeMinWidth(height) : snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (maxLines > 0) {
            return snappedTopInset() + maxLines * lineHeight() + snappedBottomInset();
        }
        return super.computePrefHeight(width < 0 ? width : Math.max(width, computeMinWidth(-1)));
    }

    @Override
    protected double computeMinHeight(double width) {
        return maxLines > 0 ? computePrefHeight(width) : super.computeMinHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return maxLines > 0 ? computePrefHeight(width) : super.computeMaxHeight(width);
    }

    @Override
    public void resize(double width, double height) {
        super.resize(Math.max(width, computeMinWidth(-1)), height);
    }

    /**
     * Lets a label wrap its text only while the text holds nothing complex (a wrapping label with Arabic in
     * it throws, see the class comment); complex text is shown on one line instead, cut with an ellipsis,
     * in full in a tooltip, and in its own direction. For labels whose text may hold names of files,
     * folders or what was typed; longer text from files belongs in a {@code WrappingText}.
     */
    public static void wrapSafely(Labeled label) {
        Tooltip full = new Tooltip();
        full.textProperty().bind(label.textProperty());
        InvalidationListener fit = o -> {
            boolean complex = isComplex(label.getText());
            label.setWrapText(!complex);
            label.setTooltip(complex ? full : null);
            label.setNodeOrientation(direction(label.getText()));
        };
        label.textProperty().addListener(fit);
        fit.invalidated(null);
    }

    /** Right to left when the first strong character is Hebrew, Arabic, Persian… (see {@link #isRightToLeft}). */
    public static NodeOrientation direction(String text) {
        return isRightToLeft(text) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * Whether the first strong character of the text is written right to left, passing over what is quoted in
     * “curly quotes” when the text has a strong character outside them: a sentence is read in the direction of its
     * own words, not of a name it quotes. "“عرض الأسعار.txt” is no longer there…" is an English sentence; read right
     * to left, its ".txt" and final period were on the wrong side (window re-test 25, F1).
     */
    public static boolean isRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        Boolean outside = firstStrongIsRightToLeft(text, true);
        return outside != null ? outside : Boolean.TRUE.equals(firstStrongIsRightToLeft(text, false));
    }

    /** Whether the first strong character is right to left, null when there is none (skipping “…” when asked). */
    private static Boolean firstStrongIsRightToLeft(String text, boolean skipQuoted) {
        int quoted = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (skipQuoted && cp == '\u201C') {
                quoted++;
            } else if (skipQuoted && cp == '\u201D' && quoted > 0) {
                quoted--;
            } else if (quoted == 0) {
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return false;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return null;
    }

    /** Whether JavaFX lays the text out as complex: shaped, or with right-to-left parts (see the class comment). */
    public static boolean isComplex(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isComplex(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isComplex(int cp) {
        if (cp < 0x0300) {
            return false;
        }
        if (cp <= 0x036F) {
            return true; // combining accents (a decomposed é)
        }
        if (cp < 0x0590) {
            return false; // Greek, Cyrillic, Armenian
        }
        if (cp < 0x1E00) {
            return true; // Hebrew, Arabic, Syriac, Thaana, Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer…
        }
        if (cp < 0x2000) {
            return false; // Latin and Greek extended
        }
        byte d = Character.getDirectionality(cp);
        int type = Character.getType(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_ARABIC_NUMBER
                || (d >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                && d <= Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT)
                || (d >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                && d <= Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE)
                || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The spans cut where a line may break (when the text is complex), long unbreakable complex words cut
     * into characters; joined, the pieces are the spans' text, in order, in their styles.
     */
    public static List<Span> pieces(List<Span> spans) {
        String all = joined(spans);
        if (!isComplex(all)) {
            return spans.stream().filter(s -> !s.text().isEmpty()).toList();
        }
        List<Integer> cuts = new ArrayList<>();
        BreakIterator lines = BreakIterator.getLineInstance();
        lines.setText(all);
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(all);
        int start = lines.first();
        for (int end = lines.next(); end != BreakIterator.DONE; start = end, end = lines.next()) {
            if (start == 0 || !mayNotStartALine(all.codePointAt(start))) {
                cuts.add(start);
            }
            if (end - start > LONGEST_PIECE && isComplex(all.substring(start, end))) {
                for (int c = characters.following(start); c < end; c = characters.next()) {
                    cuts.add(c);
                }
            }
        }
        // after each zero-width non-joiner, which is then left out (see drawn): two pieces are two runs, shaped
        // apart, so the letters either side take the forms the non-joiner asks for
        for (int at = all.indexOf(ZWNJ); at >= 0; at = all.indexOf(ZWNJ, at + 1)) {
            if (at + 1 < all.length()) {
                cuts.add(at + 1);
            }
        }
        cuts = new ArrayList<>(new TreeSet<>(cuts)); // in order, each once
        List<Span> pieces = new ArrayList<>();
        int at = 0;
        int cut = 0;
        for (Span span : spans) {
            int spanEnd = at + span.text().length();
            int from = at;
            while (cut < cuts.size() && cuts.get(cut) <= from) {
                cut++;
            }
            while (cut < cuts.size() && cuts.get(cut) < spanEnd) {
                pieces.add(new Span(all.substring(from, cuts.get(cut)), span.styleClass()));
                from = cuts.get(cut++);
            }
            if (from < spanEnd) {
                pieces.add(new Span(all.substring(from, spanEnd), span.styleClass()));
            }
            at = spanEnd;
        }
        return pieces;
    }

    /**
     * A piece as it is drawn: where Java's line breaks would still allow a break inside it (before a mark
     * no line may start with, see {@link #mayNotStartALine}), a narrow no-break space (U+202F) comes
     * first. JavaFX breaks lines wherever Java's line breaks allow, inside a {@code Text} as well, and a
     * complex run broken inside is drawn with the glyphs of the whole run (the Arabic comma after a quote
     * showed at the end of one line and again at the start of the next); the no-break space is the only
     * joiner Java's line breaks keep (a word joiner is passed over, a zero-width no-break space is drawn
     * as a box). A zero-width non-joiner, which JavaFX 26 draws as a box too, is left out: it ends its piece,
     * and the next piece is shaped apart (window re-test 22, F2). Embeddings, overrides and isolates
     * ({@link BidiControls#reorders}) are left out too: a file named "Climate " + U+202E + "txt.odt" read "Climate do.txt"
     * in a row, an .odt passing for a text file (issue 16 re-test r23, finding 7); the window shows text in the
     * direction of its letters and never draws these characters. Nor the direction marks (U+200E, U+200F, U+061C),
     * which JavaFX 26 draws as boxes: in file names and after the sentences {@code SnippetText} marks (window re-test
     * 25, F4 and F5).
     */
    static String drawn(String piece) {
        piece = BidiControls.drawable(piece); // a file named "x" + U+202E + "txt.odt" must not read as "xdo.txt"; no boxes
        if (!isComplex(piece)) {
            return piece;
        }
        piece = piece.replace(ZWNJ, ""); // it ends a piece (see pieces): the piece's end is the non-joiner
        BreakIterator lines = BreakIterator.getLineInstance();
        lines.setText(piece);
        StringBuilder out = new StringBuilder(piece.length() + 2);
        int from = 0;
        for (int at = lines.next(); at != BreakIterator.DONE && at < piece.length(); at = lines.next()) {
            if (mayNotStartALine(piece.codePointAt(at))) {
                out.append(piece, from, at).append('\u202F');
                from = at;
            }
        }
        return from == 0 ? piece : out.append(piece, from, piece.length()).toString();
    }

    /**
     * The text as a label shows it: a zero-width non-joiner, which JavaFX 26 draws as a box, becomes a hair space
     * (which joins nothing either, so the letters keep the forms the non-joiner asks for, a hair apart), and the
     * characters that reorder what follows them and the direction marks are left out, as in every piece a
     * {@code WrappingText} draws ({@link BidiControls#drawable}). A
     * {@code WrappingText} needs none of this: it cuts the text there (see {@link #pieces}).
     */
    public static String forLabel(String text) {
        return text == null ? null : BidiControls.drawable(text).replace(ZWNJ, HAIR_SPACE);
    }

    /**
     * What {@code source} says, as a label shows it ({@link #forLabel(String)}), following it: for the wrapping labels
     * whose sentences name files, collections or owners (a file name is whatever its maker typed); null reads as "".
     */
    public static ObservableValue<String> forLabel(ObservableValue<String> source) {
        return source.map(WrappingText::forLabel).orElse("");
    }

    /** Marks no line may start with, after a word (UAX #14 CL, CP, EX, IS), whatever Java's line breaks allow. */
    private static final String NO_BREAK_BEFORE = ",.;:!?،؛؟۔٫٬׃、。，．：；！？";

    /**
     * Whether a line may not start with this character: a comma, stop or closing mark. Java's line breaks put
     * one between a closing quote and the Arabic comma after it, and a line of the preview began with "،".
     */
    static boolean mayNotStartALine(int cp) {
        int type = Character.getType(cp);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || NO_BREAK_BEFORE.indexOf(cp) >= 0;
    }

    private static String joined(List<Span> spans) {
        StringBuilder all = new StringBuilder();
        spans.forEach(s -> all.append(s.text()));
        return all.toString();
    }
}
