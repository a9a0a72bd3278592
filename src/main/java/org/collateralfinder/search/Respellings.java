package org.collateralfinder.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a search looked for when a typed word is in no file and its close spellings were searched
 * instead: "Showing results for "pricing guide": no file contains "prcing"." The spelling named is the one
 * the best results show in bold (the close spellings themselves are stems, not words a rep would read).
 */
final class Respellings {

    private static final Pattern BOLD = Pattern.compile("<b>(.*?)</b>");

    private Respellings() {
    }

    /**
     * @param query     what was typed
     * @param respelled the typed words no file contains
     * @param snippets  the results' snippets, best first, matches in {@code <b>…</b>}
     * @return the sentence, or empty when a respelled word shows in no snippet
     */
    static Optional<String> describe(String query, List<String> respelled, List<String> snippets) {
        if (respelled.isEmpty()) {
            return Optional.empty();
        }
        String corrected = query;
        for (String word : respelled) {
            Optional<String> shown = shownFor(word, snippets);
            if (shown.isEmpty()) {
                return Optional.empty();
            }
            corrected = corrected.replaceFirst("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Matcher.quoteReplacement(shown.get()));
        }
        return Optional.of("Showing results for \"" + corrected.strip() + "\": no file contains "
                + String.join(" or ", respelled.stream().map(w -> "\"" + w + "\"").toList()) + ".");
    }

    /** The first word in bold in the snippets that is a close spelling of the typed word. */
    private static Optional<String> shownFor(String typed, List<String> snippets) {
        String want = typed.toLowerCase(Locale.ROOT);
        int edits = Math.max(2, Ranking.maxEdits(want));
        for (String snippet : snippets) {
            Matcher m = BOLD.matcher(snippet == null ? "" : snippet);
            while (m.find()) {
                String word = m.group(1).strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.equals(want) && distance(word, want) <= edits) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
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
