package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;

/**
 * One of the top documents of a search, with what ranking and grouping need from its doc values (no
 * stored fields are read, so looking at a few hundred candidates takes well under a millisecond).
 *
 * @param rank       position in the first ranking
 * @param hash       content hash, or null
 * @param versionKey folder and name without version markers, or null
 * @param signature  MinHash of the text, or null for short texts
 */
record Candidate(int doc, float score, int rank, String id, String hash, String versionKey, BytesRef signature,
                 long modified) {

    Candidate withScore(float newScore) {
        return new Candidate(doc, newScore, rank, id, hash, versionKey, signature, modified);
    }

    /** Reads the candidates' doc values, leaf by leaf in document order; the result keeps the ranking. */
    static List<Candidate> load(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        Integer[] byDoc = new Integer[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> ranked[i].doc));
        Candidate[] out = new Candidate[ranked.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        Values values = null;
        for (int i : byDoc) {
            int doc = ranked[i].doc;
            while (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(++leafIndex);
                values = new Values(leaf.reader());
            }
            int local = doc - leaf.docBase;
            out[i] = new Candidate(doc, ranked[i].score, i, values.string(values.ids, local),
                    values.string(values.hashes, local), values.string(values.versions, local),
                    values.signature(local), values.modified(local));
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** The doc values of one leaf, read forward. */
    private static final class Values {
        final SortedDocValues ids;
        final SortedDocValues hashes;
        final SortedDocValues versions;
        final BinaryDocValues signatures;
        final NumericDocValues times;

        Values(LeafReader reader) throws IOException {
            ids = DocValues.getSorted(reader, Schema.ID);
            hashes = DocValues.getSorted(reader, Schema.HASH);
            versions = DocValues.getSorted(reader, Schema.VERSION_GROUP);
            signatures = DocValues.getBinary(reader, Schema.SIGNATURE);
            times = DocValues.getNumeric(reader, Schema.MODIFIED);
        }

        String string(SortedDocValues dv, int doc) throws IOException {
            return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
        }

        BytesRef signature(int doc) throws IOException {
            return signatures.advanceExact(doc) ? BytesRef.deepCopyOf(signatures.binaryValue()) : null;
        }

        long modified(int doc) throws IOException {
            return times.advanceExact(doc) ? times.longValue() : 0;
        }
    }
}
