package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns highlighted text into runs of plain and bold text, and finds the query's words in a text. */
public final class SnippetText {

    /** A run of text, bold when it is a match. */
    public record Span(String text, boolean bold) {
    }

    /** A match of a query word in a text, by character offsets. */
    public record Match(int start, int end) {
    }

    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    private SnippetText() {
    }

    /** Splits a snippet (see {@link org.collateralfinder.model.Snippet}) into spans of the document's text. */
    public static List<Span> parse(String snippet) {
        List<Span> spans = new ArrayList<>();
        for (org.collateralfinder.model.Snippet.Run run : org.collateralfinder.model.Snippet.runs(snippet)) {
            spans.add(new Span(run.text(), run.match()));
        }
        return spans;
    }

    /** The words of a query worth highlighting: no operators, field names, or excluded words. */
    public static List<String> queryWords(String query) {
        Set<String> words = new LinkedHashSet<>();
        if (query == null) {
            return List.of();
        }
        for (String token : query.split("\\s+")) {
            if (token.startsWith("-") || token.startsWith("!")) {
                continue;
            }
            String t = token.contains(":") ? token.substring(token.indexOf(':') + 1) : token;
            if (token.contains(":") && !token.toLowerCase(Locale.ROOT).matches("^(title|author|body|name|file|path):.*")) {
                continue;
            }
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (!OPERATORS.contains(w)) {
                    words.add(w);
                }
            }
        }
        return List.copyOf(words);
    }

    /**
     * Where the words occur in the text: at the start of a word, matching "pricing" in "Pricing" and
     * "price" in "prices" (the index stems words; this is close enough for highlighting).
     */
    public static List<Match> find(String text, List<String> words, int max) {
        List<Match> matches = new ArrayList<>();
        if (text == null || words.isEmpty()) {
            return matches;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String w : words) {
            String stem = w.length() > 4 ? w.substring(0, w.length() - 1) : w;
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(stem));
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = p.matcher(text);
        while (m.find() && matches.size() < max) {
            matches.add(new Match(m.start(), m.end()));
        }
        return matches;
    }
}
