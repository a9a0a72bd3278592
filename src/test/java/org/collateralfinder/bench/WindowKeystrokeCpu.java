package org.collateralfinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SearchWarmUp;
import org.collateralfinder.task.Cancellation;

/**
 * The CPU time of each part of a keystroke's search as the window asks for it, in one process: its first rows (of
 * 200, with their snippets), then the total, facets and feedback over every match, then the other rows; and, for
 * comparison, the whole page of 200 rows at once (as the window asked before). The search service is the window's:
 * with the data folder's feedback. Thread CPU drifts far less with the machine's load than wall time. Not a test;
 * run it from the source file with the built jar:
 * <pre>java -cp target/collateral-finder.jar src/test/java/org/collateralfinder/bench/WindowKeystrokeCpu.java DATA_DIR KEYSTROKES_FILE [FIRST_ROWS] [ROUNDS]</pre>
 * ({@code DATA_DIR} a data folder, with its {@code index} and {@code feedback}; not one a window has open.)
 */
public final class WindowKeystrokeCpu {

    private WindowKeystrokeCpu() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path data = Path.of(args[0]);
        List<String> keystrokes = Files.readAllLines(Path.of(args[1])).stream().filter(k -> !k.isBlank()).toList();
        int firstRows = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String[] parts = {"first rows", "counts", "other rows", "whole page at once"};
        try (IndexService index = IndexService.openForReading(data.resolve("index"));
             FeedbackStore feedback = FeedbackStore.openInBackground(data.resolve("feedback"), Runnable::run, "bench")) {
            SearchService search = new SearchService(index,
                    new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen));
            SearchWarmUp.run(search, index);
            for (int round = 0; round < rounds; round++) {
                double[][] ms = new double[parts.length][keystrokes.size()];
                int i = 0;
                for (String q : keystrokes) {
                    SearchRequest request = new SearchRequest(q, 200, Map.of(), SearchRequest.Order.RELEVANCE, true, null);
                    long start = cpu.getCurrentThreadCpuTime();
                    SearchService.Page page = search.page(request, firstRows, Cancellation.none());
                    long paged = cpu.getCurrentThreadCpuTime();
                    page.counts(Cancellation.none());
                    long counted = cpu.getCurrentThreadCpuTime();
                    page.complete(Cancellation.none());
                    long completed = cpu.getCurrentThreadCpuTime();
                    search.page(request);
                    long whole = cpu.getCurrentThreadCpuTime();
                    ms[0][i] = (paged - start) / 1e6;
                    ms[1][i] = (counted - paged) / 1e6;
                    ms[2][i] = (completed - counted) / 1e6;
                    ms[3][i++] = (whole - completed) / 1e6;
                }
                for (int p = 0; p < parts.length; p++) {
                    double[] sorted = ms[p].clone();
                    Arrays.sort(sorted);
                    System.out.printf("round %d, %s: CPU ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f (sum %.0f)%n", round,
                            parts[p], rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), sorted[sorted.length - 1],
                            Arrays.stream(sorted).sum());
                }
            }
        }
    }

    /** Nearest-rank percentile of sorted values, as the other benchmarks take them. */
    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
