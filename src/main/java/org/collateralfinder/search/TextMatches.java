package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.TextMatch;

/**
 * Every place in one file's text where a search matched, by the same highlighter as the snippets, so
 * the close spellings, word forms and completions the search used are found as well as the typed words.
 */
final class TextMatches extends UnifiedHighlighter {

    private TextMatches(Builder builder) {
        super(builder);
    }

    /**
     * @param doc      the file's document
     * @param query    the search's highlight query
     * @param maxChars only the text up to here is looked at
     * @param max      at most this many matches, first ones first
     */
    static List<TextMatch> find(IndexSearcher searcher, int doc, Query query, int maxChars, int max) throws IOException {
        Builder builder = UnifiedHighlighter.builder(searcher, Schema.queryAnalyzer())
                .withMaxLength(Math.max(1, maxChars))
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new PassageFormatter() {
                    @Override
                    public Object format(Passage[] passages, String content) {
                        List<TextMatch> found = new ArrayList<>();
                        for (Passage p : passages) {
                            for (int i = 0; i < p.getNumMatches() && found.size() < max; i++) {
                                found.add(new TextMatch(p.getMatchStarts()[i], p.getMatchEnds()[i]));
                            }
                        }
                        return found;
                    }
                });
        Object[] found = new TextMatches(builder).highlightFieldsAsObjects(new String[] {Schema.BODY}, query,
                new int[] {doc}, new int[] {1}).get(Schema.BODY);
        @SuppressWarnings("unchecked")
        List<TextMatch> matches = found == null || found[0] == null ? List.of() : (List<TextMatch>) found[0];
        return matches;
    }
}
