package org.collateralfinder.bench;

import static org.collateralfinder.bench.ResultsReport.mb;
import static org.collateralfinder.bench.ResultsReport.ms;
import static org.collateralfinder.bench.ResultsReport.rss;
import static org.collateralfinder.bench.ResultsReport.s;

import java.util.Locale;

/**
 * The measures for one corpus, side by side: Collateral Finder, Recoll on the same files and the
 * limit reference, each from this run, with the target and whether this run met it. The targets
 * are the (#13): real files indexed in at most half Recoll's time; at 100k documents a full index
 * under a minute with a 512 MB heap, a no-change re-run no slower than Recoll's, each keystroke's search
 * p50 ≤ 3 ms and p99 ≤ 16 ms and the first ≤ 50 ms, complete queries p50 ≤ 2 ms and p99 ≤ 16 ms; at one
 * million documents, a keystroke's p99 ≤ 50 ms.
 */
final class SideBySide {

    private SideBySide() {
    }

    static void render(StringBuilder md, CorpusMeasurement m, BenchmarkOptions options) {
        String name = m.corpus().name();
        boolean real = name.equals("real");
        boolean at100k = name.equals("100k");
        boolean at1m = name.equals("1m");
        References refs = m.references();
        RecollComparison.Result recoll = refs.recoll().orElse(null);
        CorpusMeasurement.Before before = m.before();
        md.append("#### ").append(real ? "Real office files" : "Generated " + name).append(String.format(Locale.ROOT,
                " (%,d files, %s)%n%n", m.corpus().files(), mb(m.corpus().bytes())));
        md.append("| measure | before (").append(before == null ? "not measured" : before.label()).append(") | now | ")
                .append(recoll == null ? "Recoll" : recoll.version())
                .append(" | limit reference | target | now |\n|---|---:|---:|---:|---:|---|---|\n");

        double ours = m.first().outcome().wallSeconds();
        double theirs = recoll == null ? Double.NaN : recoll.index().wallSeconds();
        double old = before == null ? Double.NaN : before.first().outcome().wallSeconds();
        String reference = "–";
        if (refs.tika() != null) {
            reference = "Tika alone, 1 JVM, 1 thread: wall " + s(refs.tika().path("pass2").path("wall_s").asDouble()) + " warm, "
                    + s(refs.tika().path("pass1").path("wall_s").asDouble()) + " cold";
        } else if (refs.lucene() != null) {
            reference = "plain Lucene, 2 threads: " + s(refs.lucene().path("index_wall_s").asDouble());
        }
        String target = real ? "≤ 0.5× Recoll" : at100k ? "< 60 s" : "";
        String verdict = real ? verdict(ours <= 0.5 * theirs, !Double.isNaN(theirs))
                : at100k ? verdict(ours < 60, true) : "";
        row(md, "full index, wall, JVM start included", s(old), s(ours), s(theirs), reference, target, verdict);
        row(md, "… relative to Recoll's wall time", times(old, theirs), times(ours, theirs), Double.isNaN(theirs) ? "n/a" : "1×",
                "", "", "");
        String refCpu = refs.tika() != null ? "CPU " + s(refs.tika().path("pass2").path("cpu_s").asDouble()) + " warm, "
                + s(refs.tika().path("pass1").path("cpu_s").asDouble()) + " cold"
                : refs.lucene() != null ? s(refs.lucene().path("index_cpu_s").asDouble()) : "";
        row(md, "… CPU, all processes (indexer / extraction workers)", before == null ? "n/a" : cpu(before.first().outcome()),
                cpu(m.first().outcome()), recoll == null ? "n/a" : s(recoll.index().cpuSeconds()), refCpu, "", "");
        row(md, "… peak RSS, all processes together", before == null ? "n/a" : rss(before.first().outcome().treePeakKb()),
                rss(m.first().outcome().treePeakKb()), recoll == null ? "n/a" : rss(recoll.index().treePeakKb()),
                refs.luceneRun() != null ? rss(refs.luceneRun().timeMaxRssKb()) + " (text held in memory)" : "", "", "");
        if (m.capped() != null) {
            boolean done = m.capped().completed() && m.capped().files() == m.first().files();
            row(md, "… with the indexer's heap capped at " + options.heapCap(), "", done ? "completed, "
                    + s(m.capped().outcome().wallSeconds()) : "**did not complete**", "", "", at100k ? "heap ≤ 512 MB" : "",
                    at100k ? verdict(done, true) : "");
        }
        row(md, "index on disk (× the extracted text)", before == null ? "n/a" : mb(before.indexBytes()),
                mb(m.indexBytes()) + " (" + ResultsReport.ratio(m.indexBytes(), m.contents().bodyBytes()) + ")",
                recoll == null ? "n/a" : mb(recoll.dbBytes()),
                refs.lucene() != null ? mb(refs.lucene().path("index_bytes").asLong()) : "", "", "");
        double rerun = m.rerunMedianWall();
        double recollRerun = recoll == null ? Double.NaN : recoll.rerunMedianWall();
        row(md, "no-change re-run, JVM start included (median of " + options.reruns() + "), wall · CPU",
                before == null ? "n/a" : s(before.rerunMedianWall()) + " · " + s(before.rerunMedianCpu()),
                s(rerun) + " · " + s(m.rerunMedianCpu()),
                recoll == null ? "n/a" : s(recollRerun) + " · " + s(recoll.rerunMedianCpu()), "", "≤ Recoll's",
                verdict(rerun <= recollRerun, !Double.isNaN(recollRerun)));
        TypedLatency typed = m.typed();
        TypedLatency luceneTyped = refs.luceneTyped();
        row(md, "each keystroke (" + typed.count() + " of " + options.typed() + " queries), p50 / p90 / p99 ms",
                before == null ? "n/a" : percentiles(before.typed()), percentiles(typed), "–",
                luceneTyped == null ? "" : "plain Lucene top 10 + snippets: " + percentiles(luceneTyped),
                at100k ? "p50 ≤ 3, p99 ≤ 16" : at1m ? "p99 ≤ 50" : "",
                at100k ? verdict(typed.all().p50() <= 3, true) + " / " + verdict(typed.all().p99() <= 16, true)
                        : at1m ? verdict(typed.all().p99() <= 50, true) : "");
        row(md, "… then the total and facets follow (counts_ms), p50 / p99 ms", before == null ? "n/a"
                        : before.typed().counts() == null ? "counted before the page" : counts(before.typed()),
                typed.counts() == null ? "n/a" : counts(typed), "–", "", at100k ? "p99 ≤ 50" : "",
                at100k && typed.counts() != null ? verdict(typed.counts().p99() <= 50, true) : "");
        row(md, "first search after the index opens, ms", before == null ? "n/a" : ms(before.typed().first()), ms(typed.first()),
                "–", luceneTyped == null ? "" : ms(luceneTyped.first()), at100k ? "≤ 50" : "",
                at100k ? verdict(typed.first() <= 50, true) : "");
        TypedLatency complete = m.complete();
        QueryLatency.Percentiles recollQueries = recoll == null ? null : QueryLatency.Percentiles.of(recoll.queryMs());
        row(md, "the " + complete.count() + " queries complete, p50 / p99 ms",
                before == null ? "n/a" : ms(before.complete().all().p50()) + " / " + ms(before.complete().all().p99()),
                ms(complete.all().p50()) + " / " + ms(complete.all().p99()),
                recollQueries == null ? "n/a" : ms(recollQueries.p50()) + " / " + ms(recollQueries.p99()) + " (a process each)",
                refs.luceneQueries() == null ? "" : ms(refs.luceneQueries().all().p50()) + " / " + ms(refs.luceneQueries().all().p99()),
                at100k ? "p50 ≤ 2, p99 ≤ 16" : "",
                at100k ? verdict(complete.all().p50() <= 2, true) + " / " + verdict(complete.all().p99() <= 16, true) : "");
        md.append('\n');
        if (recoll == null && refs.recollNote() != null) {
            md.append("Recoll: ").append(refs.recollNote()).append(".\n\n");
        }
    }

