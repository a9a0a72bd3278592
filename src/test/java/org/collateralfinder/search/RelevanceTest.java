package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collateralfinder.index.CorpusLoader;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known-item queries over the shared corpus of real office files ({@code src/test/resources/relevance/queries.tsv}:
 * kind, query, the file or files it should find), answered as the search box answers them (as you type)
 * and, side by side, by plain Lucene defaults (StandardAnalyzer, one body field, OR, no fuzzy or prefix).
 * A hit counts when it is an expected file or lists one among its duplicates or versions. Prints
 * success@1, success@10 and MRR per kind and fails when a kind falls below the figures reached.
 */
@Tag("slow")
class RelevanceTest {

    /**
     * success@1, success@10, MRR per kind, as reached when the set was written: a floor that a ranking
     * change must not go below (raise it when a change does better). Each miss is one query: exact
     * "brackets formats" and typos "fractioon currency" and "extended fotmatting" find their file second,
     * prefix "discussions chi" third. ("extended fotmatting" was first while a word no file contains matched
     * only its close spellings as written; it is now searched as "extended formatting", the query the window
     * says it shows, and ranks as that query does.)
     */
    private static final Map<String, double[]> FLOORS = Map.of(
            "exact", new double[] {35 / 36.0, 1.0, (35 + 1 / 2.0) / 36},
            "typo", new double[] {38 / 40.0, 1.0, (38 + 2 / 2.0) / 40},
            "wordform", new double[] {1.0, 1.0, 1.0},
            "prefix", new double[] {35 / 36.0, 1.0, (35 + 1 / 3.0) / 36},
            "filename", new double[] {1.0, 1.0, 1.0});
    private static final double ROUNDING = 1e-9;
    private static final List<String> KINDS = List.of("exact", "typo", "wordform", "prefix", "filename");
    private static final int DEPTH = 10;

    @TempDir
    static Path tmp;
    static Path corpus;
    static IndexService ours;
    static Directory plainDirectory;
    static DirectoryReader plainReader;
    static List<KnownItem> items;

    record KnownItem(String kind, String query, Set<String> expected) {
    }

    @BeforeAll
    static void indexTheCorpusOnce() throws IOException {
        corpus = SharedCorpus.require("real", "search quality over real office files");
        items = readItems();
        ours = IndexService.openForWriting(tmp.resolve("ours"));
        plainDirectory = FSDirectory.open(tmp.resolve("plain"));
        try (IndexWriter plain = new IndexWriter(plainDirectory, new IndexWriterConfig(new StandardAnalyzer()))) {
            long start = System.nanoTime();
            // extractions are kept in target/ so a second run only indexes (a clean build reads the files again);
            // files are added in path order, so ties rank the same on every run
            Map<String, IndexedFile> byPath = new ConcurrentSkipListMap<>();
            int files = CorpusLoader.load(corpus, 2, Path.of("target", "relevance-corpus-cache.jsonl.gz"),
                    f -> byPath.put(f.id(), f));
            for (IndexedFile f : byPath.values()) {
                ours.writer().updateDocument(new Term(Schema.ID, f.id()), Schema.toDocument(f));
                Document d = new Document();
                d.add(new StringField("id", f.id(), Field.Store.YES));
                d.add(new TextField("body", f.text() == null ? "" : f.text(), Field.Store.NO));
                plain.addDocument(d);
            }
            ours.commit();
            plain.commit();
            System.out.printf(Locale.ROOT, "Indexed %d files of %s in %.1f s%n", files, corpus, (System.nanoTime() - start) / 1e9);
        }
        plainReader = DirectoryReader.open(plainDirectory);
    }

    @AfterAll
    static void close() throws IOException {
        if (plainReader != null) {
            plainReader.close();
            plainDirectory.close();
        }
        if (ours != null) {
            ours.close();
        }
    }

