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
                if (Respellings.distance(lower, name) <= allowed) {
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
}
