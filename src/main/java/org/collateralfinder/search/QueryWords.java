package org.collateralfinder.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;

/**
 * The words a rep typed, as the body holds them (stemmed) and as written, to tell which of them a matched body
 * term stands for: the word itself, a completion of it (as you type) or a close spelling of it (a typo, a word
 * form the stemmer keeps apart: "Idee" for "Ideen"). {@link PageHits} counts a page's distinct typed words this
 * way, so a page with one word in three spellings does not outrank the page with three words.
 */
final class QueryWords {

    /** A close spelling is at most this many edits (insert, delete, replace, swap two neighbours) away. */
    private static final int CLOSE = 2;

    private final List<String> stems;
    private final List<String> written;

    private QueryWords(List<String> stems, List<String> written) {
        this.stems = stems;
        this.written = written;
    }

    /** The words of {@code query} (its operators, quotes and field names are words or nothing here: they match no term). */
    static QueryWords of(String query) {
        return new QueryWords(tokens(Schema.queryAnalyzer(), query), tokens(Schema.wordsAnalyzer(), query));
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return ForgivingWords.analyze(analyzer, Schema.BODY, text);
    }

    /**
     * Whether the text a match covers is a typed word as written (lower case, accents folded): "Marina" for a typed
     * "marina", not "Marine", a close spelling of it; "Intentional", not "Intent", another form of it.
     */
    boolean asTyped(String matchedText) {
        List<String> tokens = tokens(Schema.wordsAnalyzer(), matchedText);
        return tokens.size() == 1 && written.contains(tokens.getFirst());
    }

    /**
     * Which typed word a matched term stands for: a key equal for every term of one word; the term itself when it
     * is none of them (a phrase's match, a word split or joined).
     */
    Object wordOf(BytesRef matched) {
        String term = matched.utf8ToString();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < Math.max(stems.size(), written.size()); i++) {
            int d = Math.min(distance(term, i < stems.size() ? stems.get(i) : null),
                    distance(term, i < written.size() ? written.get(i) : null));
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best >= 0 && bestDistance < Integer.MAX_VALUE ? Integer.valueOf(best) : term;
    }

    /**
     * How near a term is to a typed word: 0 the word itself, 1 a completion of it, 1 + its edits for a close
     * spelling (up to {@value #CLOSE} edits); MAX_VALUE when farther. The nearest word takes the term ("database"
     * is the typed "database", not a completion of a typed "data").
     */
    private static int distance(String term, String word) {
        if (word == null || word.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (term.equals(word)) {
            return 0;
        }
        if (term.startsWith(word)) {
            return 1;
        }
        int d = edits(term, word);
        return d <= CLOSE ? 1 + d : Integer.MAX_VALUE;
    }

    /** Optimal string alignment distance (Levenshtein with neighbours swapped as one edit). */
    static int edits(String a, String b) {
        return Math.abs(a.length() - b.length()) > CLOSE ? CLOSE + 1 : Respellings.distance(a, b);
    }
}
