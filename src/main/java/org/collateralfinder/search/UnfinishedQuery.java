package org.collateralfinder.search;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search box holds in the middle of typing a query: a phrase whose closing quote is not typed
 * yet, a group not closed, an operator or a field with nothing after it (or a rating with its comparison
 * only, {@code rating:>=}), a range without its end. As you type, the query searched is what is there so
 * far, finished for the rep; a search that is run (Enter, the command line) still says what is missing.
 */
public final class UnfinishedQuery {

    /**
     * The query to search for.
     *
     * @param text       the query with what was left open closed and what was left dangling removed
     * @param openPhrase the words of the phrase whose closing quote was added (its last word is still being
     *                   typed), or null
     * @param unclosed   {@code text} without the parentheses added to close groups: where the last word
     *                   typed is still at the end
     */
    record Finished(String text, String openPhrase, String unclosed) {
    }

    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "&&", "||", "+", "-", "!");
    /** A field name with nothing after it yet ({@code tag:}, {@code modified:}). */
    private static final Pattern BARE_FIELD = Pattern.compile("[+-]?[\\p{L}_]+:");
    /** A field and what follows it, after the operators that may stand before it. */
    private static final Pattern FIELD_VALUE = Pattern.compile("[(+\\-!]*([\\p{L}_]+):(.*)");

    /**
     * A range whose closing bracket alone is missing: both ends typed, the last one a whole date (2024,
     * 2024-06, 2024-06-30) or {@code *}; a date still being typed (2024-0) leaves the range out.
     */
    private static final Pattern RANGE_ENDS = Pattern.compile(
            "[\\[{]\\s*\\S+\\s+TO\\s+(\\*|\\d{4}(-\\d{2}(-\\d{2})?)?)\\s*");

    private UnfinishedQuery() {
    }

    /**
     * Whether the word at the end of the query is nothing to complete: an operator as typed (AND, OR, NOT),
     * a field with nothing after it yet ({@code tag:}, {@code title:}), a space after either, or a place inside
     * a range's brackets.
     * The search box offers no words or titles there ("(pricing OR" offered "org", "AND" offered "anderson").
     */
    public static boolean nothingToComplete(String q) {
        if (q == null || q.isBlank()) {
            return false;
        }
        if (endsInsideRange(q)) {
            return true;
        }
        String typed = q.stripTrailing();
        String last = typed.substring(startOfWord(typed, typed.length())).replaceFirst("^[(+\\-!]+", "");
        return OPERATORS.contains(last) || BARE_FIELD.matcher(last).matches();
    }

    static Finished finish(String typed) {
        if (typed == null) {
            return new Finished("", null, "");
        }
        String q = typed;
        String openPhrase = null;
        int quote = openQuote(q);
        if (quote >= 0) {
            String words = q.substring(quote + 1).strip();
            if (words.isEmpty()) {
                q = q.substring(0, quote);
            } else {
                q = q.strip() + "\"";
                openPhrase = words;
            }
        }
        int range = openRange(q);
        if (range >= 0) {
            // both ends typed, only the bracket missing: the range as it will be, so the list already keeps to it
            Matcher ends = RANGE_ENDS.matcher(q.substring(range));
            q = ends.matches() ? q.stripTrailing() + (q.charAt(range) == '[' ? "]" : "}")
                    : q.substring(0, startOfWord(q, range));
        }
        String before;
        do {
            before = q;
            q = q.stripTrailing();
            q = withoutLastWordIf(q, w -> OPERATORS.contains(w) || BARE_FIELD.matcher(w).matches() || w.equals("(")
                    || feedbackWithoutValue(w));
            while (q.endsWith("(")) {
                q = q.substring(0, q.length() - 1);
            }
        } while (!q.equals(before));
        String unclosed = q;
        int depth = openGroups(q);
        if (depth > 0) {
            q = q + ")".repeat(depth);
        }
        // nothing was unfinished: the query as typed (a space after the last word ends it: it no longer completes)
        return q.equals(typed.stripTrailing()) ? new Finished(typed, null, typed) : new Finished(q, openPhrase, unclosed);
    }

    /** A feedback clause whose value is not typed yet ({@code rating:>=}): left out until it is. */
    private static boolean feedbackWithoutValue(String word) {
        Matcher m = FIELD_VALUE.matcher(word);
        return m.matches() && FeedbackFilters.isField(m.group(1)) && FeedbackFilters.valueNotYetTyped(m.group(1), m.group(2));
    }

    /** Where the quote that is never closed opens, or -1. */
    private static int openQuote(String q) {
        int open = -1;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    /** Whether the query ends inside a range's brackets ({@code modified:[2024 TO}), outside quotes. */
    public static boolean endsInsideRange(String q) {
        return openRange(q) >= 0;
    }

    /** Where a range bracket ([ or {) that is never closed opens, outside quotes, or -1. */
    private static int openRange(String q) {
        int open = -1;
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                open = i;
            } else if (!quoted && (c == ']' || c == '}')) {
                open = -1;
            }
        }
        return open;
    }

    /** How many parentheses are open at the end, outside quotes. */
    private static int openGroups(String q) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }

    private static int startOfWord(String q, int index) {
        int from = index;
        while (from > 0 && !Character.isWhitespace(q.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    private static String withoutLastWordIf(String q, Predicate<String> dangling) {
        int from = startOfWord(q, q.length());
        return !q.isEmpty() && dangling.test(q.substring(from)) ? q.substring(0, from) : q;
    }
}
