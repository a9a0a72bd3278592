package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;

/**
 * The words that follow a phrase in the files themselves, in one field: how a phrase being typed goes on
 * where it is written, however few files hold its next word (the most frequent completions miss a rare
 * one: "Large H" is not "Large Hadron" when hundreds of words start with h). Reads where the phrase stands
 * in the first {@link Ranking#PHRASE_FOLLOWING_FILES} files holding it, at most
 * {@link Ranking#PHRASE_FOLLOWING_PLACES} places in each, and the stored text there: from the place on (the
 * body, whose offsets the index holds) or the whole title or file name, analysed as the index analysed it.
 */
final class PhraseFollowers {

    /** How far past a place the next word is looked for. */
    private static final int WINDOW_CHARS = 64;
    /** The fields' words as the index analysed them (positions as it gave them). */
    private static final Analyzer INDEXED = Schema.indexAnalyzer();

    private PhraseFollowers() {
    }

    /**
     * The words {@code distance} positions after the start of {@code before} in {@code field}, as the field
     * holds them, that start with one of {@code starts}.
     */
    static Set<BytesRef> of(IndexSearcher searcher, String field, PhraseQuery before, int distance, List<String> starts)
            throws IOException {
        Set<BytesRef> out = new LinkedHashSet<>();
        if (before.getTerms().length == 0) {
            return out;
        }
        String first = before.getTerms()[0].text();
        Weight weight = searcher.createWeight(searcher.rewrite(before), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int files = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue; // a file since updated or removed
                }
                if (files++ == Ranking.PHRASE_FOLLOWING_FILES) {
                    return out;
                }
                Matches matches = weight.matches(leaf, doc);
                MatchesIterator places = matches == null ? null : matches.getMatches(field);
                String text = places == null ? null : leaf.reader().storedFields().document(doc, Set.of(field)).get(field);
                for (int n = 0; text != null && n < Ranking.PHRASE_FOLLOWING_PLACES && places.next(); n++) {
                    for (String word : wordsAfter(field, text, places, first, distance)) {
                        if (starts.stream().anyMatch(word::startsWith)) {
                            out.add(new BytesRef(word));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The words {@code distance} positions after the place's first word (a word and its parts may share a
     * position). With offsets, the text is read from the place on and the first word found in it; without
     * (titles, file names), the whole text is read and the place's position is the word's.
     */
    private static List<String> wordsAfter(String field, String text, MatchesIterator place, String first, int distance)
            throws IOException {
        int from = place.startOffset();
        String read = from < 0 ? text : text.substring(from, Math.min(text.length(), place.endOffset() + WINDOW_CHARS));
        int start = from < 0 ? place.startPosition() : -1;
        List<String> out = new ArrayList<>(2);
        try (TokenStream ts = INDEXED.tokenStream(field, read)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                if (start < 0 && term.toString().equals(first)) {
                    start = position;
                }
                if (start >= 0 && position == start + distance) {
                    out.add(term.toString());
                }
            }
            ts.end();
        }
        return out;
    }
}
