package org.collateralfinder.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.collateralfinder.index.Schema;

/**
 * Every file a query matches, as its path and content: one pass over two doc values, no ranking, grouping or snippets
 * (what a saved search compares with the files it matched when last opened).
 */
final class MatchingFiles {

    private MatchingFiles() {
    }

    /** Path to content hash ("" for a file without one) of every live file {@code query} matches. */
    static Map<String, String> of(IndexSearcher searcher, Query query) throws IOException {
        Map<String, String> files = new HashMap<>();
        FacetsCollector matching = searcher.search(query, new FacetsCollectorManager());
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            SortedDocValues ids = DocValues.getSorted(m.context().reader(), Schema.ID);
            SortedDocValues hashes = DocValues.getSorted(m.context().reader(), Schema.HASH);
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                String path = value(ids, doc);
                if (path != null) {
                    String hash = value(hashes, doc);
                    files.put(path, hash == null ? "" : hash);
                }
            }
        }
        return files;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }
}
