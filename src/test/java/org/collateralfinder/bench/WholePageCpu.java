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

/**
 * The CPU time of a keystroke's search as the window asked for it before its searches came in parts: the whole page
 * of 200 rows with their snippets, then the total and facets, then the feedback on every match, each a pass of its own
 * (see {@link WindowKeystrokeCpu} for the parts the window asks for now). It uses only what the search service had
 * then, so it runs against an older jar too. Not a test; run it from the source file with a built jar:
 * <pre>java -cp JAR src/test/java/org/collateralfinder/bench/WholePageCpu.java DATA_DIR KEYSTROKES_FILE [ROUNDS]</pre>
 */
public final class WholePageCpu {

    private WholePageCpu() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path data = Path.of(args[0]);
        List<String> keystrokes = Files.readAllLines(Path.of(args[1])).stream().filter(k -> !k.isBlank()).toList();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String[] parts = {"whole page", "total and facets", "feedback on every match"};
        try (IndexService index = IndexService.openForReading(data.resolve("index"));
             FeedbackStore feedback = FeedbackStore.openInBackground(data.resolve("feedback"), Runnable::run, "bench")) {
            SearchService search = new SearchService(index,
                    new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen));
            SearchWarmUp.run(search, index);
            for (int round = 0; round < rounds; round++) {
                double[][] ms = new double[parts.length][keystrokes.size()];
                int i = 0;
                for (String q : keystrokes) {
                    long start = cpu.getCurrentThreadCpuTime();
                    SearchService.Page page = search.page(
                            new SearchRequest(q, 200, Map.of(), SearchRequest.Order.RELEVANCE, true, null));
                    long paged = cpu.getCurrentThreadCpuTime();
                    page.counted();
                    long counted = cpu.getCurrentThreadCpuTime();
                    page.feedbackOfMatches();
                    long matched = cpu.getCurrentThreadCpuTime();
                    ms[0][i] = (paged - start) / 1e6;
                    ms[1][i] = (counted - paged) / 1e6;
                    ms[2][i++] = (matched - counted) / 1e6;
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
