package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.Snippet;

/** Turns a highlighted snippet into runs of plain and bold text. */
public final class SnippetText {

    /** A run of text, bold when it is a match. */
    public record Span(String text, boolean bold) {
    }

    private SnippetText() {
    }

    /** Splits a snippet (see {@link org.collateralfinder.model.Snippet}) into spans of the document's text. */
    public static List<Span> parse(String snippet) {
        List<Span> spans = new ArrayList<>();
        for (Snippet.Run run : Snippet.runs(snippet)) {
            spans.add(new Span(run.text(), run.match()));
        }
        return spans;
    }
}
