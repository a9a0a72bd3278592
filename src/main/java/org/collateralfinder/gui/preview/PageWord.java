package org.collateralfinder.gui.preview;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word as it is drawn on a page picture, and where: its box as fractions of the picture's width and height
 * (0 to 1, from the top left), so it can be marked on the picture at any zoom.
 *
 * @param text the word as it is written on the page
 */
public record PageWord(String text, double x, double y, double width, double height) {

    /**
     * The words of {@code text} as the preview compares them: runs of letters and digits, compatibility-normalized
     * (a PDF's "ﬁ" ligature reads "fi") and in lower case. The words found on a page picture and the words the
     * search matched in the file's text are cut alike, so "Insight…" on the slide is the matched "insight".
     */
    public static List<String> wordsOf(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(normal.substring(start));
        }
        return words;
    }

    /** This word as {@link #wordsOf} cuts it (one word, or "" when it holds no letter or digit). */
    String compared() {
        return String.join("", wordsOf(text));
    }
}
