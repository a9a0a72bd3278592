package org.collateralfinder.model;

import java.util.function.IntPredicate;

/**
 * The invisible characters that change the direction of the text around them: the marks (LRM U+200E, RLM U+200F,
 * ALM U+061C), the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). In a name typed by one
 * person and shown to others (a curation's owner, a collection, a saved search) they serve no one and can disguise
 * what follows: "owner Zoë ‮(maria, 2026-12-06)" shows the curator and the date mirrored. Names that hold one are
 * refused with a sentence ({@link #REFUSAL}); a name stored before that was refused is shown without them, so it
 * cannot reorder the text after it. They are removed rather than wrapped in an isolate: the window draws these
 * characters as boxes, and a terminal may honour them or not. The same goes for the invisible characters that make two
 * names look alike or break a line where none shows: the zero-width space U+200B, the word joiner U+2060, the byte order
 * mark U+FEFF, and the line and paragraph separators U+2028 and U+2029 (issue 16 re-test r23, finding 5), the soft
 * hyphen U+00AD and the Mongolian vowel separator U+180E ("Zo" + U+00AD + "x" reads "Zox": re-test r24, finding 6). The
 * zero-width (non-)joiners U+200C and U+200D stay: Persian and Indic names need them.
 */
public final class BidiControls {

    /** What a refusal says after "The owner", "The collection's name" …: "cannot hold …". */
    public static final String REFUSAL = "cannot hold invisible direction marks (such as a right-to-left override), "
            + "which can make the text after them read backwards, nor zero-width spaces or line separators; type it without "
            + "them.";

    private BidiControls() {
    }

    /** Whether the code point is one of the direction controls, or of the invisible characters named above. */
    public static boolean isOne(int codePoint) {
        return isMark(codePoint) || reorders(codePoint) || codePoint == 0x200B || codePoint == 0x2060
                || codePoint == 0xFEFF || codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0x00AD
                || codePoint == 0x180E;
    }

    /** Whether the text holds one (false for null). */
    public static boolean holdsAny(String text) {
        return text != null && text.codePoints().anyMatch(BidiControls::isOne);
    }

    /**
     * Whether the code point reorders the text after it whatever its letters are: an embedding, override or isolate
     * (U+202A–U+202E, U+2066–U+2069). A file name "report" + U+202E + "txt.odt" reads as "reportdo.txt" where it is drawn.
     * The marks (U+200E, U+200F, U+061C) only settle the direction of neutral characters beside them; right-to-left
     * names carry them with reason.
     */
    public static boolean reorders(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** The text without the characters that {@link #reorders reorder} what follows them; null stays null. */
    public static String withoutReordering(String text) {
        return without(text, BidiControls::reorders);
    }

    /** Whether the code point is a direction mark: LRM U+200E, RLM U+200F or the Arabic letter mark U+061C. */
    public static boolean isMark(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /**
     * The text as the window draws it: without the characters that {@link #reorders reorder} what follows them, and
     * without the direction marks, which JavaFX 26 draws as missing-glyph boxes (a file name starting with U+200F
     * showed a box in its row, the detail title and the Report: window re-test 25, F4); null stays null.
     */
    public static String drawable(String text) {
        return without(text, c -> reorders(c) || isMark(c));
    }

    /**
     * A path as a terminal shows it in path order: a left-to-right mark (U+200E) after each run of right-to-left letters
     * (with their combining marks), so the brackets, digits and separators after an Arabic or Hebrew folder name stay
     * left to right where they are ("عروض (2026)" was shown "(2026) عروض": the brackets joined the name's right-to-left
     * run, issue 16 re-test minor 5). Marks settle neutral characters only; a path without right-to-left letters is
     * returned as it is; null stays null. Not for the window, which draws the mark as a box ({@link #drawable}).
     */
    public static String inPathOrder(String path) {
        if (path == null || path.codePoints().noneMatch(BidiControls::rightToLeft)) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length() + 4);
        int[] points = path.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            out.appendCodePoint(points[i]);
            boolean inRun = rightToLeft(points[i]) || combining(points[i]);
            boolean runGoesOn = i + 1 < points.length && (rightToLeft(points[i + 1]) || combining(points[i + 1]));
            if (inRun && !runGoesOn && endsRightToLeft(points, i)) {
                out.append('\u200E');
            }
        }
        return out.toString();
    }

    /** Whether the run of letters and combining marks ending at {@code i} has a right-to-left letter last. */
    private static boolean endsRightToLeft(int[] points, int i) {
        for (int at = i; at >= 0; at--) {
            if (rightToLeft(points[at])) {
                return true;
            }
            if (!combining(points[at])) {
                return false;
            }
        }
        return false;
    }

    private static boolean combining(int codePoint) {
        return Character.getDirectionality(codePoint) == Character.DIRECTIONALITY_NONSPACING_MARK;
    }

    private static boolean rightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** The text without them, so it cannot reorder what is shown after it; null stays null. */
    public static String removed(String text) {
        return without(text, BidiControls::isOne);
    }

    /** The text without the code points {@code left} names (the text itself when it holds none); null stays null. */
    private static String without(String text, IntPredicate left) {
        if (text == null || text.codePoints().noneMatch(left)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(left.negate()).forEach(out::appendCodePoint);
        return out.toString();
    }
}
