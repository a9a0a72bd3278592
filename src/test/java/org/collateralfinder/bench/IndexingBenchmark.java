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
 * extracted text, the no-change re-run and query latency; optionally Recoll on the real corpus.
 * Prints a Markdown table and writes it to {@code <out>/results.md}. Run it with
 * {@code ./mvnw -q -Pbenchmark package -DskipTests} (see the {@code benchmark} profile in the pom).
 */
public final class IndexingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Quiets Lucene's note about the incubating vector API (as Main does); held so it is not collected. */
    private static final Logger LUCENE_JUL = Logger.getLogger("org.apache.lucene");

    private final BenchmarkOptions options;
    private final String java;
    private final Path logs;

    private IndexingBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        this.logs = options.out().resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        LUCENE_JUL.setLevel(Level.SEVERE);
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
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
        ResultsReport report = new ResultsReport(options, Environment.describe(java, options.jar()));
        for (String name : options.corpora()) {
            Corpus corpus = switch (name) {
                case "real" -> Corpus.real(options.realCorpus());
                case "10k" -> Corpus.synthetic(name, 10_000, options.scaleDir(), options.generator(), logs);
                default -> Corpus.synthetic(name, 100_000, options.scaleDir(), options.generator(), logs);
            };
            report.add(measure(corpus));
            report.write(options.out().resolve("results.md")); // partial results survive a later failure
        }
        if (options.corpora().contains("real")) {
            report.recoll(recoll());
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
        }
        CorpusMeasurement.IndexRun first = index(corpus, data, jvmOptions, corpus.name() + "-index", true);
        if (!first.completed()) {
            throw new IllegalStateException("Indexing " + corpus.dir() + " failed (exit " + first.outcome().exit() + "); see "
                    + logs.resolve(corpus.name() + "-index.err"));
        }
        say("  indexed in %.1f s (wall %.1f s, CPU %.1f s): %,d files, %,d could not be read; peak RSS indexer %s, "
                        + "largest worker %s, all together %s (%s)", first.seconds(), first.outcome().wallSeconds(),
                first.outcome().cpuSeconds(), first.files(), first.failed(), mb(first.outcome().ownPeakKb()),
                mb(first.outcome().childPeakKb()), mb(first.outcome().treePeakKb()), first.outcome().treePeakDetail());

        CorpusMeasurement.IndexRun capped = null;
        if (options.heapCap() != null) {
            Path cappedData = options.out().resolve("data").resolve(corpus.name() + "-xmx" + options.heapCap());
            deleteTree(cappedData);
            capped = index(corpus, cappedData, List.of("-Xmx" + options.heapCap()), corpus.name() + "-index-xmx" + options.heapCap(), true);
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
            CorpusMeasurement.IndexRun rerun = index(null, data, List.of(), corpus.name() + "-rerun-" + i, false);
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
        return new CorpusMeasurement(corpus, first, capped, options.heapCap(), statusDocs, indexBytes, parts, contents, reruns,
                latency, loadBefore, Environment.loadAverage());
    }

    /** One index run; with a corpus the folder is added as a source first. */
    private CorpusMeasurement.IndexRun index(Corpus corpus, Path data, List<String> jvmOptions, String name, boolean timeV)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", options.jar().toString(), "index", "--data-dir", data.toString(), "--json"));
        if (corpus != null) {
            command.addAll(List.of("--source", corpus.dir().toString()));
        }
        MeasuredProcess.Outcome outcome = MeasuredProcess.run(command, Map.of(), logs, name, timeV);
        return new CorpusMeasurement.IndexRun(outcome, parse(outcome));
    }

    private Optional<RecollComparison.Result> recoll() throws IOException, InterruptedException {
        if (!options.recoll()) {
            say("Recoll: left out (--no-recoll).");
            return Optional.empty();
        }
        Optional<Path> recollindex = RecollComparison.recollindex();
        if (recollindex.isEmpty()) {
            say("Recoll: recollindex is not installed, so there is no side-by-side run "
                    + "(on Debian/Ubuntu: apt-get install recollcmd poppler-utils antiword catdoc unrtf python3-lxml).");
            return Optional.empty();
        }
        say("== Recoll on the real corpus (%s)", recollindex.get());
        Path work = options.out().resolve("data").resolve("recoll");
        RecollComparison.Result result = RecollComparison.run(recollindex.get(), options.realCorpus(), work, logs);
        say("  %s: exit %d, wall %.1f s, %,d documents, %,d errors, peak RSS %s", result.version(), result.outcome().exit(),
                result.outcome().wallSeconds(), result.documents(), result.errors(), mb(result.outcome().timeMaxRssKb()));
        deleteTree(work);
        return Optional.of(result);
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
