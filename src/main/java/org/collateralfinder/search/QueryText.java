package org.collateralfinder.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rep typed, read before parsing: the plain words (those that must match, not excluded, not in
 * quotes, not field values) in order, whether the query is nothing but such words and field filters,
 * and what is being typed last.
 *
 * @param lastWord the word being typed last, when it is a word the query searches for (also in a group or
 *                 after OR; not excluded, not in quotes), or null
 * @param lastTerm the last term being typed as the parser reads it (a word, or a field and its value as in
 *                 {@code tag:wor}), or null when a space, a closing parenthesis or a quote ends the query
 */
record QueryText(List<Token> tokens, boolean plain, String lastWord, String lastTerm) {

    /**
     * One whitespace-separated part of the query; {@code word} is true for a plain word; {@code term} is the
     * part as the parser reads it outside quotes (operators and parentheses around it left out), or null.
     */
    record Token(String text, boolean word, String term) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’&._-]*");
    private static final Pattern FILTER = Pattern.compile("(?i)(type|kind|ext|extension|modified|year|date|size|tag|rating|commented):[^\\s\"()]+");
    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "&&", "||");
    /** What may stand before a term: the start of a group, required, excluded. */
    private static final String PREFIXES = "(+-!";

    static QueryText read(String query) {
        String q = query == null ? "" : query;
        List<Token> tokens = new ArrayList<>();
        boolean plain = true;
        boolean inQuotes = false;
        int depth = 0;
        String previous = "";
        String lastWord = null;
        for (String raw : q.strip().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            boolean quoted = inQuotes || raw.startsWith("\"");
            inQuotes = toggleQuotes(raw, inQuotes);
            boolean grouped = depth > 0 || raw.startsWith("(");
            depth = Math.max(0, depth + count(raw, '(') - count(raw, ')'));
            String text = raw.startsWith("+") ? raw.substring(1) : raw;
            boolean operator = OPERATORS.contains(raw);
            boolean excluded = "NOT".equals(previous);
            boolean word = !quoted && !grouped && !excluded && !operator && WORD.matcher(text).matches();
            if (!word && !FILTER.matcher(raw).matches()) {
                plain = false;
            }
            String term = quoted || operator ? null : term(raw);
            tokens.add(new Token(text, word, term));
            // a word in a group or after OR is searched for too (one excluded is not: it completes nothing)
            lastWord = term != null && !excluded && WORD.matcher(term).matches() && !excludes(raw) ? term : null;
            previous = raw;
        }
        boolean open = !q.isEmpty() && !Character.isWhitespace(q.charAt(q.length() - 1)) && !tokens.isEmpty();
        String lastTerm = open && !q.endsWith(")") ? tokens.getLast().term() : null;
        boolean typingWord = open && Character.isLetterOrDigit(q.charAt(q.length() - 1));
        return new QueryText(List.copyOf(tokens), plain && !tokens.isEmpty(), typingWord ? lastWord : null, lastTerm);
    }

    /** The plain words in order. */
    List<String> words() {
        return tokens.stream().filter(Token::word).map(Token::text).toList();
    }

    /** The word typed just before the last word, nothing between them (the start of a code: "x" of "x 5"), or null. */
    String wordBeforeLast() {
        if (lastWord == null || tokens.size() < 2) {
            return null;
        }
        Token before = tokens.get(tokens.size() - 2);
        boolean excluded = before.text().startsWith("-") || before.text().startsWith("!");
        return before.term() != null && !excluded && WORD.matcher(before.term()).matches() ? before.term() : null;
    }

    /** How many times the parser reads {@code term} outside quotes (ignoring case). */
    int occurrences(String term) {
        return (int) tokens.stream().filter(t -> term.equalsIgnoreCase(t.term())).count();
    }

    /** The query with the plain words at {@code index} and {@code index + 1} replaced by {@code joined}. */
    String join(int index, String joined) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i == index + 1) {
                continue;
            }
            b.append(b.isEmpty() ? "" : " ").append(i == index ? joined : tokens.get(i).text());
        }
        return b.toString();
    }

    /** The part as the parser reads it: without the parentheses and operators around it. */
    private static String term(String raw) {
        int from = 0;
        while (from < raw.length() && PREFIXES.indexOf(raw.charAt(from)) >= 0) {
            from++;
        }
        int to = raw.length();
        while (to > from && raw.charAt(to - 1) == ')') {
            to--;
        }
        return from < to ? raw.substring(from, to) : null;
    }

    /** Whether the part is excluded ({@code -word}, {@code !word}, {@code (-word}). */
    private static boolean excludes(String raw) {
        for (int i = 0; i < raw.length() && PREFIXES.indexOf(raw.charAt(i)) >= 0; i++) {
            if (raw.charAt(i) == '-' || raw.charAt(i) == '!') {
                return true;
            }
        }
        return false;
    }

    private static boolean toggleQuotes(String raw, boolean inQuotes) {
        boolean state = inQuotes;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\\') {
                i++;
            } else if (raw.charAt(i) == '"') {
                state = !state;
            }
        }
        return state;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
