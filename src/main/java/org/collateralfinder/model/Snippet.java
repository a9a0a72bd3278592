package org.collateralfinder.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The format of {@link SearchHit#snippet()}: the document's text with {@code &}, {@code <} and
 * {@code >} written as {@code &amp;}, {@code &lt;} and {@code &gt;}, and each match between
 * {@code <b>} and {@code </b>}. Those two markers are the only markup, so a document's own
 * {@code <b>} or {@code <script>} can never be taken for a highlight.
 */
public final class Snippet {

    public static final String MATCH_START = "<b>";
    public static final String MATCH_END = "</b>";

    /** A run of the document's text (unescaped), a match or not. */
    public record Run(String text, boolean match) {
    }

    private Snippet() {
    }

    /** The document text as the snippet writes it. */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The document text back from its escaped form. */
    public static String unescape(String escaped) {
        return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The snippet as runs of plain text and matches, in order. */
    public static List<Run> runs(String snippet) {
        List<Run> runs = new ArrayList<>();
        if (snippet == null || snippet.isEmpty()) {
            return runs;
        }
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf(MATCH_START, i);
            if (open < 0) {
                runs.add(new Run(unescape(snippet.substring(i)), false));
                break;
            }
            if (open > i) {
                runs.add(new Run(unescape(snippet.substring(i, open)), false));
            }
            int close = snippet.indexOf(MATCH_END, open + MATCH_START.length());
            if (close < 0) {
                runs.add(new Run(unescape(snippet.substring(open + MATCH_START.length())), true));
                break;
            }
            runs.add(new Run(unescape(snippet.substring(open + MATCH_START.length(), close)), true));
            i = close + MATCH_END.length();
        }
        return runs;
    }
}
