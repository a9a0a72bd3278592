package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;
import org.collateralfinder.index.TextSignature;

/**
 * Folds the top candidates of a search into results: files with identical content (same hash) are one
 * result listing every location; versions of one document (same folder and name once version markers
 * are removed, or near-identical text) are one result showing the newest, the older ones listed newest
 * first. A group takes the place of its best-ranked member. Marketing's curation keeps files apart however alike
 * they are ({@link CuratedApart}): a retired file and its replacement are two results. Only the candidates and the
 * few files that share their hash or version key are read, so grouping costs a fraction of a millisecond.
 */
final class ResultGrouper {

    /** Texts at least this similar (estimated Jaccard of shingles) are versions of one document. */
    static final double NEAR_IDENTICAL = 0.85;
    /** Most locations fetched for the duplicates and versions of one page. */
    private static final int MAX_RELATED = 5_000;

    /**
     * One result: its representative, best score, other locations of the same content, older versions,
     * newer versions (those the search did not match: the representative is the newest member), and the
     * candidates folded into it (their documents).
     */
    record Group(Candidate representative, float score, List<String> duplicates, List<String> versions,
                 List<String> newer, int[] members) {
    }

    /**
     * The results of one page, in order, each the candidates folded into it, and how many candidates were folded into
     * another. Their other locations (copies and versions the search did not rank) are looked up when their groups are
     * made, {@link #groups} at a time: a keystroke's first rows need not wait for the others'.
     */
    static final class Page {
        private final List<List<Candidate>> results;
        private final List<Candidate> ranked;
        private final Set<Integer> failed;
        private final int collapsed;
        private final boolean grouped;
        private final CuratedApart apart;

        private Page(List<List<Candidate>> results, List<Candidate> ranked, Set<Integer> failed, int collapsed,
                     boolean grouped, CuratedApart apart) {
            this.results = results;
            this.ranked = ranked;
            this.failed = failed;
            this.collapsed = collapsed;
            this.grouped = grouped;
            this.apart = apart;
        }

        /** How many results the page has. */
        int size() {
            return results.size();
        }

        int collapsed() {
            return collapsed;
        }

        /**
         * The documents of each result that folds more than one candidate: what the page grouped, near-identical texts
         * among its candidates included.
         */
        List<int[]> together() {
            List<int[]> together = new ArrayList<>();
            for (List<Candidate> result : results) {
                if (result.size() > 1) {
                    together.add(result.stream().mapToInt(Candidate::doc).toArray());
                }
            }
            return together;
        }

        /**
         * Per class (a type), how many results the page's candidates of that class make on their own, by the page's
         * rule (curation's included): the rows the list shows with only that class chosen. Classes the page's
         * candidates do not have are left out; a candidate of no class (null) is not counted.
         */
        Map<String, Integer> resultsPer(IntFunction<String> classOfDoc) {
            Map<String, List<Candidate>> byClass = new LinkedHashMap<>();
            for (Candidate c : ranked) {
                String cls = classOfDoc.apply(c.doc());
                if (cls != null) {
                    byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(c);
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            byClass.forEach((cls, members) -> {
                int[] parent = unite(members, grouped ? apart : null);
                int roots = 0;
                for (int i = 0; i < parent.length; i++) {
                    roots += find(parent, i) == i ? 1 : 0;
                }
                counts.put(cls, roots);
            });
            return counts;
        }

        /** The document result {@code i} shows (as its group will). */
        Candidate representative(int i) {
            return ResultGrouper.representative(results.get(i), failed);
        }

        /** The groups of results {@code from} (inclusive) to {@code to} (exclusive), with their other locations. */
        List<Group> groups(IndexSearcher searcher, int from, int to) throws IOException {
            List<List<Candidate>> wanted = results.subList(from, to);
            List<Group> groups = new ArrayList<>(wanted.size());
            if (!grouped) {
                for (List<Candidate> result : wanted) {
                    Candidate c = result.getFirst();
                    groups.add(new Group(c, c.score(), List.of(), List.of(), List.of(), new int[] {c.doc()}));
                }
                return groups;
            }
            Related related = Related.fetch(searcher, wanted);
            for (List<Candidate> group : wanted) {
                groups.add(toGroup(group, related, failed, apart));
            }
            return groups;
        }
    }

    private ResultGrouper() {
    }

    /** Each candidate its own result (grouping off). */
    static Page ungrouped(List<Candidate> ranked, int limit) {
        List<List<Candidate>> results = new ArrayList<>();
        for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
            results.add(List.of(c));
        }
        return new Page(results, List.copyOf(ranked), Set.of(), 0, false, CuratedApart.NONE);
    }

