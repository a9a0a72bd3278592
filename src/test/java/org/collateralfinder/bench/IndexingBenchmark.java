package org.collateralfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The benchmark harness (not a test): indexes each chosen corpus with the built jar in a fresh data
 * folder and measures files/s, MB/s, peak memory, the run with a capped heap, index size against the
 * extracted text, the no-change re-run, query latency and the latency of each keystroke typed into the
 * search box; beside them, in the same run, Recoll on the same files and the limit references (Tika alone
 * on the real files, plain Lucene on the same text). Prints Markdown tables and writes them to
 * {@code <out>/results.md}. Run it with {@code ./mvnw -q -Pbenchmark package -DskipTests} (see the
 * {@code benchmark} profile in the pom, and docs/benchmarks.md).
 */
public final class IndexingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Quiets Lucene's note about the incubating vector API (as Main does); held so it is not collected. */
    private static final Logger LUCENE_JUL = Logger.getLogger("org.apache.lucene");

    private final BenchmarkOptions options;
    private final String java;
    private final Path logs;
    private Optional<Path> recollindex = Optional.empty();
    private String recollMissing = "not installed";
    private Path baselineJar;

    private IndexingBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        this.logs = options.out().resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        LUCENE_JUL.setLevel(Level.SEVERE);
        BenchmarkOptions options;
        if (BenchmarkOptions.asksForHelp(args)) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        try {
            options = BenchmarkOptions.parse(args);
            options.check();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.jar())) {
            System.err.println("There is no " + options.jar() + "; build it first with ./mvnw -q package -DskipTests.");
            System.exit(2);
        }
        try {
            new IndexingBenchmark(options).run();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        Files.createDirectories(logs);
        say("Benchmark of %s with %s; results in %s", options.jar(), java, options.out());
        if (!MeasuredProcess.gnuTimeAvailable()) {
            say("/usr/bin/time is not installed: peak memory comes from sampling /proc only.");
        }
        recollindex = options.recoll() ? findOrInstallRecoll() : Optional.empty();
        baselineJar = options.baseline() == null ? null : BaselineJar.resolve(options.baseline(), options.out(), logs);
        ResultsReport report = new ResultsReport(options, Environment.describe(java, options.jar()));
        for (String name : options.corpora()) {
            Corpus corpus = switch (name) {
                case "real" -> Corpus.real(options.realCorpus());
                case "10k" -> Corpus.synthetic(name, 10_000, options.scaleDir(), options.generator(), logs);
                case "1m" -> Corpus.synthetic(name, 1_000_000, options.scaleDir(), options.generator(), logs);
                default -> Corpus.synthetic(name, 100_000, options.scaleDir(), options.generator(), logs);
            };
            report.add(measure(corpus));
            report.write(options.out().resolve("results.md")); // partial results survive a later failure
        }
        String markdown = report.write(options.out().resolve("results.md"));
        System.out.println();
        System.out.println(markdown);
        say("Written to %s", options.out().resolve("results.md"));
    }

    private CorpusMeasurement measure(Corpus corpus) throws IOException, InterruptedException {
        String loadBefore = Environment.loadAverage();
        say("== %s: %,d files, %.1f MB in %s (load %s)", corpus.name(), corpus.files(), corpus.bytes() / 1e6, corpus.dir(), loadBefore);
        Path data = options.out().resolve("data").resolve(corpus.name());
        deleteTree(data);
        List<String> jvmOptions = new ArrayList<>();
        if (options.jfr()) {
            Path jfr = Files.createDirectories(options.out().resolve("jfr"));
            jvmOptions.add("-XX:StartFlightRecording=filename=" + jfr.resolve(corpus.name() + "-index.jfr") + ",settings=profile");
            // each extraction worker records its own file (its start-up message goes to standard error, not the pipe)
            jvmOptions.add("-Dcollateralfinder.worker.options=-XX:StartFlightRecording=filename=" + jfr.resolve(corpus.name()
                    + "-worker-%p.jfr") + ",settings=profile -Xlog:jfr+startup=error:stderr");
        }
        if (options.indexHeap() != null) {
            jvmOptions.add("-Xmx" + options.indexHeap());
        }
        // the indexer's heap after each collection: its peak is the "peak heap" (RSS also counts code, stacks, maps)
        Path gcLog = logs.resolve(corpus.name() + "-index-gc.log");
        Files.deleteIfExists(gcLog);
        jvmOptions.add("-Xlog:gc:file=" + gcLog);
        CorpusMeasurement.IndexRun first = index(options.jar(), corpus, data, jvmOptions, corpus.name() + "-index", true);
        HeapLog heap = HeapLog.read(gcLog);
        if (!first.completed()) {
            throw new IllegalStateException("Indexing " + corpus.dir() + " failed (exit " + first.outcome().exit() + "); see "
                    + logs.resolve(corpus.name() + "-index.err"));
        }
        say("  indexed in %.1f s (wall %.1f s, CPU %.1f s): %,d files, %,d could not be read; peak RSS indexer %s, "
                        + "largest worker %s, all together %s (%s)", first.seconds(), first.outcome().wallSeconds(),
                first.outcome().cpuSeconds(), first.files(), first.failed(), mb(first.outcome().ownPeakKb()),
                mb(first.outcome().childPeakKb()), mb(first.outcome().treePeakKb()), first.outcome().treePeakDetail());
        say("  indexer heap%s: %s", options.indexHeap() == null ? "" : " (-Xmx" + options.indexHeap() + ")", heap.describe());

        CorpusMeasurement.IndexRun capped = null;
        if (options.heapCap() != null) {
            Path cappedData = options.out().resolve("data").resolve(corpus.name() + "-xmx" + options.heapCap());
            deleteTree(cappedData);
            capped = index(options.jar(), corpus, cappedData, List.of("-Xmx" + options.heapCap()), corpus.name() + "-index-xmx" + options.heapCap(), true);
            say("  with -Xmx%s: %s in %.1f s (CPU %.1f s), peak RSS indexer %s, all together %s", options.heapCap(),
                    capped.completed() ? "completed" : "FAILED (exit " + capped.outcome().exit() + ")", capped.seconds(),
                    capped.outcome().cpuSeconds(), mb(capped.outcome().ownPeakKb()), mb(capped.outcome().treePeakKb()));
            deleteTree(cappedData);
        }

        MeasuredProcess.Outcome status = MeasuredProcess.run(List.of(java, "-jar", options.jar().toString(), "status",
                "--data-dir", data.toString(), "--json"), Map.of(), logs, corpus.name() + "-status", false);
        JsonNode statusJson = parse(status);
        long statusDocs = statusJson == null ? -1 : statusJson.path("documents").asLong(-1);
        long indexBytes = statusJson == null ? -1 : statusJson.path("index_bytes").asLong(-1);
        IndexContents contents = IndexContents.read(data.resolve("index"));
        Map<String, Long> parts = IndexFiles.parts(data.resolve("index"));
        say("  index %s on disk (%s), extracted text %s (%,d documents)", mbBytes(indexBytes), IndexFiles.describe(parts),
                mbBytes(contents.bodyBytes()), contents.documents());

        List<CorpusMeasurement.IndexRun> reruns = new ArrayList<>();
        for (int i = 1; i <= options.reruns(); i++) {
            CorpusMeasurement.IndexRun rerun = index(options.jar(), null, data, List.of(), corpus.name() + "-rerun-" + i, true);
            reruns.add(rerun);
            say("  no-change re-run %d: wall %.2f s (indexer %.2f s)%s", i, rerun.outcome().wallSeconds(), rerun.seconds(),
                    rerun.changedNothing() ? "" : " -- it changed something: " + rerun.json());
        }

        QueryMix mix = new QueryMix(contents, corpus.scaleDocuments(), QueryMix.SEED);
        List<QueryMix.Query> queries = mix.queries(options.warmup() + options.queries());
        Path queryFile = options.out().resolve("queries-" + corpus.name() + ".txt");
        Files.write(queryFile, queries.stream().map(QueryMix.Query::text).toList(), StandardCharsets.UTF_8);
        MeasuredProcess.Outcome batch = MeasuredProcess.run(List.of(java, "-jar", options.jar().toString(), "search",
                "--data-dir", data.toString(), "--json", "--batch", queryFile.toString(), "--limit", "10"),
                Map.of(), logs, corpus.name() + "-search", false);
        QueryLatency latency = QueryLatency.of(queries, batch, options.warmup());
        say("  %d queries after %d warm-up: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d without hits, %d errors)",
                latency.measured(), latency.warmup(), latency.all().p50(), latency.all().p99(), latency.all().max(),
                latency.noHits(), latency.errors());

        List<String> keys = options.keystrokes() != null ? Files.readAllLines(options.keystrokes(), StandardCharsets.UTF_8)
                .stream().filter(k -> !k.isBlank()).toList() : QueryMix.keystrokes(mix.typed(options.typed()));
        List<String> typed = options.keystrokes() != null ? QueryMix.typedOf(keys) : mix.typed(options.typed());
        Path keyFile = options.out().resolve("keystrokes-" + corpus.name() + ".txt");
        Path typedFile = options.out().resolve("typed-" + corpus.name() + ".txt");
        Files.write(keyFile, keys, StandardCharsets.UTF_8);
        Files.write(typedFile, typed, StandardCharsets.UTF_8);
        TypedLatency keystrokes = keystrokes(options.jar(), data, keyFile, keys.size(), corpus.name() + "-keystrokes");
        say("  %d keystrokes of %d typed queries: first %.1f ms, p50 %.2f, p90 %.2f, p99 %.2f ms; total and facets after "
                        + "them p50 %.2f, p99 %.2f ms", keystrokes.count(), typed.size(), keystrokes.first(), keystrokes.all().p50(),
                keystrokes.all().p90(), keystrokes.all().p99(), keystrokes.counts() == null ? Double.NaN : keystrokes.counts().p50(),
                keystrokes.counts() == null ? Double.NaN : keystrokes.counts().p99());
        TypedLatency complete = complete(options.jar(), data, typedFile, typed.size(), corpus.name() + "-complete");
        say("  the %d queries complete: p50 %.2f ms, p99 %.2f ms", complete.count(), complete.all().p50(), complete.all().p99());

        CorpusMeasurement.Before before = baselineJar == null ? null : before(corpus, keyFile, keys.size(), typedFile, typed.size());
        References references = references(corpus, data, keyFile, typedFile, typed);
        return new CorpusMeasurement(corpus, first, heap, capped, options.heapCap(), statusDocs, indexBytes, parts, contents, reruns,
                latency, keystrokes, complete, references, before, loadBefore, Environment.loadAverage());
    }

    /** The baseline jar on the same corpus, in this run: full index, no-change re-runs, keystrokes, complete queries. */
    private CorpusMeasurement.Before before(Corpus corpus, Path keyFile, int keys, Path typedFile, int typed)
            throws IOException, InterruptedException {
        String label = BaselineJar.label(baselineJar);
        Path data = options.out().resolve("data").resolve(corpus.name() + "-before");
        deleteTree(data);
        String name = corpus.name() + "-before-" + label;
        CorpusMeasurement.IndexRun first = index(baselineJar, corpus, data, List.of(), name + "-index", true);
        if (!first.completed()) {
            say("  before (%s): indexing failed (exit %d); see %s", label, first.outcome().exit(), logs.resolve(name + "-index.err"));
            deleteTree(data);
            return null;
        }
        List<CorpusMeasurement.IndexRun> reruns = new ArrayList<>();
        for (int i = 1; i <= options.reruns(); i++) {
            reruns.add(index(baselineJar, null, data, List.of(), name + "-rerun-" + i, true));
        }
        TypedLatency keystrokes = keystrokes(baselineJar, data, keyFile, keys, name + "-keystrokes");
        TypedLatency complete = complete(baselineJar, data, typedFile, typed, name + "-complete");
        CorpusMeasurement.Before before = new CorpusMeasurement.Before(label, first, reruns, keystrokes, complete,
                treeBytes(data.resolve("index")));
        say("  before (%s): indexed in wall %.1f s (CPU %.1f s), peak RSS all together %s; re-run %.2f s; keystrokes first "
                        + "%.1f ms, p50 %.2f, p99 %.2f ms; complete p50 %.2f, p99 %.2f ms", label, first.outcome().wallSeconds(),
                first.outcome().cpuSeconds(), mb(first.outcome().treePeakKb()), before.rerunMedianWall(), keystrokes.first(),
                keystrokes.all().p50(), keystrokes.all().p99(), complete.all().p50(), complete.all().p99());
        deleteTree(data);
        return before;
    }

    /** Each prefix of the typed queries, searched as the search box does, one process. */
    private TypedLatency keystrokes(Path jar, Path data, Path keyFile, int keys, String name)
            throws IOException, InterruptedException {
        return TypedLatency.of(MeasuredProcess.run(List.of(java, "-jar", jar.toString(), "search", "--data-dir",
                data.toString(), "--json", "--as-you-type", "--batch", keyFile.toString(), "--limit", "10"), Map.of(), logs,
                name, false), keys);
    }

    /** The typed queries, complete, one process. */
    private TypedLatency complete(Path jar, Path data, Path typedFile, int typed, String name)
            throws IOException, InterruptedException {
        return TypedLatency.of(MeasuredProcess.run(List.of(java, "-jar", jar.toString(), "search", "--data-dir",
                data.toString(), "--json", "--batch", typedFile.toString(), "--limit", "10"), Map.of(), logs, name, false), typed);
    }

    /** Recoll and the limit references on the same corpus, in this run. */
    private References references(Corpus corpus, Path data, Path keyFile, Path typedFile, List<String> typed)
            throws IOException, InterruptedException {
        Optional<RecollComparison.Result> recoll = Optional.empty();
        String recollNote = null;
        if (!options.recoll()) {
            recollNote = "left out (--no-recoll)";
        } else if (recollindex.isEmpty()) {
            recollNote = recollMissing;
        } else {
            say("  Recoll (%s) on the same files", recollindex.get());
            Path work = options.out().resolve("data").resolve("recoll-" + corpus.name());
            RecollComparison.Result r = RecollComparison.run(recollindex.get(), corpus.dir(), work, logs, corpus.name(),
                    options.reruns(), typed);
            say("  %s: exit %d, wall %.1f s, CPU %.1f s, %,d documents, %,d errors, peak RSS largest process %s, all "
                            + "together %s; re-run %.2f s; query process p50 %.1f ms", r.version(), r.index().exit(),
                    r.index().wallSeconds(), r.index().cpuSeconds(), r.documents(), r.errors(),
                    mb(r.index().timeMaxRssKb()), mb(r.index().treePeakKb()), r.rerunMedianWall(),
                    QueryLatency.Percentiles.of(r.queryMs()).p50());
            recoll = Optional.of(r);
            deleteTree(work);
        }
        if (!options.references()) {
            return new References(recoll, recollNote, null, null, null, null, null, null);
        }
        JsonNode lucene = null;
        TypedLatency luceneTyped = null;
        TypedLatency luceneQueries = null;
        MeasuredProcess.Outcome luceneRun = null;
        if (corpus.name().equals("1m")) {
            say("  plain Lucene: left out at 1m (it holds the whole text in memory)");
        } else {
            Path work = options.out().resolve("data").resolve("lucene-" + corpus.name());
            luceneRun = MeasuredProcess.run(List.of(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                    LuceneReference.class.getName(), data.resolve("index").toString(), work.toString(), keyFile.toString(),
                    typedFile.toString()), Map.of(), logs, corpus.name() + "-lucene", true);
            lucene = parse(luceneRun);
            if (lucene != null) {
                luceneTyped = TypedLatency.of(lucene.path("keystroke_ms"));
                luceneQueries = TypedLatency.of(lucene.path("query_ms"));
                say("  plain Lucene, 2 threads: indexed in %.1f s (CPU %.1f s), %s; keystrokes p50 %.2f p99 %.2f ms; "
                                + "queries p50 %.2f p99 %.2f ms", lucene.path("index_wall_s").asDouble(), lucene.path("index_cpu_s").asDouble(),
                        mbBytes(lucene.path("index_bytes").asLong()), luceneTyped.all().p50(), luceneTyped.all().p99(),
                        luceneQueries.all().p50(), luceneQueries.all().p99());
            } else {
                say("  plain Lucene failed (exit %d); see %s", luceneRun.exit(), logs.resolve(corpus.name() + "-lucene.err"));
            }
        }
        JsonNode tika = null;
        MeasuredProcess.Outcome tikaRun = null;
        if (corpus.name().equals("real")) {
            tikaRun = MeasuredProcess.run(List.of(java, "-cp", System.getProperty("java.class.path"), TikaReference.class.getName(),
                    corpus.dir().toString()), Map.of(), logs, "real-tika", true);
            tika = parse(tikaRun);
            if (tika != null) {
                say("  Tika alone, one JVM, one thread: cold pass wall %.1f s, CPU %.1f s (the JIT compiler's threads "
                                + "busy %.1f s, added up over its threads); warm pass wall %.1f s, CPU %.1f s",
                        tika.path("pass1").path("wall_s").asDouble(), tika.path("pass1").path("cpu_s").asDouble(),
                        tika.path("pass1").path("jit_s").asDouble(), tika.path("pass2").path("wall_s").asDouble(),
                        tika.path("pass2").path("cpu_s").asDouble());
            }
        }
        return new References(recoll, recollNote, lucene, luceneTyped, luceneQueries, luceneRun, tika, tikaRun);
    }

    /** Recoll's indexer, installed with apt-get when it is missing and that is possible. */
    private Optional<Path> findOrInstallRecoll() throws IOException, InterruptedException {
        Optional<Path> found = RecollComparison.recollindex();
        if (found.isPresent()) {
            return found;
        }
        say("Recoll is not installed; installing Debian's %s...", String.join(" ", RecollComparison.PACKAGES));
        String how = RecollComparison.install(logs);
        found = RecollComparison.recollindex();
        say("  %s.", found.isPresent() ? how : how + "; Recoll is left out");
        recollMissing = "not installed: " + how;
        return found;
    }

    /** One index run; with a corpus the folder is added as a source first. */
    private CorpusMeasurement.IndexRun index(Path jar, Corpus corpus, Path data, List<String> jvmOptions, String name,
                                             boolean timeV) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "index", "--data-dir", data.toString(), "--json"));
        if (corpus != null) {
            command.addAll(List.of("--source", corpus.dir().toString()));
        }
        MeasuredProcess.Outcome outcome = MeasuredProcess.run(command, Map.of(), logs, name, timeV);
        return new CorpusMeasurement.IndexRun(outcome, parse(outcome));
    }

    private static JsonNode parse(MeasuredProcess.Outcome outcome) throws IOException {
        String line = outcome.lastJsonLine();
        return line == null ? null : JSON.readTree(line);
    }

    static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format("%,.0f MB", kb * 1024 / 1e6);
    }

    static String mbBytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,.1f MB", bytes / 1e6);
    }

    static void say(String format, Object... args) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + String.format(format, args));
        System.out.flush();
    }

    /** Bytes of the regular files under a folder, 0 when it is missing. */
    static long treeBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
