package org.collateralfinder.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.search.Ranking;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SuggestionService;

/**
 * Search latency on a large index (the 100,000-document scale corpus): every query as the app runs it,
 * with snippets, grouping and facets, per kind of query, p50 / p90 / p99 / max of the wall-clock time
 * and p50 / p99 of the thread's CPU time (on a shared machine the wall clock also counts the time other
 * processes hold the cores; CPU time is what the query itself costs). Exact queries are also run with
 * close spellings and grouping off, interleaved query by query, to show what those cost. Suggestions are
 * timed too. Queries are drawn from the indexed texts with a fixed seed. Prints the figures; not a test.
 *
 * <p>Usage: {@code SearchQualityBenchmark DATA_DIR [queries-per-kind]} on a data directory indexed with
 * {@code index --data-dir DATA_DIR --source /work/bench/scale100k}.
 */
public final class SearchQualityBenchmark {

    private static final int LIMIT = 10;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SearchQualityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        DataDirectory dir = DataDirectory.open(Path.of(args[0]));
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (IndexService index = IndexService.openForReading(dir.indexDir());
             SuggestionService suggestions = new SuggestionService(index, dir.cacheDir().resolve(SuggestionService.FOLDER))) {
            if (!suggestions.isReady()) {
                long t = System.nanoTime();
                suggestions.rebuild();
                System.out.printf(Locale.ROOT, "suggestions built in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            SearchService all = new SearchService(index, Ranking.standard(), SearchService.Features.ALL, ZoneOffset.UTC);
            SearchService bare = new SearchService(index, Ranking.standard(), new SearchService.Features(false, false), ZoneOffset.UTC);
            QuerySets sets = QuerySets.draw(index, perKind, new Random(42));
            System.out.printf(Locale.ROOT, "%,d documents; %d queries per kind%n", all.documentCount(), perKind);
            System.out.printf(Locale.ROOT, "%-40s %5s %8s %8s %8s %8s | %8s %8s | %9s%n", "kind", "n", "p50 ms", "p90 ms",
                    "p99 ms", "max ms", "cpu p50", "cpu p99", "mean hits");

            Map<String, Function<String, SearchRequest>> kinds = new LinkedHashMap<>();
            kinds.put("exact, 1 word", q -> SearchRequest.of(q, LIMIT));
            kinds.put("exact, 2 words", q -> SearchRequest.of(q, LIMIT));
            kinds.put("exact, 2 words, as you type", q -> SearchRequest.of(q, LIMIT).asYouType(true));
            kinds.put("typo (one edit)", q -> SearchRequest.of(q, LIMIT));
            kinds.put("prefix of last word, as you type", q -> SearchRequest.of(q, LIMIT).asYouType(true));
            kinds.put("2 words + type, size, year filters", q -> new SearchRequest(q, LIMIT,
                    Map.of("type", List.of("text", "html"), "size", List.of("under-1mb"), "year", List.of(sets.year)),
                    SearchRequest.Order.RELEVANCE));
            kinds.put("tag word (1,031 hits)", q -> SearchRequest.of(q, LIMIT));
            kinds.put("empty query, newest first", q -> new SearchRequest(q, LIMIT, Map.of(), SearchRequest.Order.NEWEST));
            kinds.put("more like this", q -> SearchRequest.like(q, LIMIT));
            Map<String, List<String>> queries = new LinkedHashMap<>();
            queries.put("exact, 1 word", sets.oneWord);
            queries.put("exact, 2 words", sets.twoWords);
            queries.put("exact, 2 words, as you type", sets.twoWords);
            queries.put("typo (one edit)", sets.typos);
            queries.put("prefix of last word, as you type", sets.prefixes);
            queries.put("2 words + type, size, year filters", sets.twoWords);
            queries.put("tag word (1,031 hits)", sets.tags);
            queries.put("empty query, newest first", sets.empty);
            queries.put("more like this", sets.like);

            warmUp(all, bare, kinds, queries);
            for (Map.Entry<String, Function<String, SearchRequest>> kind : kinds.entrySet()) {
                List<String> qs = queries.get(kind.getKey());
                long[] nanos = new long[qs.size()];
                long[] cpu = new long[qs.size()];
                long hits = 0;
                for (int i = 0; i < qs.size(); i++) {
                    long c = CPU.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    hits += all.search(kind.getValue().apply(qs.get(i))).total();
                    nanos[i] = System.nanoTime() - t;
                    cpu[i] = CPU.getCurrentThreadCpuTime() - c;
                }
                print(kind.getKey(), nanos, cpu, hits / (double) qs.size());
            }

            // what close spellings and grouping cost an exact query: the same queries, interleaved
            for (String kind : List.of("exact, 1 word", "exact, 2 words")) {
                List<String> qs = queries.get(kind);
                long[] on = new long[qs.size()];
                long[] off = new long[qs.size()];
                long[] onCpu = new long[qs.size()];
                long[] offCpu = new long[qs.size()];
                for (int i = 0; i < qs.size(); i++) {
                    boolean onFirst = i % 2 == 0;
                    for (int pass = 0; pass < 2; pass++) {
                        boolean useAll = (pass == 0) == onFirst;
                        long c = CPU.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        (useAll ? all : bare).search(SearchRequest.of(qs.get(i), LIMIT));
                        (useAll ? on : off)[i] = System.nanoTime() - t;
                        (useAll ? onCpu : offCpu)[i] = CPU.getCurrentThreadCpuTime() - c;
                    }
                }
                print(kind + ", all features", on, onCpu, Double.NaN);
                print(kind + ", exact only, no grouping", off, offCpu, Double.NaN);
                System.out.printf(Locale.ROOT, "  -> p50 overhead of close spellings + grouping: %+.1f %% wall, %+.1f %% cpu%n",
                        100.0 * (percentile(on, 50) - percentile(off, 50)) / percentile(off, 50),
                        100.0 * (percentile(onCpu, 50) - percentile(offCpu, 50)) / percentile(offCpu, 50));
            }

            List<String> typed = sets.suggestPrefixes;
            for (String q : typed) {
                suggestions.suggest(q, 8);
            }
            long[] nanos = new long[typed.size()];
            long[] cpu = new long[typed.size()];
            long found = 0;
            for (int i = 0; i < typed.size(); i++) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                found += suggestions.suggest(typed.get(i), 8).size();
                nanos[i] = System.nanoTime() - t;
                cpu[i] = CPU.getCurrentThreadCpuTime() - c;
            }
            print("suggestions (8)", nanos, cpu, found / (double) typed.size());
        }
    }

