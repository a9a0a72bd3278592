package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The figures as Markdown: one table with a column per corpus, latency per kind of query, Recoll, and how. */
final class ResultsReport {

    private final BenchmarkOptions options;
    private final String environment;
    private final List<CorpusMeasurement> corpora = new ArrayList<>();

    ResultsReport(BenchmarkOptions options, String environment) {
        this.options = options;
        this.environment = environment;
    }

    void add(CorpusMeasurement m) {
        corpora.add(m);
    }

    /** Renders the report and writes it to {@code file}; returns the Markdown. */
    String write(Path file) throws IOException {
        String md = render();
        Files.createDirectories(file.getParent());
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return md;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("### Indexing and search benchmark\n\n");
        md.append("_").append(environment).append("._\n\n");
        md.append("_Options: `").append(options.given().isEmpty() ? "(the defaults)" : options.given().replace("`", "'"))
                .append("` (corpora ").append(String.join(",", options.corpora())).append(", results in ")
                .append(options.out()).append(")._\n\n");
        for (CorpusMeasurement m : corpora) {
            SideBySide.render(md, m, options);
        }
        ScaleTable.render(md, corpora, options);
        md.append("#### Every figure, per corpus\n\n");
        header(md, "");
        row(md, "files", m -> n(m.corpus().files()));
        row(md, "total size", m -> mb(m.corpus().bytes()));
        row(md, "documents in the index (could not be read)", m -> n(m.statusDocs()) + " (" + n(m.first().failed()) + ")");
        row(md, "indexing time: indexer / wall incl. JVM start", m -> s(m.first().seconds()) + " / " + s(m.first().outcome().wallSeconds()));
        row(md, "files/s", m -> f1(m.corpus().files() / m.first().seconds()));
        row(md, "MB/s", m -> f2(m.corpus().bytes() / 1e6 / m.first().seconds()));
        row(md, "CPU time, all processes (share of one core over the wall time)", m -> cpu(m.first().outcome()));
        row(md, "… of which indexer JVM / extraction workers", m -> split(m.first().outcome()));
        row(md, "files per CPU-second (less sensitive to a busy machine)", m -> m.first().outcome().cpuSeconds() <= 0 ? "n/a"
                : f1(m.corpus().files() / m.first().outcome().cpuSeconds()));
        row(md, "peak RSS, indexer JVM", m -> rss(m.first().outcome().ownPeakKb()));
        row(md, "peak RSS, largest process (`time -v`)", m -> rss(m.first().outcome().timeMaxRssKb()));
        row(md, "peak RSS, indexer + extraction workers together", m -> rss(m.first().outcome().treePeakKb()));
        row(md, "indexer heap: peak in use / after a collection (GC log)" + (options.indexHeap() == null ? ""
                : ", `-Xmx" + options.indexHeap() + "`"), m -> m.heap().shortForm());
        if (options.heapCap() != null) {
            row(md, "same run with `-Xmx" + options.heapCap() + "`", m -> m.capped() == null ? "–"
                    : (m.capped().completed() && m.capped().files() == m.first().files()
                    ? "completed, " + s(m.capped().seconds()) + ", indexer RSS " + rss(m.capped().outcome().ownPeakKb())
                    : "**did not complete** (exit " + m.capped().outcome().exit() + ")"));
        }
        row(md, "index size on disk", m -> mb(m.indexBytes()));
        row(md, "extracted text (UTF-8 bytes of stored `body`)", m -> mb(m.contents().bodyBytes()));
        row(md, "index / extracted text", m -> ratio(m.indexBytes(), m.contents().bodyBytes()));
        row(md, "where the index bytes go", m -> IndexFiles.describe(m.indexParts()));
        row(md, "index / corpus size", m -> ratio(m.indexBytes(), m.corpus().bytes()));
        row(md, "no-change re-run, wall incl. JVM start (median of " + options.reruns() + ")", m -> s(m.rerunMedianWall())
                + (m.reruns().stream().allMatch(CorpusMeasurement.IndexRun::changedNothing) ? "" : " (**changed files!**)"));
        row(md, "keystrokes as you type: first / p50 / p90 / p99 (`took_ms`)", m -> ms(m.typed().first()) + " / "
                + ms(m.typed().all().p50()) + " / " + ms(m.typed().all().p90()) + " / " + ms(m.typed().all().p99()));
        row(md, "the typed queries complete: p50 / p99", m -> ms(m.complete().all().p50()) + " / " + ms(m.complete().all().p99()));
        row(md, "indexer CPU per 1,000 files (how cost grows)", m -> m.first().outcome().cpuSeconds() <= 0 ? "n/a"
                : s(m.first().outcome().cpuSeconds() * 1000 / m.corpus().files()));
        row(md, "query mix latency p50 / p99 (`took_ms`)", m -> ms(m.latency().all().p50()) + " / " + ms(m.latency().all().p99()));
        row(md, "query latency p90 / max", m -> ms(m.latency().all().p90()) + " / " + ms(m.latency().all().max()));
        row(md, "queries measured (without hits, errors)", m -> m.latency().measured() + " (" + m.latency().noHits() + ", "
                + m.latency().errors() + ")");
        row(md, "load average 1/5/15 min, before → after", m -> m.loadBefore() + " → " + m.loadAfter());
        md.append('\n');

        md.append("Query latency by kind, p50 / p99 in ms (count):\n\n");
        header(md, "kind of query");
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            row(md, kind.label, m -> {
                QueryLatency.Percentiles p = m.latency().byKind().get(kind);
                return p == null ? "–" : ms(p.p50()) + " / " + ms(p.p99()) + " (" + p.count() + ")";
            });
        }
        md.append('\n');
        md.append("""
                How: each corpus is indexed from scratch by `java -jar collateral-finder.jar index --json --source DIR` in \
                a fresh data folder. Indexer time is the `seconds` it reports (walk, extraction, indexing, commit); wall \
                time includes JVM start. files/s and MB/s use the indexer time. CPU time is user + system of the indexer \
                and its extraction workers (from `time -v`), the steadier figure when other work shares the machine; the \
                indexer JVM's own share is read from /proc, the workers' is the rest (including their start-up). Peak \
                RSS: the indexer JVM's high-water mark (VmHWM), and the sum over it and its worker JVMs, sampled from \
                /proc every 100 ms; `time -v` reports the largest single process of the tree, not the sum. The capped run \
                repeats the full index with that `-Xmx` on the indexer (workers keep their own cap). Extracted text is \
                read with Lucene from the stored `body` field after the run; index parts are read from the last commit, \
                compound files included. The re-runs change nothing and time the whole command. Queries: one \
                `search --json --batch FILE --limit 10` process per corpus; %d queries drawn from the index (%s), \
                seed %d; the first %d are warm-up and not counted; `took_ms` is measured inside the process (parse, \
                search, snippets, facets). MB = 10^6 bytes. Wall-clock figures move with the machine's load (see the load \
                averages); CPU times move less.
                """.formatted(options.warmup() + options.queries(), kinds(), QueryMix.SEED, options.warmup()));
        return md.toString();
    }

    private static String cpu(MeasuredProcess.Outcome o) {
        return o.cpuSeconds() < 0 ? "n/a" : s(o.cpuSeconds()) + " (" + Math.round(100 * o.cpuSeconds() / o.wallSeconds()) + "%)";
    }

    private static String split(MeasuredProcess.Outcome o) {
        if (o.cpuSeconds() < 0 || o.mainCpuSeconds() < 0) {
            return "n/a";
        }
        return s(o.mainCpuSeconds()) + " / " + s(Math.max(0, o.cpuSeconds() - o.mainCpuSeconds()));
    }

    private String kinds() {
        StringBuilder b = new StringBuilder();
        for (QueryMix.Kind k : QueryMix.Kind.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(k.percent).append("% ").append(k.label);
        }
        return b.toString();
    }

    private void header(StringBuilder md, String first) {
        md.append("| ").append(first).append(" |");
        corpora.forEach(m -> md.append(' ').append(title(m.corpus())).append(" |"));
        md.append("\n|---|");
        corpora.forEach(m -> md.append("---:|"));
        md.append('\n');
    }

    private static String title(Corpus c) {
        return switch (c.name()) {
            case "real" -> "real office files";
            default -> "synthetic " + c.name() + " (txt/md/html)";
        };
    }

    private void row(StringBuilder md, String label, Function<CorpusMeasurement, String> value) {
        md.append("| ").append(label).append(" |");
        for (CorpusMeasurement m : corpora) {
            md.append(' ').append(value.apply(m)).append(" |");
        }
        md.append('\n');
    }

    static String n(long v) {
        return v < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", v);
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, bytes >= 1e9 ? "%,.0f MB" : "%,.1f MB", bytes / 1e6);
    }

    static String rss(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MB", kb * 1024 / 1e6);
    }

    static String s(double seconds) {
        return Double.isNaN(seconds) ? "n/a" : String.format(Locale.ROOT, seconds >= 100 ? "%,.0f s" : "%.1f s", seconds);
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    static String f1(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.1f", v) : "n/a";
    }

    private static String f2(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
    }

    static String ratio(long a, long b) {
        return a < 0 || b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", (double) a / b);
    }
}
