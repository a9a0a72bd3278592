package org.collateralfinder.search;

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
import java.util.stream.Stream;
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
import org.assertj.core.api.SoftAssertions;
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
 * Known-item queries over the shared corpus of real office files, in two halves: the tuning half
 * ({@code src/test/resources/relevance/queries.tsv}: the 183 queries the ranking was tuned with, then newer
 * ones) and the held-out half ({@code heldout.tsv}), split before anyone tuned and never to be tuned on
 * ({@code make_set.py} says how the newer queries were made). Each line: kind, query, the file or files it
 * should find. Queries are answered as the search box answers them (as you type) and, side by side, by plain
 * Lucene defaults (StandardAnalyzer, one body field, OR, no fuzzy or prefix; a quoted phrase stays a phrase).
 * A hit counts when it is an expected file or lists one among its duplicates or versions. Prints success@1,
 * success@10 and MRR per kind and half, the held-out target of issue 15 met or missed, and fails when a kind
 * falls below the figures reached.
 */
@Tag("slow")
class RelevanceTest {

    static final String TUNING = "tuning";
    static final String HELDOUT = "heldout";
    /** The kinds of the 183 older queries: two words, one typo keeping the first letter, and so on. */
    private static final List<String> OLD_KINDS = List.of("exact", "typo", "wordform", "prefix", "filename");
    /** The kinds of the newer queries, in both halves (new-queries-source.tsv). */
    private static final List<String> NEW_KINDS = List.of("words", "natural", "phrase", "misspelt", "cutoff", "forms",
            "partname");

