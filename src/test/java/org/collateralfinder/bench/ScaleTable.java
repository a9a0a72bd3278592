package org.collateralfinder.bench;

import static org.collateralfinder.bench.ResultsReport.mb;
import static org.collateralfinder.bench.ResultsReport.ms;
import static org.collateralfinder.bench.ResultsReport.rss;
import static org.collateralfinder.bench.ResultsReport.s;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How cost grows with the number of documents (issue 13, item 6): the generated corpora of one run side by
 * side, ours and Recoll's, with the factor from each corpus to the next. The corpora are prefixes of one
 * another (gen_scale.py's document i depends only on i), so each step adds documents of the same kind; a
 * cost that grows linearly grows by the same factor as the documents (10× from 10k to 100k to 1m).
 */
final class ScaleTable {

    private ScaleTable() {
    }

    /** The generated corpora among the measured ones, smallest first; the table needs two of them. */
    static List<CorpusMeasurement> scaled(List<CorpusMeasurement> all) {
        return all.stream().filter(m -> m.corpus().scaleDocuments() > 0)
                .sorted((a, b) -> Integer.compare(a.corpus().scaleDocuments(), b.corpus().scaleDocuments())).toList();
    }

    static void render(StringBuilder md, List<CorpusMeasurement> all, BenchmarkOptions options) {
        List<CorpusMeasurement> c = scaled(all);
        if (c.size() < 2) {
            return;
        }
        md.append("#### How cost grows\n\n| measure |");
        c.forEach(m -> md.append(' ').append(m.corpus().name()).append(" |"));
        for (int i = 1; i < c.size(); i++) {
            md.append(" × ").append(c.get(i - 1).corpus().name()).append(" → ").append(c.get(i).corpus().name()).append(" |");
        }
        c.forEach(m -> md.append(" Recoll ").append(m.corpus().name()).append(" |"));
        md.append("\n|---|");
        md.append("---:|".repeat(c.size() * 3 - 1));
        md.append('\n');
        row(md, "documents", c, m -> m.corpus().files(), m -> String.format(Locale.ROOT, "%,d", m.corpus().files()), null);
        row(md, "corpus size", c, m -> m.corpus().bytes(), m -> mb(m.corpus().bytes()), null);
        row(md, "full index, wall, JVM start included", c, m -> m.first().outcome().wallSeconds(),
                m -> s(m.first().outcome().wallSeconds()), r -> s(r.index().wallSeconds()));
        row(md, "… CPU, all processes", c, m -> m.first().outcome().cpuSeconds(), m -> s(m.first().outcome().cpuSeconds()),
                r -> s(r.index().cpuSeconds()));
        row(md, "… CPU per 1,000 documents", c, m -> perThousand(m), m -> s(perThousand(m)),
                r -> Double.isNaN(r.index().cpuSeconds()) ? "n/a" : s(r.index().cpuSeconds() * 1000 / Math.max(1, r.documents())));
        String heap = options.indexHeap() == null ? "" : " (`-Xmx" + options.indexHeap() + "`)";
        row(md, "… indexer heap: peak in use / after a collection" + heap, c, m -> m.heap().peakUsedMb(),
                m -> m.heap().shortForm(), null);
        row(md, "… peak RSS, all processes together", c, m -> m.first().outcome().treePeakKb(),
                m -> rss(m.first().outcome().treePeakKb()), r -> rss(r.index().treePeakKb()));
        row(md, "index on disk", c, m -> m.indexBytes(), m -> mb(m.indexBytes()), r -> mb(r.dbBytes()));
        row(md, "… bytes per document", c, m -> (double) m.indexBytes() / m.corpus().files(),
                m -> String.format(Locale.ROOT, "%,.0f", (double) m.indexBytes() / m.corpus().files()),
                r -> String.format(Locale.ROOT, "%,.0f", (double) r.dbBytes() / Math.max(1, r.documents())));
        row(md, "no-change re-run, wall (median of " + options.reruns() + ")", c, CorpusMeasurement::rerunMedianWall,
                m -> s(m.rerunMedianWall()), r -> s(r.rerunMedianWall()));
        row(md, "… CPU", c, CorpusMeasurement::rerunMedianCpu, m -> s(m.rerunMedianCpu()), r -> s(r.rerunMedianCpu()));
        row(md, "keystroke (`took_ms`), first after the index opens", c, m -> m.typed().first(), m -> ms(m.typed().first()), null);
        row(md, "keystroke p50", c, m -> m.typed().all().p50(), m -> ms(m.typed().all().p50()), null);
        row(md, "keystroke p99", c, m -> m.typed().all().p99(), m -> ms(m.typed().all().p99()), null);
        row(md, "… then total and facets (`counts_ms`) p50", c, m -> m.typed().counts() == null ? Double.NaN
                : m.typed().counts().p50(), m -> m.typed().counts() == null ? "n/a" : ms(m.typed().counts().p50()), null);
        row(md, "… then total and facets (`counts_ms`) p99", c, m -> m.typed().counts() == null ? Double.NaN
                : m.typed().counts().p99(), m -> m.typed().counts() == null ? "n/a" : ms(m.typed().counts().p99()), null);
        row(md, "complete query p50 (Recoll: a `recollq` process each)", c, m -> m.complete().all().p50(),
                m -> ms(m.complete().all().p50()), r -> ms(QueryLatency.Percentiles.of(r.queryMs()).p50()));
        row(md, "complete query p99", c, m -> m.complete().all().p99(), m -> ms(m.complete().all().p99()),
                r -> ms(QueryLatency.Percentiles.of(r.queryMs()).p99()));
        row(md, "load average before → after", c, m -> Double.NaN, m -> m.loadBefore() + " → " + m.loadAfter(), null);
        md.append('\n');
        md.append("""
                A factor equal to the step in documents (10×) is linear growth; less is better than linear. Keystrokes \
                and complete queries are the same %s for every corpus%s. Recoll's columns are from the same run; "–" \
                where it was not run (see the note under each corpus).

                """.formatted(options.keystrokes() != null ? "keys (`" + options.keystrokes().getFileName() + "`)"
                        : "number of queries typed key by key, drawn from each index's titles",
                options.keystrokes() != null ? "" : " (not the same queries)"));
    }

    private static double perThousand(CorpusMeasurement m) {
        return m.first().outcome().cpuSeconds() * 1000 / m.corpus().files();
    }

    private static void row(StringBuilder md, String label, List<CorpusMeasurement> c, ToDoubleFunction<CorpusMeasurement> value,
                            Function<CorpusMeasurement, String> shown,
                            Function<RecollComparison.Result, String> recoll) {
        md.append("| ").append(label).append(" |");
        c.forEach(m -> md.append(' ').append(shown.apply(m)).append(" |"));
        for (int i = 1; i < c.size(); i++) {
            double a = value.applyAsDouble(c.get(i - 1));
            double b = value.applyAsDouble(c.get(i));
            md.append(' ').append(Double.isFinite(a) && Double.isFinite(b) && a > 0 && b >= 0
                    ? String.format(Locale.ROOT, "%.1f×", b / a) : "").append(" |");
        }
        for (CorpusMeasurement m : c) {
            RecollComparison.Result r = m.references().recoll().orElse(null);
            md.append(' ').append(recoll == null ? "" : r == null ? "–" : recoll.apply(r)).append(" |");
        }
        md.append('\n');
    }
}
