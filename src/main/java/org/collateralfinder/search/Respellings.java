package org.collateralfinder.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a search looked for when a typed word is in no file and its likely spellings were searched
 * instead: "Showing results for "pricing guide": no file contains "prcing"." The queries named are those
 * searched: the results are those of a search for them.
 */
final class Respellings {

    /** More spelled-out queries than this are summed up as "close spellings". */
    private static final int MAX_NAMED = 3;

    private Respellings() {
    }

    /**
     * @param query       what was typed
     * @param corrections each typed word no file contains, with the spellings searched instead
     * @return the sentence, or empty when no word was respelled
     */
    static Optional<String> describe(String query, Map<String, List<String>> corrections) {
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        // every combination of the spellings searched, as a query of its own: the results are theirs
        List<String> queries = List.of(query);
        for (Map.Entry<String, List<String>> c : corrections.entrySet()) {
            Pattern word = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(c.getKey()) + "(?![\\p{L}\\p{N}])");
            queries = queries.stream().flatMap(q -> c.getValue().stream()
                    .map(s -> word.matcher(q).replaceFirst(Matcher.quoteReplacement(s)).strip())).toList();
        }
        String searched = queries.size() <= MAX_NAMED
                ? String.join(" or ", queries.stream().map(q -> "\"" + q + "\"").toList())
                : "close spellings (" + String.join(", ", corrections.values().stream().flatMap(List::stream).toList()) + ")";
        return Optional.of("Showing results for " + searched + ": no file contains "
                + String.join(" or ", corrections.keySet().stream().map(w -> "\"" + w + "\"").toList()) + ".");
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
