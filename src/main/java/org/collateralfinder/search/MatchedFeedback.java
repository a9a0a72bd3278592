package org.collateralfinder.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.index.Schema;

/**
 * The feedback on every file a search matches, not only the page of rows: what the window's Feedback and
 * Rating filters count, as the type counts look at every match. Copies of one content count once; versions
 * folded under another row count on their own (their feedback is theirs, and a filter on it lists them).
 */
final class MatchedFeedback {

    private MatchedFeedback() {
    }

    /** The summaries with feedback of the files matching {@code query}, by content hash. */
    static Map<String, FeedbackSummary> of(IndexSearcher searcher, Query query, FeedbackByFile files) throws IOException {
        Map<String, FeedbackSummary> byContent = new LinkedHashMap<>();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
            SortedDocValues hashes = DocValues.getSorted(leaf.reader(), Schema.HASH);
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live != null && !live.get(doc)) || !ids.advanceExact(doc) || !hashes.advanceExact(doc)) {
                    continue; // a file whose text was not read has no content to carry feedback
                }
                String hash = hashes.lookupOrd(hashes.ordValue()).utf8ToString();
                if (byContent.containsKey(hash)) {
                    continue;
                }
                FeedbackSummary summary = files.summary(new KnownFile(hash, ids.lookupOrd(ids.ordValue()).utf8ToString()));
                if (!summary.isEmpty()) {
                    byContent.put(hash, summary);
                }
            }
        }
        return byContent;
    }
}
