package org.collateralfinder.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rep typed, read before parsing: the plain words (those that must match, not excluded, not in
 * quotes, not field values) in order, whether the query is nothing but such words and field filters,
 * and the word being typed last.
 */
record QueryText(List<Token> tokens, boolean plain, String lastWord) {

    /** One whitespace-separated part of the query; {@code word} is true for a plain word. */
    record Token(String text, boolean word) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’&._-]*");
    private static final Pattern FILTER = Pattern.compile("(?i)(type|kind|ext|extension|modified|year|date|size|tag|rating|commented):[^\\s\"()]+");
    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "&&", "||");

    static QueryText read(String query) {
        String q = query == null ? "" : query;
        List<Token> tokens = new ArrayList<>();
        boolean plain = true;
        boolean inQuotes = false;
        int depth = 0;
        String previous = "";
        for (String raw : q.strip().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            boolean quoted = inQuotes || raw.startsWith("\"");
            inQuotes = toggleQuotes(raw, inQuotes);
            boolean grouped = depth > 0 || raw.startsWith("(");
            depth = Math.max(0, depth + count(raw, '(') - count(raw, ')'));
            String text = raw.startsWith("+") ? raw.substring(1) : raw;
            boolean word = !quoted && !grouped && !"NOT".equals(previous) && !OPERATORS.contains(raw)
                    && WORD.matcher(text).matches();
            if (!word && !FILTER.matcher(raw).matches()) {
                plain = false;
            }
            tokens.add(new Token(text, word));
            previous = raw;
        }
        String last = null;
        if (!tokens.isEmpty() && !q.isEmpty() && Character.isLetterOrDigit(q.charAt(q.length() - 1))) {
            Token t = tokens.getLast();
            last = t.word() ? t.text() : null;
        }
        return new QueryText(List.copyOf(tokens), plain && !tokens.isEmpty(), last);
    }

    /** The plain words in order. */
    List<String> words() {
        return tokens.stream().filter(Token::word).map(Token::text).toList();
    }

    /** How many plain words equal {@code word} (ignoring case). */
    int occurrences(String word) {
        return (int) tokens.stream().filter(t -> t.word() && t.text().equalsIgnoreCase(word)).count();
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
