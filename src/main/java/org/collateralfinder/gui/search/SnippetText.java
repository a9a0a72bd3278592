package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.List;

/** Turns a highlighted snippet into runs of plain and bold text. */
public final class SnippetText {

    /** A run of text, bold when it is a match. */
    public record Span(String text, boolean bold) {
    }

    private SnippetText() {
    }

    /** Splits a snippet with {@code <b>…</b>} around matches into spans; other markup is kept as text. */
    public static List<Span> parse(String snippet) {
        List<Span> spans = new ArrayList<>();
        if (snippet == null || snippet.isEmpty()) {
            return spans;
        }
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf("<b>", i);
            if (open < 0) {
                spans.add(new Span(snippet.substring(i), false));
                break;
            }
            if (open > i) {
                spans.add(new Span(snippet.substring(i, open), false));
            }
            int close = snippet.indexOf("</b>", open + 3);
            if (close < 0) {
                spans.add(new Span(snippet.substring(open + 3), true));
                break;
            }
            spans.add(new Span(snippet.substring(open + 3, close), true));
            i = close + 4;
        }
        return spans;
    }
}
