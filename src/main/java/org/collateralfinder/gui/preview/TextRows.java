package org.collateralfinder.gui.preview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.TextMatch;

/**
 * A file's text cut into the rows the Text tab lists, with what the search matched marked: one row per line
 * of the text, and a line longer than {@value #MAX_ROW_CHARS} characters (a file without line breaks) cut
 * between words into more rows, never inside a match. The list lays out only the rows in view, so a row must
 * stay small whatever the file: one row holding a whole long line was laid out at once, every word of it.
 * Made on a background thread; each row keeps its line's writing direction.
 *
 * @param rows       the rows, in order
 * @param rowOfMatch for each match (by its index in the matches), the row that shows it, or -1
 */
record TextRows(List<Row> rows, int[] rowOfMatch) {

    /** Longer lines are cut into rows of at most this many characters. */
    static final int MAX_ROW_CHARS = 1_000;

    static final TextRows EMPTY = new TextRows(List.of(), new int[0]);

    /** A piece of a row: plain text ({@code match} -1) or the match with this index. */
    record Part(String text, int match) {
    }

    /** One row: its parts, and whether its line is written right to left. */
    record Row(List<Part> parts, boolean rightToLeft) {
    }

    TextRows {
        rows = List.copyOf(rows);
    }

    /** The row showing this match, or -1 when none does. */
    int rowOf(int match) {
        return match >= 0 && match < rowOfMatch.length ? rowOfMatch[match] : -1;
    }

    /** @param matches where the search matched, in order of their start (a match across lines is not marked) */
    static TextRows of(String text, List<TextMatch> matches) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        List<Row> rows = new ArrayList<>();
        int[] rowOfMatch = new int[matches.size()];
        Arrays.fill(rowOfMatch, -1);
        int m = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            boolean rightToLeft = WrappingText.isRightToLeft(text.substring(start, Math.min(end, start + MAX_ROW_CHARS)));
            int from = start;
            do {
                int to = cut(text, from, end, matches, m);
                List<Part> parts = new ArrayList<>();
                int at = from;
                for (; m < matches.size() && matches.get(m).start() < to; m++) {
                    TextMatch match = matches.get(m);
                    if (match.start() >= at && match.end() <= to) {
                        if (match.start() > at) {
                            parts.add(new Part(text.substring(at, match.start()), -1));
                        }
                        parts.add(new Part(text.substring(match.start(), match.end()), m));
                        rowOfMatch[m] = rows.size();
                        at = match.end();
                    }
                }
                if (at < to) {
                    parts.add(new Part(text.substring(at, to), -1));
                }
                if (parts.isEmpty()) {
                    parts.add(new Part(" ", -1)); // an empty line keeps its height
                }
                rows.add(new Row(List.copyOf(parts), rightToLeft));
                from = to;
            } while (from < end);
            start = end + 1;
        }
        return new TextRows(rows, rowOfMatch);
    }

    /**
     * Where the row starting at {@code from} ends: the line's end when it is near, else after the last space
     * in reach (or at the limit, between two characters), moved before a match that would be cut.
     */
    private static int cut(String text, int from, int lineEnd, List<TextMatch> matches, int firstMatch) {
        if (lineEnd - from <= MAX_ROW_CHARS) {
            return lineEnd;
        }
        int limit = from + MAX_ROW_CHARS;
        int cut = limit;
        for (int i = limit - 1; i > from + MAX_ROW_CHARS / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i + 1;
                break;
            }
        }
        if (cut == limit && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        for (int m = firstMatch; m < matches.size() && matches.get(m).start() < cut; m++) {
            TextMatch match = matches.get(m);
            if (match.end() > cut) {
                return match.start() > from ? match.start() : Math.min(lineEnd, match.end());
            }
        }
        return cut;
    }
}
