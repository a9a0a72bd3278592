package org.collateralfinder.search;

import java.util.List;
import java.util.Locale;
import org.collateralfinder.index.Schema;

/**
 * The field names a query may use, in any case ({@code Title:} is {@code title:}), and what a name that is
 * none of them means: one a letter or two away from a field ({@code titel:}, {@code tpye:}) is a misspelling,
 * said in a sentence; any other ({@code agenda:}, {@code http:}, {@code 10:30}) is text, searched as words.
 */
final class QueryFields {

    /** Every name a query may use, the most common first (a misspelling close to two is read as the first). */
    private static final List<String> NAMES = List.of(Schema.TITLE, "type", Schema.AUTHOR, Schema.PATH_TEXT, "ext",
            "modified", "size", FeedbackFilters.TAG, FeedbackFilters.RATING, FeedbackFilters.COMMENTED, "name", "file",
            Schema.FILENAME, Schema.BODY, "kind", "extension", "year", "date");

    private QueryFields() {
    }

    /**
     * The field a typed name means: a known one in its own spelling, or the name as typed when it is text.
     *
     * @throws CloseToAField when the name is a misspelling of a field
     */
    static String canonical(String typed) throws CloseToAField {
        if (typed == null || "*".equals(typed)) {
            return typed;
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return lower;
        }
        if (lower.matches("\\p{L}{2,}")) {
            int allowed = lower.length() <= 4 ? 1 : 2;
            for (String name : NAMES) {
                if (distance(lower, name) <= allowed) {
                    throw new CloseToAField("There is no field “" + typed + "”; did you mean " + name + ":?");
                }
            }
        }
        return typed;
    }

    /** A field name that is a misspelling of a known one, with the sentence that says so. */
    static final class CloseToAField extends Exception {
        CloseToAField(String sentence) {
            super(sentence);
        }
    }

    /** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