    private static String percentiles(TypedLatency t) {
        return ms(t.all().p50()) + " / " + ms(t.all().p90()) + " / " + ms(t.all().p99());
    }

    private static String counts(TypedLatency t) {
        return ms(t.counts().p50()) + " / " + ms(t.counts().p99());
    }

    private static String times(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "n/a" : String.format(Locale.ROOT, "%.2f×", a / b);
    }

    /** Total CPU seconds (indexer / workers). */
    private static String cpu(MeasuredProcess.Outcome o) {
        if (o.cpuSeconds() < 0) {
            return "n/a";
        }
        return s(o.cpuSeconds()) + (o.mainCpuSeconds() < 0 ? "" : " (" + s(o.mainCpuSeconds()) + " / "
                + s(Math.max(0, o.cpuSeconds() - o.mainCpuSeconds())) + ")");
    }

    private static String verdict(boolean met, boolean known) {
        return !known ? "n/a" : met ? "met" : "**missed**";
    }

    private static void row(StringBuilder md, String label, String before, String ours, String recoll, String reference,
                            String target, String verdict) {
        md.append("| ").append(label).append(" | ").append(before).append(" | ").append(ours).append(" | ").append(recoll).append(" | ").append(reference)
                .append(" | ").append(target).append(" | ").append(verdict).append(" |\n");
    }
}
