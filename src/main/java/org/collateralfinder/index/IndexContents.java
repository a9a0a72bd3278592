package org.collateralfinder.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.IndexedFile;

/** Passes over every document of an index: reads of the doc values every document carries, and the remap of a source. */
final class IndexContents {

    private IndexContents() {
    }

    /** Failures worth another try at the next run: permissions may come back, a slow read may pass. */
    private static final Set<String> READ_AGAIN = Set.of(FailureReason.UNREADABLE.id(), FailureReason.TIMEOUT.id());

    /** What the index knows of each file, for change detection: id to size, time, source, content and whether to read it again. */
    static Map<String, FileState> fileStates(IndexReader index) throws IOException {
        return fileStates(index, true);
    }

    /**
     * As {@link #fileStates(IndexReader)}; without {@code withContent} each state's content hash is left null. A
     * hash is a random seek into the hash field's terms (one compressed block decoded for each): most of the cost
     * of reading 100,000 states, for a run over unchanged files that needs none ({@link #contentHashesOf}).
     */
    static Map<String, FileState> fileStates(IndexReader index, boolean withContent) throws IOException {
        Map<String, FileState> state = new HashMap<>(index.numDocs() * 2 + 16);
        for (LeafReaderContext leaf : index.leaves()) {
            LeafReader reader = leaf.reader();
            SortedDocValues ids = reader.getSortedDocValues(Schema.ID);
            SortedDocValues sources = reader.getSortedDocValues(Schema.SOURCE);
            NumericDocValues sizes = reader.getNumericDocValues(Schema.SIZE);
            NumericDocValues times = reader.getNumericDocValues(Schema.MODIFIED);
            NumericDocValues changes = reader.getNumericDocValues(Schema.CHANGED);
            SortedDocValues hashes = withContent ? reader.getSortedDocValues(Schema.HASH) : null;
            if (ids == null) {
                continue;
            }
            Set<Integer> readAgain = failedToReadAgain(reader);
            Bits live = reader.getLiveDocs();
            String[] sourceNames = new String[sources == null ? 0 : sources.getValueCount()];
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                long size = sizes != null && sizes.advanceExact(doc) ? sizes.longValue() : -1;
                long time = times != null && times.advanceExact(doc) ? times.longValue() : -1;
                long changed = changes != null && changes.advanceExact(doc) ? changes.longValue() : 0;
                String source = null;
                if (sources != null && sources.advanceExact(doc)) {
                    int ord = sources.ordValue();
                    if (sourceNames[ord] == null) {
                        sourceNames[ord] = sources.lookupOrd(ord).utf8ToString();
                    }
                    source = sourceNames[ord];
                }
                String hash = hashes != null && hashes.advanceExact(doc) ? hashes.lookupOrd(hashes.ordValue()).utf8ToString() : null;
                state.put(id, new FileState(size, time, changed, source, hash, readAgain.contains(doc)));
            }
        }
        return state;
    }

    /** The documents of a segment whose reading failed for a reason in {@link #READ_AGAIN} (failures are few). */
    private static Set<Integer> failedToReadAgain(LeafReader reader) throws IOException {
        Set<Integer> docs = new HashSet<>();
        PostingsEnum failed = reader.postings(new Term(Schema.STATE, Schema.STATE_FAILED));
        if (failed == null) {
            return docs;
        }
        StoredFields stored = reader.storedFields();
        for (int doc = failed.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = failed.nextDoc()) {
            String reason = stored.document(doc, Set.of(Schema.FAILURE)).get(Schema.FAILURE);
            if (reason != null && READ_AGAIN.contains(reason)) {
                docs.add(doc);
            }
        }
        return docs;
    }

    /**
     * The content hash of each of {@code ids} the index holds with one (others are left out): looked up one by one
     * when they are few, else read in one pass over every document.
     */
    static Map<String, String> contentHashesOf(IndexReader index, Collection<String> ids) throws IOException {
        Map<String, String> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        if (ids.size() > index.numDocs() / 8) {
            Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
            contentHashes(index).forEach((id, hash) -> {
                if (wanted.contains(id)) {
                    found.put(id, hash);
                }
            });
            return found;
        }
        for (LeafReaderContext leaf : index.leaves()) {
            LeafReader reader = leaf.reader();
            Terms terms = reader.terms(Schema.ID);
            if (terms == null || reader.getSortedDocValues(Schema.HASH) == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            TermsEnum idTerms = terms.iterator();
            PostingsEnum postings = null;
            TreeMap<Integer, String> docs = new TreeMap<>(); // doc values are read forwards
            for (String id : ids) {
                if (!idTerms.seekExact(new BytesRef(id))) {
                    continue;
                }
                postings = idTerms.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        docs.put(doc, id);
                    }
                }
            }
            SortedDocValues hashes = reader.getSortedDocValues(Schema.HASH);
            for (Map.Entry<Integer, String> doc : docs.entrySet()) {
                if (hashes.advanceExact(doc.getKey())) {
                    found.put(doc.getValue(), hashes.lookupOrd(hashes.ordValue()).utf8ToString());
                }
            }
        }
        return found;
    }

    /** Every indexed file's path (id) and content hash. */
    static Map<String, String> contentHashes(IndexReader index) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (LeafReaderContext leaf : index.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
            SortedDocValues hash = leaf.reader().getSortedDocValues(Schema.HASH);
            Bits live = leaf.reader().getLiveDocs();
            if (ids == null || hash == null) {
                continue;
            }
            for (int doc = hash.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = hash.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hash.lookupOrd(hash.ordValue()).utf8ToString());
                }
            }
        }
        return hashes;
    }

    /** Every indexed file's path (id), by source. */
    static Map<String, List<String>> filesPerSource(IndexReader index) throws IOException {
        Map<String, List<String>> files = new HashMap<>();
        for (LeafReaderContext leaf : index.leaves()) {
            SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
            SortedDocValues sources = leaf.reader().getSortedDocValues(Schema.SOURCE);
            Bits live = leaf.reader().getLiveDocs();
            if (ids == null || sources == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && sources.advanceExact(doc)) {
                    files.computeIfAbsent(sources.lookupOrd(sources.ordValue()).utf8ToString(), s -> new ArrayList<>())
                            .add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                }
            }
        }
        return files;
    }

    /**
     * How many documents each source has. An index of an older schema is read with today's field
     * names; a field it named differently simply counts nothing.
     */
    static Map<String, Integer> documentsPerSource(IndexReader index) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : index.leaves()) {
            SortedDocValues sources = leaf.reader().getSortedDocValues(Schema.SOURCE);
            Bits live = leaf.reader().getLiveDocs();
            if (sources == null) {
                continue;
            }
            int[] perOrd = new int[sources.getValueCount()];
            for (int doc = sources.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = sources.nextDoc()) {
                if (live == null || live.get(doc)) {
                    perOrd[sources.ordValue()]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(sources.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Rewrites every document of {@code source} under the mount point {@code from} to {@code to}, from
     * its stored fields (nothing is extracted again).
     *
     * @return how many documents moved
     */
    static int remap(IndexSearcher searcher, IndexWriter writer, String source, String from, String to) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.SOURCE, source)),
                Math.max(1, searcher.getIndexReader().maxDoc()));
        StoredFields stored = searcher.storedFields();
        // the change times go with the documents (doc values, read in document order)
        Arrays.sort(top.scoreDocs, Comparator.comparingInt(sd -> sd.doc));
        NumericDocValues changes = MultiDocValues.getNumericValues(searcher.getIndexReader(), Schema.CHANGED);
        int moved = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            IndexedFile f = Schema.fromDocument(stored.document(sd.doc));
            if (!f.id().startsWith(from)) {
                continue;
            }
            String id = to + f.id().substring(from.length());
            String folder = f.folder().startsWith(from) ? to + f.folder().substring(from.length()) : f.folder();
            IndexedFile remapped = new IndexedFile(id, f.source(), f.fileName(), folder, f.extension(), f.kind(), f.size(),
                    f.modifiedMillis(), f.contentHash(), f.title(), f.author(), f.pages(), f.contentType(), f.text(),
                    f.failure(), f.failureDetail(), f.pageStarts());
            Document document = Schema.toDocument(remapped);
            Schema.addChangeTime(document, changes != null && changes.advanceExact(sd.doc) ? changes.longValue() : 0);
            writer.updateDocument(new Term(Schema.ID, f.id()), document);
            moved++;
        }
        return moved;
    }
}
