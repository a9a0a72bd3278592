package org.collateralfinder.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.index.Schema;

/**
 * The limit reference for indexing and search: plain Lucene on the same text. Reads the bodies stored in
 * one of our indexes (not timed), indexes them with Lucene's defaults (StandardAnalyzer, one body field
 * stored with offsets for snippets, an id) on two threads, commits, then answers the same keystrokes and
 * queries as our benchmark (top 10, a snippet each from the unified highlighter; the last word of a
 * keystroke as a prefix). Prints one JSON line. Run by {@link IndexingBenchmark} in its own process:
 * {@code java -cp JAR:target/test-classes org.collateralfinder.bench.LuceneReference OUR_INDEX WORK_DIR KEYSTROKES QUERIES}.
 */
public final class LuceneReference {

    private static final int THREADS = 2;

    private LuceneReference() {
    }

    public static void main(String[] args) throws Exception {
        Path ours = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<String> keystrokes = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        List<String> queries = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
        List<String> texts = bodies(ours);
        long bytes = 0;
        for (String t : texts) {
            bytes += t.length();
        }
        IOUtils.rm(work);
        Files.createDirectories(work);
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        Analyzer analyzer = new StandardAnalyzer();
        try (Directory dir = FSDirectory.open(work); IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            FieldType body = new FieldType(TextField.TYPE_STORED);
            body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            body.freeze();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        Document doc = new Document();
                        doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                        doc.add(new Field("body", texts.get(i), body));
                        writer.addDocument(doc);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            writer.commit();
        }
        double indexWall = (System.nanoTime() - wall0) / 1e9;
        double indexCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long size = 0;
        try (var files = Files.list(work)) {
            for (Path p : files.toList()) {
                size += Files.size(p);
            }
        }
        String json;
        try (Directory dir = FSDirectory.open(work); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
            List<Double> typed = times(searcher, highlighter, analyzer, keystrokes, true);
            List<Double> complete = times(searcher, highlighter, analyzer, queries, false);
            json = String.format(Locale.ROOT, "{\"documents\":%d,\"chars\":%d,\"index_wall_s\":%.2f,\"index_cpu_s\":%.2f,"
                            + "\"index_bytes\":%d,\"keystroke_ms\":%s,\"query_ms\":%s}", texts.size(), bytes, indexWall,
                    indexCpu, size, list(typed), list(complete));
        }
        IOUtils.rm(work);
        System.out.println(json);
    }

    /** Each query's time: search top 10 and highlight one snippet each; the first ones warm the JVM, as ours. */
    private static List<Double> times(IndexSearcher searcher, UnifiedHighlighter highlighter, Analyzer analyzer,
                                      List<String> queries, boolean lastWordAsPrefix) throws IOException {
        List<Double> ms = new ArrayList<>();
        for (String q : queries) {
            if (q.isBlank()) {
                continue;
            }
            long t0 = System.nanoTime();
            QueryParser parser = new QueryParser("body", analyzer);
            String text = QueryParser.escape(q.strip());
            if (lastWordAsPrefix && !q.endsWith(" ")) {
                text = text + "*";
            }
            Query query;
            try {
                query = parser.parse(text);
            } catch (ParseException e) {
                ms.add((System.nanoTime() - t0) / 1e6);
                continue;
            }
            TopDocs top = searcher.search(query, 10);
            highlighter.highlight("body", query, top, 1);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    private static List<String> bodies(Path index) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                String body = stored.document(doc, Set.of(Schema.BODY)).get(Schema.BODY);
                if (body != null) {
                    texts.add(body);
                }
            }
        }
        return texts;
    }

    private static String list(List<Double> values) {
        StringBuilder b = new StringBuilder("[");
        for (Double v : values) {
            b.append(b.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "%.3f", v));
        }
        return b.append(']').toString();
    }
}