    /**
     * @param byShownName order the results by the name each shows (its representative's), as {@code --sort name}
     *                    orders files; otherwise a result takes its best-ranked member's place
     * @param apart       the files marketing's curation keeps in results of their own
     */
    static Page group(IndexSearcher searcher, List<Candidate> ranked, int limit, boolean byShownName, CuratedApart apart)
            throws IOException {
        int n = ranked.size();
        int[] parent = unite(ranked, apart);
        Map<Integer, List<Candidate>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ranked.get(i));
        }
        Set<Integer> failed = failedAmong(searcher, ranked);
        List<List<Candidate>> results = byShownName ? byShownName(searcher, members.values(), failed)
                : List.copyOf(members.values());
        return new Page(results.stream().limit(limit).toList(), List.copyOf(ranked), failed, n - members.size(), true,
                apart);
    }

    /**
     * The results of the ranked candidates, as a parent per candidate: the same content or version key, or texts
     * near-identical ({@link TextSignature#nearIdenticalPairs}, every pair of candidates), unless curation keeps them apart.
     *
     * @param apart the files curation keeps apart, or null when nothing is grouped (each candidate its own result)
     */
    private static int[] unite(List<Candidate> ranked, CuratedApart apart) {
        int n = ranked.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (apart == null) {
            return parent;
        }
        List<List<Integer>> membersOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            membersOf.add(new ArrayList<>(List.of(i)));
        }
        Joiner joiner = new Joiner(ranked, parent, membersOf, apart);
        // the earlier results with a key (one each, unless curation kept some apart): a candidate joins the first it may
        Map<String, List<Integer>> byHash = new HashMap<>();
        Map<String, List<Integer>> byVersion = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = ranked.get(i);
            if (c.hash() != null) {
                joiner.joinOneOf(i, byHash.computeIfAbsent(c.hash(), k -> new ArrayList<>()));
            }
            if (c.versionKey() != null) {
                joiner.joinOneOf(i, byVersion.computeIfAbsent(c.versionKey(), k -> new ArrayList<>()));
            }
        }
        List<BytesRef> signatures = new ArrayList<>(n);
        for (Candidate c : ranked) {
            signatures.add(c.signature());
        }
        for (int[] pair : TextSignature.nearIdenticalPairs(signatures, NEAR_IDENTICAL)) {
            if (find(parent, pair[0]) != find(parent, pair[1])) {
                joiner.join(pair[0], pair[1]);
            }
        }
        return parent;
    }

    /** Joins candidates' results unless curation keeps a member of one apart from a member of the other. */
    private record Joiner(List<Candidate> ranked, int[] parent, List<List<Integer>> membersOf, CuratedApart apart) {

        /** Joins {@code i} to the first of {@code earlier} it may join, else makes it one of them. */
        void joinOneOf(int i, List<Integer> earlier) {
            for (int e : earlier) {
                if (find(parent, e) == find(parent, i) || join(e, i)) {
                    return;
                }
            }
            earlier.add(i);
        }

        /** Whether {@code a} and {@code b} are one result now. */
        boolean join(int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb) {
                return true;
            }
            if (apart != CuratedApart.NONE) {
                for (int x : membersOf.get(ra)) {
                    for (int y : membersOf.get(rb)) {
                        if (apart.apart(ranked.get(x), ranked.get(y))) {
                            return false;
                        }
                    }
                }
            }
            union(parent, ra, rb);
            int root = find(parent, ra);
            membersOf.get(root).addAll(membersOf.get(root == ra ? rb : ra));
            return true;
        }
    }

    /**
     * The member a result shows: a file that could be read before one that could not (re-test 17: a damaged copy, newer,
     * stood in for the intact deck); then the newest version; of identical copies the best-scoring, then the first path.
     */
    private static Candidate representative(List<Candidate> members, Set<Integer> failed) {
        return members.stream().min(Comparator.<Candidate>comparingInt(c -> failed.contains(c.doc()) ? 1 : 0)
                .thenComparing(Comparator.comparingLong(Candidate::modified).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(Candidate::id)).orElse(members.getFirst());
    }

    /** The results in the order of the names they show ({@link Schema#NAME_ORDER}), then of their paths. */
    private static List<List<Candidate>> byShownName(IndexSearcher searcher, Collection<List<Candidate>> results,
                                                     Set<Integer> failed) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<List<Candidate>, BytesRef> names = new IdentityHashMap<>();
        for (List<Candidate> result : results) {
            Candidate shown = representative(result, failed);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(shown.doc(), leaves));
            SortedDocValues keys = DocValues.getSorted(leaf.reader(), Schema.NAME_ORDER);
            names.put(result, keys.advanceExact(shown.doc() - leaf.docBase)
                    ? BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue())) : new BytesRef());
        }
        List<List<Candidate>> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.<List<Candidate>, BytesRef>comparing(names::get)
                .thenComparing(result -> new BytesRef(representative(result, failed).id())));
        return sorted;
    }

    private static Group toGroup(List<Candidate> members, Related related, Set<Integer> failed, CuratedApart apart) {
        Candidate best = members.getFirst();
        Candidate rep = representative(members, failed);
        List<String> duplicates = new ArrayList<>(new TreeSet<>(related.pathsWithHash(rep.hash())));
        duplicates.remove(rep.id());
        duplicates.removeIf(path -> members.stream().anyMatch(m -> apart.apart(m.id(), m.hash(), path, rep.hash())));
        // the other contents of the group, one location each, newest first
        Map<String, Candidate> versionByHash = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Candidate c : members) {
            if (c.versionKey() != null) {
                keys.add(c.versionKey());
            }
            String content = c.hash() == null ? c.id() : c.hash();
            if (!content.equals(rep.hash()) && c != rep) {
                versionByHash.putIfAbsent(content, c);
            }
        }
        for (Candidate c : related.withVersionKeys(keys)) {
            String content = c.hash() == null ? c.id() : c.hash();
            // a version the search did not match is listed only where curation would have let it join
            if (!content.equals(rep.hash()) && !c.id().equals(rep.id()) && members.stream().noneMatch(m -> apart.apart(m, c))) {
                versionByHash.merge(content, c, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
            }
        }
        List<Candidate> others = versionByHash.values().stream()
                .sorted(Comparator.comparingLong(Candidate::modified).reversed().thenComparing(Candidate::id)).toList();
        // the row is the newest file the search matched; a version it did not match may be newer still
        List<String> newer = others.stream().filter(c -> c.modified() > rep.modified()).map(Candidate::id).toList();
        List<String> versions = others.stream().filter(c -> c.modified() <= rep.modified()).map(Candidate::id).toList();
        return new Group(rep, best.score(), duplicates, versions, newer, members.stream().mapToInt(Candidate::doc).toArray());
    }

    /** The candidates whose text could not be read (found by name only). */
    private static Set<Integer> failedAmong(IndexSearcher searcher, List<Candidate> candidates) throws IOException {
        if (candidates.size() < 2) {
            return Set.of();
        }
        Set<Integer> wanted = new HashSet<>();
        candidates.forEach(c -> wanted.add(c.doc()));
        Set<Integer> failed = new HashSet<>();
        Weight weight = searcher.createWeight(searcher.rewrite(Schema.failedDocuments()), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (wanted.contains(leaf.docBase + doc)) {
                    failed.add(leaf.docBase + doc);
                }
            }
        }
        return failed;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the earlier-ranked member stays the root, so a group keeps its best position
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Every file sharing a hash or a version key with the page's groups. */
    private record Related(Map<String, List<String>> pathsByHash, Map<String, List<Candidate>> byVersionKey) {

        List<String> pathsWithHash(String hash) {
            return hash == null ? List.of() : pathsByHash.getOrDefault(hash, List.of());
        }

        List<Candidate> withVersionKeys(Set<String> keys) {
            List<Candidate> out = new ArrayList<>();
            keys.forEach(k -> out.addAll(byVersionKey.getOrDefault(k, List.of())));
            return out;
        }

        static Related fetch(IndexSearcher searcher, List<List<Candidate>> page) throws IOException {
            Set<BytesRef> hashes = new LinkedHashSet<>();
            Set<BytesRef> keys = new LinkedHashSet<>();
            for (List<Candidate> group : page) {
                for (Candidate c : group) {
                    if (c.hash() != null) {
                        hashes.add(new BytesRef(c.hash()));
                    }
                    if (c.versionKey() != null) {
                        keys.add(new BytesRef(c.versionKey()));
                    }
                }
            }
            Map<String, List<String>> pathsByHash = new HashMap<>();
            Map<String, List<Candidate>> byKey = new HashMap<>();
            if (hashes.isEmpty() && keys.isEmpty()) {
                return new Related(pathsByHash, byKey);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (!hashes.isEmpty()) {
                b.add(new TermInSetQuery(Schema.HASH, hashes), BooleanClause.Occur.SHOULD);
            }
            if (!keys.isEmpty()) {
                b.add(new TermInSetQuery(Schema.VERSION_GROUP, keys), BooleanClause.Occur.SHOULD);
            }
            Query q = searcher.rewrite(b.build());
            Weight weight = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
            int seen = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
                SortedDocValues hashValues = DocValues.getSorted(leaf.reader(), Schema.HASH);
                SortedDocValues versionValues = DocValues.getSorted(leaf.reader(), Schema.VERSION_GROUP);
                NumericDocValues times = DocValues.getNumeric(leaf.reader(), Schema.MODIFIED);
                var live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && seen < MAX_RELATED; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    seen++;
                    String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
                    String hash = hashValues.advanceExact(doc) ? hashValues.lookupOrd(hashValues.ordValue()).utf8ToString() : null;
                    String key = versionValues.advanceExact(doc) ? versionValues.lookupOrd(versionValues.ordValue()).utf8ToString() : null;
                    long modified = times.advanceExact(doc) ? times.longValue() : 0;
                    if (id == null) {
                        continue;
                    }
                    if (hash != null) {
                        pathsByHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(id);
                    }
                    if (key != null) {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new Candidate(leaf.docBase + doc, 0f, Integer.MAX_VALUE, id, hash, key, null, modified));
                    }
                }
            }
            return new Related(pathsByHash, byKey);
        }
    }
}
