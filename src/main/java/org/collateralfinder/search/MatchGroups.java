package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.collateralfinder.index.Schema;
import org.collateralfinder.index.TextSignature;
import org.collateralfinder.model.FacetCount;

/**
 * The results a list of matches makes once copies, versions and near-identical texts are folded together, as
 * {@link ResultGrouper} folds the page: documents with the same content hash or the same version key are one result,
 * and so are texts at least {@link ResultGrouper#NEAR_IDENTICAL} alike when the search matches no more than
 * {@link #MAX_MATCHES_COMPARED} files (the list compares every candidate it ranks); past that, the near-identical texts
 * the page grouped, and within each type of no more than that many matches, its own. A result is shown by its newest document. The total and the facets are counted over one document per
 * result; the type facet counts per type the results its matches of that type make on their own, the rows the list
 * shows with that type chosen, so "Presentation 4" means four rows. The keys of every document are read once per
 * index reader; folding a search's matches is then a pass over them with plain arrays.
 */
final class MatchGroups {

    /**
     * Near-identical texts are compared among at most this many matches (all of a search's, or all of a type's): about
     * a millisecond per thousand signatures read and compared; a one-letter prefix at 100,000 files is not held up.
     */
    static final int MAX_MATCHES_COMPARED = 5_000;

    private final IndexReader reader;
    private final int[] hashKey;
    private final int[] versionKey;
    private final long[] modified;
    private final int hashKeys;
    private final int versionKeys;
    /** Each document's type, as a number into {@link #types} (-1 for none). */
    private final int[] typeKey;
    private final List<String> types;

    /** The folded matches: one document per result, as a collector to count facets over, and how many results. */
    record Folded(FacetsCollector representatives, int results) {
    }

    private MatchGroups(IndexReader reader, int[] hashKey, int[] versionKey, long[] modified, int hashKeys,
                        int versionKeys, int[] typeKey, List<String> types) {
        this.reader = reader;
        this.typeKey = typeKey;
        this.types = types;
        this.hashKey = hashKey;
        this.versionKey = versionKey;
        this.modified = modified;
        this.hashKeys = hashKeys;
        this.versionKeys = versionKeys;
    }

    IndexReader reader() {
        return reader;
    }