    /**
     * success@1, success@10, MRR per half and kind, as reached when the set was written: a floor that a ranking
     * change must not go below (raise it when a change does better). The older kinds keep the floors they had
     * before the set grew: each miss is one query: exact "brackets formats" and typos "fractioon currency" and
     * "extended fotmatting" find their file second, prefix "discussions chi" third. ("extended fotmatting" was
     * first while a word no file contains matched only its close spellings as written; it is now searched as
     * "extended formatting", the query the window says it shows, and ranks as that query does; since files holding the
     * words as typed score more (s15 MAJOR 2), it is first again, floor 39/40. Wordform "bullets especially" lists
     * PictureTypeZero.ppt too: it holds both words as typed, twice each, so by the set's own rule — every file holding
     * the words is expected — it belonged in the list; it is now first, SampleShow.ppt ("bullet", "Especially") second.) The newer kinds
     * were first measured after the split was committed (7bc1381); their misses: in the tuning half, misspelt
     * "pulp screened ednester" and "crepes uszette" found nothing (a typo in the first letters; since a word with no
     * close spelling keeping its first letter is looked up without that condition, they are found first), partname
     * "structured table references" finds StructuredReferences.xlsx first; in the held-out half, misspelt
     * "udaida snipers" (found since that change too) and forms "origin of my worldview" find nothing, partname
     * "complex file specification"
     * finds MarkAuthorsTable.doc first and its file not in the first ten.
     */
    private static final Map<String, Map<String, double[]>> FLOORS = Map.of(
            TUNING, Map.ofEntries(
                    Map.entry("exact", new double[] {35 / 36.0, 1.0, (35 + 1 / 2.0) / 36}),
                    Map.entry("typo", new double[] {39 / 40.0, 1.0, (39 + 1 / 2.0) / 40}),
                    Map.entry("wordform", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("prefix", new double[] {35 / 36.0, 1.0, (35 + 1 / 3.0) / 36}),
                    Map.entry("filename", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("words", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("natural", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("phrase", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("misspelt", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("cutoff", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("forms", new double[] {1.0, 1.0, 1.0}),
                    Map.entry("partname", new double[] {6 / 7.0, 1.0, (6 + 1 / 2.0) / 7})),
            HELDOUT, Map.of(
                    "words", new double[] {1.0, 1.0, 1.0},
                    "natural", new double[] {1.0, 1.0, 1.0},
                    "phrase", new double[] {1.0, 1.0, 1.0},
                    "misspelt", new double[] {1.0, 1.0, 1.0},
                    "cutoff", new double[] {1.0, 1.0, 1.0},
                    "forms", new double[] {30 / 31.0, 30 / 31.0, 30 / 31.0},
                    "partname", new double[] {32 / 33.0, 32 / 33.0, 32 / 33.0}));
    /** Issue 15's target on the held-out half: success@1 at least this overall ... */
    static final double TARGET_ALL = 0.85;
    /** ... and at least this for every kind. */
    static final double TARGET_KIND = 0.8;
    private static final double ROUNDING = 1e-9;
    private static final int DEPTH = 10;

    @TempDir
    static Path tmp;
    static Path corpus;
    static IndexService ours;
    static Directory plainDirectory;
    static DirectoryReader plainReader;
    static List<KnownItem> items;

    record KnownItem(String half, String kind, String query, Set<String> expected) {
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
    void eachKindOfQueryFindsItsFileAtLeastAsWellAsRecordedInBothHalves() throws IOException, ParseException {
        SearchService search = new SearchService(ours);
        IndexSearcher plain = new IndexSearcher(plainReader);
        QueryParser plainParser = new QueryParser("body", new StandardAnalyzer());
        Map<String, Map<String, Scores>> oursByHalf = new LinkedHashMap<>();
        Map<String, Map<String, Scores>> plainByHalf = new LinkedHashMap<>();
        Map<String, List<String>> missesByHalf = new LinkedHashMap<>();
        for (KnownItem item : items) {
            List<SearchHit> hits = search.search(SearchRequest.of(item.query(), DEPTH).asYouType(true)).hits();
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (matches(hits.get(i), item.expected())) {
                    rank = i + 1;
                }
            }
            add(oursByHalf, item, rank);
            ScoreDoc[] top = plain.search(plainParser.parse(plainQuery(item.query())), DEPTH).scoreDocs;
            int plainRank = 0;
            for (int i = 0; i < top.length && plainRank == 0; i++) {
                String id = plain.storedFields().document(top[i].doc).get("id");
                if (item.expected().contains(relative(id))) {
                    plainRank = i + 1;
                }
            }
            add(plainByHalf, item, plainRank);
            if (rank != 1) {
                missesByHalf.computeIfAbsent(item.half(), h -> new ArrayList<>()).add(item.kind() + "\t" + item.query()
                        + "\trank " + rankText(rank) + "\tfirst: " + (hits.isEmpty() ? "-" : relative(hits.getFirst().path()))
                        + "\tplain Lucene: rank " + rankText(plainRank));
            }
        }
        System.out.println("Tuning half (the ranking was tuned on these queries):");
        System.out.println(table(kinds(TUNING), oursByHalf.get(TUNING), plainByHalf.get(TUNING), false));
        System.out.println("Held-out half (never tuned on); issue 15's target: success@1 >= " + TARGET_ALL
                + " overall and >= " + TARGET_KIND + " for every kind:");
        System.out.println(table(kinds(HELDOUT), oursByHalf.get(HELDOUT), plainByHalf.get(HELDOUT), true));
        missesByHalf.forEach((half, misses) -> System.out.println("Not first (" + half + "):\n" + String.join("\n", misses)));
        SoftAssertions softly = new SoftAssertions();
        FLOORS.forEach((half, floors) -> floors.forEach((kind, floor) -> {
            Scores s = oursByHalf.get(half).get(kind);
            softly.assertThat(s).as(half + " " + kind + " present").isNotNull();
            if (s != null) {
                softly.assertThat(s.successAt1()).as(half + " " + kind + " success@1").isGreaterThanOrEqualTo(floor[0] - ROUNDING);
                softly.assertThat(s.successAt10()).as(half + " " + kind + " success@10").isGreaterThanOrEqualTo(floor[1] - ROUNDING);
                softly.assertThat(s.mrr()).as(half + " " + kind + " MRR").isGreaterThanOrEqualTo(floor[2] - ROUNDING);
            }
        }));
        softly.assertAll();
    }

    private static String rankText(int rank) {
        return rank == 0 ? ">" + DEPTH : String.valueOf(rank);
    }

    private static void add(Map<String, Map<String, Scores>> byHalf, KnownItem item, int rank) {
        Map<String, Scores> byKind = byHalf.computeIfAbsent(item.half(), h -> new LinkedHashMap<>());
        byKind.computeIfAbsent(item.kind(), k -> new Scores()).add(rank);
        byKind.computeIfAbsent("all", k -> new Scores()).add(rank);
    }

    /** The kinds a half holds, older kinds first, in a fixed order. */
    private static List<String> kinds(String half) {
        List<String> out = new ArrayList<>();
        for (String kind : Stream.concat(OLD_KINDS.stream(), NEW_KINDS.stream()).toList()) {
            if (items.stream().anyMatch(i -> i.half().equals(half) && i.kind().equals(kind))) {
                out.add(kind);
            }
        }
        return out;
    }

    /** The query as typed into a plain Lucene search box: special characters taken literally, but "quotes" make a phrase. */
    static String plainQuery(String query) {
        String escaped = QueryParser.escape(query);
        return query.chars().filter(c -> c == '"').count() % 2 == 0 ? escaped.replace("\\\"", "\"") : escaped;
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

    static String table(List<String> kinds, Map<String, Scores> ours, Map<String, Scores> plain, boolean withTarget) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "| %-9s | %4s | %-22s | %-29s |%s%n", "kind", "n", "ours s@1 / s@10 / MRR",
                "plain Lucene s@1 / s@10 / MRR", withTarget ? " target s@1 |" : ""));
        b.append("|-----------|------|------------------------|-------------------------------|")
                .append(withTarget ? "------------|" : "").append('\n');
        List<String> rows = new ArrayList<>(kinds);
        rows.add("all");
        for (String kind : rows) {
            Scores o = ours.get(kind);
            Scores p = plain.get(kind);
            double target = kind.equals("all") ? TARGET_ALL : TARGET_KIND;
            b.append(String.format(Locale.ROOT, "| %-9s | %4d | %.2f / %.2f / %.2f     | %.2f / %.2f / %.2f            |%s%n",
                    kind, o.count(), o.successAt1(), o.successAt10(), o.mrr(), p.successAt1(), p.successAt10(), p.mrr(),
                    withTarget ? String.format(Locale.ROOT, " %.2f %-6s|", target,
                            o.successAt1() >= target - ROUNDING ? "met" : "missed") : ""));
        }
        return b.toString();
    }

    private static List<KnownItem> readItems() throws IOException {
        List<KnownItem> out = new ArrayList<>();
        out.addAll(readItems("/relevance/queries.tsv", TUNING));
        out.addAll(readItems("/relevance/heldout.tsv", HELDOUT));
        return out;
    }

    private static List<KnownItem> readItems(String resource, String half) throws IOException {
        List<KnownItem> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RelevanceTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new KnownItem(half, cols[0], cols[1], Set.of(cols[2].split("\\|"))));
            }
        }
        return out;
    }
}