    @Test
    void eachKindOfQueryFindsItsFileAtLeastAsWellAsRecorded() throws IOException, ParseException {
        SearchService search = new SearchService(ours);
        IndexSearcher plain = new IndexSearcher(plainReader);
        QueryParser plainParser = new QueryParser("body", new StandardAnalyzer());
        Map<String, Scores> oursByKind = new LinkedHashMap<>();
        Map<String, Scores> plainByKind = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (KnownItem item : items) {
            List<SearchHit> hits = search.search(SearchRequest.of(item.query(), DEPTH).asYouType(true)).hits();
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (matches(hits.get(i), item.expected())) {
                    rank = i + 1;
                }
            }
            oursByKind.computeIfAbsent(item.kind(), k -> new Scores()).add(rank);
            oursByKind.computeIfAbsent("all", k -> new Scores()).add(rank);
            if (rank != 1) {
                misses.add(item.kind() + "\t" + item.query() + "\trank " + (rank == 0 ? ">10" : rank) + "\tfirst: "
                        + (hits.isEmpty() ? "-" : relative(hits.getFirst().path())));
            }
            ScoreDoc[] top = plain.search(plainParser.parse(QueryParser.escape(item.query())), DEPTH).scoreDocs;
            int plainRank = 0;
            for (int i = 0; i < top.length && plainRank == 0; i++) {
                String id = plain.storedFields().document(top[i].doc).get("id");
                if (item.expected().contains(relative(id))) {
                    plainRank = i + 1;
                }
            }
            plainByKind.computeIfAbsent(item.kind(), k -> new Scores()).add(plainRank);
            plainByKind.computeIfAbsent("all", k -> new Scores()).add(plainRank);
        }
        System.out.println(table(oursByKind, plainByKind));
        System.out.println("Not first:\n" + String.join("\n", misses));
        for (String kind : KINDS) {
            Scores s = oursByKind.get(kind);
            double[] floor = FLOORS.get(kind);
            assertThat(s.successAt1()).as(kind + " success@1").isGreaterThanOrEqualTo(floor[0] - ROUNDING);
            assertThat(s.successAt10()).as(kind + " success@10").isGreaterThanOrEqualTo(floor[1] - ROUNDING);
            assertThat(s.mrr()).as(kind + " MRR").isGreaterThanOrEqualTo(floor[2] - ROUNDING);
        }
    }

    private static boolean matches(SearchHit hit, Set<String> expected) {
        if (expected.contains(relative(hit.path()))) {
            return true;
        }
        return hit.duplicates().stream().anyMatch(p -> expected.contains(relative(p)))
                || hit.versions().stream().anyMatch(p -> expected.contains(relative(p)));
    }

    private static String relative(String path) {
        return corpus.relativize(Path.of(path)).toString();
    }

    /** Ranks of the first expected file per query (0: not in the top {@value #DEPTH}). */
    static final class Scores {
        private final List<Integer> ranks = new ArrayList<>();

        void add(int rank) {
            ranks.add(rank);
        }

        int count() {
            return ranks.size();
        }

        double successAt1() {
            return ranks.stream().filter(r -> r == 1).count() / (double) ranks.size();
        }

        double successAt10() {
            return ranks.stream().filter(r -> r >= 1).count() / (double) ranks.size();
        }

        double mrr() {
            return ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum() / ranks.size();
        }
    }

    static String table(Map<String, Scores> ours, Map<String, Scores> plain) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "| %-9s | %4s | %-22s | %-22s |%n", "kind", "n", "ours s@1 / s@10 / MRR",
                "plain Lucene s@1 / s@10 / MRR"));
        b.append("|-----------|------|------------------------|-------------------------------|\n");
        List<String> rows = new ArrayList<>(KINDS);
        rows.add("all");
        for (String kind : rows) {
            Scores o = ours.get(kind);
            Scores p = plain.get(kind);
            b.append(String.format(Locale.ROOT, "| %-9s | %4d | %.2f / %.2f / %.2f     | %.2f / %.2f / %.2f            |%n",
                    kind, o.count(), o.successAt1(), o.successAt10(), o.mrr(), p.successAt1(), p.successAt10(), p.mrr()));
        }
        return b.toString();
    }

    private static List<KnownItem> readItems() throws IOException {
        List<KnownItem> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RelevanceTest.class.getResourceAsStream("/relevance/queries.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new KnownItem(cols[0], cols[1], Set.of(cols[2].split("\\|"))));
            }
        }
        return out;
    }
}
