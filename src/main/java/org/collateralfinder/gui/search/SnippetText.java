package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.Snippet;

/**
 * Turns a highlighted snippet into runs of plain and bold text. A snippet joins the lines of its text into one
 * paragraph, drawn in the direction of its first strong character ({@link WrappingText#isRightToLeft}); a
 * sentence written the other way keeps its own direction at its end, as each line of the preview does: its
 * closing full stop gets a mark of that direction, else an English sentence after Arabic ones read
 * ".English line again: pricing for the region".
 */
public final class SnippetText {

    /** Left-to-right and right-to-left marks: invisible, they make the full stop before them go that way. */
    private static final char LRM = '\u200E';
    private static final char RLM = '\u200F';

    /** A run of text, bold when it is a match. */
    public record Span(String text, boolean bold) {
    }

    private SnippetText() {
    }

    /** Splits a snippet (see {@link org.collateralfinder.model.Snippet}) into spans of the document's text. */
    public static List<Span> parse(String snippet) {
        List<Snippet.Run> runs = Snippet.runs(snippet);
        StringBuilder all = new StringBuilder();
        runs.forEach(run -> all.append(run.text()));
        boolean paragraphRtl = WrappingText.isRightToLeft(all.toString());
        List<Span> spans = new ArrayList<>();
        StringBuilder sentence = new StringBuilder(); // the sentence so far, across runs
        for (Snippet.Run run : runs) {
            StringBuilder text = new StringBuilder();
            String t = run.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                text.append(c);
                sentence.append(c);
                if (ends(c) && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                    String s = sentence.toString();
                    if (s.codePoints().anyMatch(Character::isLetter) && WrappingText.isRightToLeft(s) != paragraphRtl) {
                        text.append(paragraphRtl ? LRM : RLM);
                    }
                    sentence.setLength(0);
                }
            }
            spans.add(new Span(text.toString(), run.match()));
        }
        return spans;
    }

    /** Whether the character ends a sentence (Latin, Arabic and Urdu full stops, question and exclamation marks). */
    private static boolean ends(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4';
    }
}
