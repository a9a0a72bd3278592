package org.collateralfinder.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.collateralfinder.model.FileCollection;

/**
 * Whether a collection answers a query, by its name and description: the one rule {@code search --json} and the
 * window's collections list follow. The query's plain words count (not its operators, excluded words or fields such
 * as {@code type:pdf}); each must begin a word of the name or description, ignoring case and accents, or be that word
 * with a plural ending ({@code kits} finds "kit"). "pitch kit" finds "Healthcare pitch kit"; a query without plain
 * words finds no collection.
 */
public final class CollectionMatch {

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

    private CollectionMatch() {
    }

    /** Whether every plain word of the query is found in the collection's name or description. */
    public static boolean matches(String query, FileCollection collection) {
        List<String> asked = plainWords(query);
        if (asked.isEmpty()) {
            return false;
        }
        List<String> said = words(collection.name() + " " + (collection.description() == null ? ""
                : collection.description()));
        return asked.stream().allMatch(word -> said.stream().anyMatch(w -> w.startsWith(word)
                || w.length() >= 3 && word.startsWith(w) && word.length() - w.length() <= 2));
    }

    /** The words of a query a collection is matched by: operators, excluded words and field filters left out. */
    static List<String> plainWords(String query) {
        List<String> plain = new ArrayList<>();
        if (query == null) {
            return plain;
        }
        for (String token : query.strip().split("\\s+")) {
            if (token.isEmpty() || OPERATORS.contains(token) || token.startsWith("-") || token.startsWith("!")
                    || token.contains(":")) {
                continue;
            }
            plain.addAll(words(token));
        }
        return plain;
    }

    /** Lower-case words of letters and digits, accents dropped. */
    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