    /** Reads every document's content hash, version key, date and type. */
    static MatchGroups of(IndexReader reader) throws IOException {
        int max = reader.maxDoc();
        int[] hashes = new int[max];
        int[] versions = new int[max];
        long[] dates = new long[max];
        int[] typeKeys = new int[max];
        Arrays.fill(hashes, -1);
        Arrays.fill(versions, -1);
        Arrays.fill(typeKeys, -1);
        Map<BytesRef, Integer> hashIds = new HashMap<>();
        Map<BytesRef, Integer> versionIds = new HashMap<>();
        Map<String, Integer> typeIds = new LinkedHashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms typeTerms = leaf.reader().terms(Schema.TYPE);
            if (typeTerms != null) {
                TermsEnum te = typeTerms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    int id = typeIds.computeIfAbsent(term.utf8ToString(), k -> typeIds.size());
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        typeKeys[leaf.docBase + doc] = id;
                    }
                }
            }
            keys(DocValues.getSorted(leaf.reader(), Schema.HASH), leaf.docBase, hashes, hashIds);
            keys(DocValues.getSorted(leaf.reader(), Schema.VERSION_GROUP), leaf.docBase, versions, versionIds);
            NumericDocValues times = DocValues.getNumeric(leaf.reader(), Schema.MODIFIED);
            for (int doc = times.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = times.nextDoc()) {
                dates[leaf.docBase + doc] = times.longValue();
            }
        }
        return new MatchGroups(reader, hashes, versions, dates, hashIds.size(), versionIds.size(), typeKeys,
                List.copyOf(typeIds.keySet()));
    }

    /** Numbers each distinct value (one string lookup per value and leaf, not per document). */
    private static void keys(SortedDocValues values, int docBase, int[] into, Map<BytesRef, Integer> ids)
            throws IOException {
        int[] byOrd = new int[values.getValueCount()];
        Arrays.fill(byOrd, -1);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            int ord = values.ordValue();
            if (byOrd[ord] < 0) {
                byOrd[ord] = ids.computeIfAbsent(BytesRef.deepCopyOf(values.lookupOrd(ord)), k -> ids.size());
            }
            into[docBase + doc] = byOrd[ord];
        }
    }

    /**
     * Folds the matches into results.
     *
     * @param together documents the page folded together besides their hash and version key (near-identical
     *                 texts), each array one result
     */
    Folded fold(FacetsCollector matching, List<int[]> together) throws IOException {
        int max = reader.maxDoc();
        United united = unite(matching, together, null);
        int[] parent = united.parent();
        int[] docs = united.docs();
        int matches = united.matches();
        int[] best = new int[max];
        Arrays.fill(best, -1);
        int results = 0;
        for (int i = 0; i < matches; i++) {
            int d = docs[i];
            int root = find(parent, d);
            int shown = best[root];
            if (shown < 0) {
                results++;
            }
            if (shown < 0 || modified[d] > modified[shown] || (modified[d] == modified[shown] && d < shown)) {
                best[root] = d;
            }
        }
        // one bit per result, set by going over the matches only (not every document of the index)
        List<LeafReaderContext> leaves = reader.leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        for (int l = 0; l < bits.length; l++) {
            bits[l] = new FixedBitSet(Math.max(1, leaves.get(l).reader().maxDoc()));
        }
        for (int i = 0; i < matches; i++) {
            int d = docs[i];
            if (best[find(parent, d)] == d) {
                int l = ReaderUtil.subIndex(d, leaves);
                bits[l].set(d - leaves.get(l).docBase);
                counts[l]++;
            }
        }
        List<FacetsCollector.MatchingDocs> picked = new ArrayList<>(bits.length);
        for (int l = 0; l < bits.length; l++) {
            // every leaf, also one with nothing picked: Lucene's sorted-set facet counts take the ordinals of a
            // lone leaf for the index's own, which on an index of several leaves counts the wrong values
            picked.add(new FacetsCollector.MatchingDocs(leaves.get(l), new BitDocIdSet(bits[l], counts[l]), counts[l], null));
        }
        return new Folded(new Picked(picked), results);
    }

    /**
     * The result each match is folded into, by document (of the reader): the same number for the documents of one
     * result, -1 for a document that does not match. What the list shows as one row is one result.
     *
     * @param together documents to fold together besides their hash and version key ({@link #nearIdentical})
     */
    int[] results(FacetsCollector matching, List<int[]> together) throws IOException {
        United united = unite(matching, together, null);
        int[] parent = united.parent();
        for (int i = 0; i < united.matches(); i++) {
            parent[united.docs()[i]] = find(parent, united.docs()[i]);
        }
        return parent;
    }

    /** The matches ({@code docs}, the first {@code matches} of it) joined into results: {@code parent} per document. */
    private record United(int[] parent, int[] docs, int matches) {
    }

    /**
     * @param together documents to fold together besides their hash and version key, each array one result
     * @param classes  when not null, a class per document ({@link #typeKey}): documents of two classes are never
     *                 joined, so each result is the result the matches of its class make on their own
     */
    private United unite(FacetsCollector matching, List<int[]> together, int[] classes) throws IOException {
        int max = reader.maxDoc();
        int[] parent = new int[max];
        Arrays.fill(parent, -1);
        int[] firstWithHash = new int[hashKeys];
        int[] firstWithVersion = new int[versionKeys];
        Arrays.fill(firstWithHash, -1);
        Arrays.fill(firstWithVersion, -1);
        // the first of a key in another class than the key's first document (rare: one content under two extensions)
        Map<Long, Integer> firstInClass = new HashMap<>();
        int[] docs = new int[max];
        int matches = 0;
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int d = m.context().docBase + doc;
                parent[d] = d;
                docs[matches++] = d;
                if (hashKey[d] >= 0) {
                    firstWithHash[hashKey[d]] = join(parent, d, firstWithHash[hashKey[d]], classes, 2L * hashKey[d],
                            firstInClass);
                }
                if (versionKey[d] >= 0) {
                    firstWithVersion[versionKey[d]] = join(parent, d, firstWithVersion[versionKey[d]], classes,
                            2L * versionKey[d] + 1, firstInClass);
                }
            }
        }
        for (int[] group : together) {
            Map<Integer, Integer> firstOfClass = new HashMap<>();
            for (int d : group) {
                if (d < max && parent[d] >= 0) {
                    Integer first = firstOfClass.putIfAbsent(classes == null ? 0 : classes[d], d);
                    if (first != null) {
                        union(parent, first, d);
                    }
                }
            }
        }
        return new United(parent, docs, matches);
    }

    /**
     * Puts {@code d} in the group of {@code first} (the first document with the key), or makes it the first; with
     * classes, in the group of the first document with the key in its class.
     */
    private static int join(int[] parent, int d, int first, int[] classes, long key, Map<Long, Integer> firstInClass) {
        if (first < 0 || classes == null || classes[first] == classes[d]) {
            return join(parent, d, first);
        }
        Integer inClass = firstInClass.putIfAbsent(key * 1_000_003L + classes[d], d);
        if (inClass != null) {
            union(parent, inClass, d);
        }
        return first;
    }

    /**
     * Per type, how many results its matches make on their own (the rows the list shows with that type chosen), most
     * first, then by name, as the other facets are ordered.
     *
     * @param together documents to fold together besides their hash and version key ({@link #nearIdentical})
     */
    List<FacetCount> resultsPerType(FacetsCollector matching, List<int[]> together) throws IOException {
        United united = unite(matching, together, typeKey);
        int[] perType = new int[types.size()];
        for (int i = 0; i < united.matches(); i++) {
            int d = united.docs()[i];
            if (find(united.parent(), d) == d && typeKey[d] >= 0) {
                perType[typeKey[d]]++;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int t = 0; t < perType.length; t++) {
            if (perType[t] > 0) {
                counts.put(types.get(t), perType[t]);
            }
        }
        return ordered(counts);
    }

    /** Counts by value as a facet lists them: most first, then by value. */
    static List<FacetCount> ordered(Map<String, Integer> counts) {
        List<FacetCount> ordered = new ArrayList<>();
        counts.forEach((value, count) -> ordered.add(new FacetCount(value, count)));
        ordered.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return ordered;
    }

    /** The type of a document of the reader, or null. */
    String typeOf(int doc) {
        return typeKey[doc] < 0 ? null : types.get(typeKey[doc]);
    }

    /**
     * The matches whose texts are near-identical, each pair one array, compared as the list compares them: all of them
     * when there are at most {@link #MAX_MATCHES_COMPARED}; null when there are more (the counts then take the pairs
     * the page grouped among its candidates).
     */
    List<int[]> nearIdentical(FacetsCollector matching) throws IOException {
        if (total(matching) > MAX_MATCHES_COMPARED) {
            return null;
        }
        Signed signed = signed(matching);
        if (signed.docs().size() > MAX_MATCHES_COMPARED) {
            return null; // the totals undercounted (a collector that does not say them)
        }
        return pairs(signed.docs(), signed.signatures());
    }

    /**
     * The near-identical texts among the matches of each type that has at most {@link #MAX_MATCHES_COMPARED} of them,
     * each pair one array: the list with that type chosen compares all of its candidates (window re-test w19: with
     * 1,034 matches the page compared the first 300 of every type, and "Web page 110" listed 108 rows when chosen).
     */
    List<int[]> nearIdenticalWithinEachType(FacetsCollector matching) throws IOException {
        // the matches of each type counted first: only the types with few enough have their signatures read (at
        // 100,000 files a prefix matches tens of thousands of one type, and reading theirs was most of its counting)
        int[] perType = new int[types.size() + 1];
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                perType[typeKey[m.context().docBase + doc] + 1]++;
            }
        }
        boolean[] compared = new boolean[perType.length];
        boolean any = false;
        for (int t = 0; t < perType.length; t++) {
            compared[t] = perType[t] > 1 && perType[t] <= MAX_MATCHES_COMPARED;
            any |= compared[t];
        }
        if (!any) {
            return List.of();
        }
        Signed signed = signed(matching, doc -> compared[typeKey[doc] + 1]);
        Map<Integer, List<Integer>> docsOfType = new HashMap<>();
        Map<Integer, List<BytesRef>> signaturesOfType = new HashMap<>();
        for (int i = 0; i < signed.docs().size(); i++) {
            int type = typeKey[signed.docs().get(i)];
            docsOfType.computeIfAbsent(type, t -> new ArrayList<>()).add(signed.docs().get(i));
            signaturesOfType.computeIfAbsent(type, t -> new ArrayList<>()).add(signed.signatures().get(i));
        }
        List<int[]> pairs = new ArrayList<>();
        docsOfType.forEach((type, docs) -> pairs.addAll(pairs(docs, signaturesOfType.get(type))));
        return pairs;
    }

    private static int total(FacetsCollector matching) {
        int total = 0;
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            total += m.totalHits();
        }
        return total;
    }

    /** The matches that have a text signature, and their signatures, in the same order. */
    private record Signed(List<Integer> docs, List<BytesRef> signatures) {
    }

    private static Signed signed(FacetsCollector matching) throws IOException {
        return signed(matching, doc -> true);
    }

    /** The matches {@code wanted} (by document of the reader) that have a text signature, and their signatures. */
    private static Signed signed(FacetsCollector matching, IntPredicate wanted) throws IOException {
        List<Integer> docs = new ArrayList<>();
        List<BytesRef> signatures = new ArrayList<>();
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            BinaryDocValues values = DocValues.getBinary(m.context().reader(), Schema.SIGNATURE);
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (wanted.test(m.context().docBase + doc) && values.advanceExact(doc)) {
                    docs.add(m.context().docBase + doc);
                    signatures.add(BytesRef.deepCopyOf(values.binaryValue()));
                }
            }
        }
        return new Signed(docs, signatures);
    }

    /** The near-identical pairs among {@code docs}, as pairs of documents. */
    private static List<int[]> pairs(List<Integer> docs, List<BytesRef> signatures) {
        List<int[]> pairs = new ArrayList<>();
        for (int[] p : TextSignature.nearIdenticalPairs(signatures, ResultGrouper.NEAR_IDENTICAL)) {
            pairs.add(new int[] {docs.get(p[0]), docs.get(p[1])});
        }
        return pairs;
    }

    /** Puts {@code d} in the group of {@code first} (the first document with the key), or makes it the first. */
    private static int join(int[] parent, int d, int first) {
        if (first < 0) {
            return d;
        }
        union(parent, first, d);
        return first;
    }

    private static int find(int[] parent, int d) {
        while (parent[d] != d) {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }
        return d;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A collector holding chosen documents, for the facet counters (nothing is collected into it). */
    private static final class Picked extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Picked(List<MatchingDocs> docs) {
            this.docs = List.copyOf(docs);
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }
}