    private static void warmUp(SearchService all, SearchService bare, Map<String, Function<String, SearchRequest>> kinds,
                               Map<String, List<String>> queries) {
        for (int round = 0; round < 1; round++) {
            for (Map.Entry<String, Function<String, SearchRequest>> kind : kinds.entrySet()) {
                for (String q : queries.get(kind.getKey())) {
                    all.search(kind.getValue().apply(q));
                    bare.search(kind.getValue().apply(q));
                }
            }
        }
    }

    private static void print(String kind, long[] nanos, long[] cpu, double meanHits) {
        System.out.printf(Locale.ROOT, "%-40s %5d %8.2f %8.2f %8.2f %8.2f | %8.2f %8.2f | %9s%n", kind, nanos.length,
                percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), percentile(nanos, 100),
                percentile(cpu, 50), percentile(cpu, 99), Double.isNaN(meanHits) ? "" : String.format(Locale.ROOT, "%.0f", meanHits));
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** Queries drawn from the indexed texts. */
    static final class QuerySets {
        final List<String> oneWord = new ArrayList<>();
        final List<String> twoWords = new ArrayList<>();
        final List<String> typos = new ArrayList<>();
        final List<String> prefixes = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<String> empty = new ArrayList<>();
        final List<String> like = new ArrayList<>();
        final List<String> suggestPrefixes = new ArrayList<>();
        String year;

        static QuerySets draw(IndexService index, int n, Random random) throws IOException {
            QuerySets s = new QuerySets();
            IndexSearcher searcher = index.acquire();
            try {
                var reader = searcher.getIndexReader();
                var stored = searcher.storedFields();
                while (s.twoWords.size() < n) {
                    int doc = random.nextInt(reader.maxDoc());
                    var d = stored.document(doc, Set.of(Schema.BODY, Schema.ID, Schema.MODIFIED));
                    String body = d.get(Schema.BODY);
                    if (body == null) {
                        continue;
                    }
                    List<String> words = Arrays.stream(body.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                            .filter(w -> w.length() >= 5 && w.length() <= 12).toList();
                    if (words.size() < 20) {
                        continue;
                    }
                    String a = words.get(random.nextInt(words.size()));
                    String b = words.get(random.nextInt(words.size()));
                    s.oneWord.add(a);
                    s.twoWords.add(a + " " + b);
                    String typo = typo(words.get(random.nextInt(words.size())), random);
                    if (typo != null && reader.docFreq(new Term(Schema.BODY_WORDS, typo)) == 0) {
                        s.typos.add(a + " " + typo);
                    } else {
                        s.typos.add(a + " " + b.substring(0, b.length() - 1) + "x");
                    }
                    s.prefixes.add(a + " " + b.substring(0, Math.max(3, (int) Math.ceil(b.length() * 0.6))));
                    s.tags.add("tag" + random.nextInt(97));
                    s.empty.add("");
                    s.like.add(d.get(Schema.ID));
                    s.suggestPrefixes.add(b.substring(0, 2 + random.nextInt(3)));
                    if (s.year == null) {
                        s.year = Integer.toString(Instant.ofEpochMilli(d.getField(Schema.MODIFIED).numericValue().longValue())
                                .atZone(ZoneOffset.UTC).getYear());
                    }
                }
            } finally {
                index.release(searcher);
            }
            return s;
        }

        /** One edit after the first letter: a letter dropped, doubled, swapped or replaced. */
        static String typo(String w, Random random) {
            int i = 1 + random.nextInt(w.length() - 2);
            return switch (random.nextInt(4)) {
                case 0 -> w.substring(0, i) + w.substring(i + 1);
                case 1 -> w.substring(0, i) + w.charAt(i) + w.substring(i);
                case 2 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
                default -> w.substring(0, i) + (char) ('a' + random.nextInt(26)) + w.substring(i + 1);
            };
        }
    }
}
