package org.collateralfinder.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.collateralfinder.index.Schema;

/**
 * How many results a search has, counted over all its matches so it does not depend on how many are
 * shown: files with identical content, and versions with the same folder and name once version markers
 * are removed, count once (as {@link ResultGrouper} shows them). Near-identical texts are only folded
 * among the hits shown, so they are not subtracted here. Reads two doc-values fields per match; the
 * ordinal maps that make their values comparable across segments are built once per reader.
 */
final class ResultCount {

    private record Ordinals(IndexReader reader, OrdinalMap hashes, OrdinalMap versions) {
    }

    private volatile Ordinals ordinals;

    long count(IndexReader reader, FacetsCollector matching) throws IOException {
        Ordinals maps = ordinals(reader);
        int hashNodes = (int) maps.hashes().getValueCount();
        int[] parent = new int[hashNodes + (int) maps.versions().getValueCount()];
        java.util.Arrays.fill(parent, -1);
        long results = 0;
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null || m.totalHits() == 0) {
                continue;
            }
            int leaf = m.context().ord;
            SortedDocValues hashes = DocValues.getSorted(m.context().reader(), Schema.HASH);
            SortedDocValues versions = DocValues.getSorted(m.context().reader(), Schema.VERSION_GROUP);
            LongValues globalHash = maps.hashes().getGlobalOrds(leaf);
            LongValues globalVersion = maps.versions().getGlobalOrds(leaf);
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int a = hashes.advanceExact(doc) ? (int) globalHash.get(hashes.ordValue()) : -1;
                int b = versions.advanceExact(doc) ? hashNodes + (int) globalVersion.get(versions.ordValue()) : -1;
                if (a < 0 && b < 0) {
                    results++; // a file that shares nothing with another
                    continue;
                }
                results += touch(parent, a) + touch(parent, b);
                if (a >= 0 && b >= 0 && ResultGrouper.find(parent, a) != ResultGrouper.find(parent, b)) {
                    ResultGrouper.union(parent, a, b); // one file joins two results into one
                    results--;
                }
            }
        }
        return results;
    }

    /** 1 when the node is seen for the first time (a new result, until joined to another), else 0. */
    private static int touch(int[] parent, int node) {
        if (node < 0 || parent[node] >= 0) {
            return 0;
        }
        parent[node] = node;
        return 1;
    }

    private Ordinals ordinals(IndexReader reader) throws IOException {
        Ordinals current = ordinals;
        if (current != null && current.reader() == reader) {
            return current;
        }
        Ordinals built = new Ordinals(reader, map(reader, Schema.HASH), map(reader, Schema.VERSION_GROUP));
        ordinals = built;
        return built;
    }

    private static OrdinalMap map(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
        }
        return OrdinalMap.build(null, values, PackedInts.DEFAULT);
    }
}
