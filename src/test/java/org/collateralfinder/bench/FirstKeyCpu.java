package org.collateralfinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
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
 * The first key's CPU time after an index opens, as the window searches it (its first 20 rows of 200, then the total,
 * facets and feedback over every match, then the other rows), in a new process: cold, or after the window's warm-up
 * ({@link SearchWarmUp#keystrokes}, each searched the same way), or after the first N of those. Thread CPU drifts far
 * less with the machine's load than wall time; both are printed. Not a test; run it from the source file:
 * <pre>java -cp target/collateral-finder.jar src/test/java/org/collateralfinder/bench/FirstKeyCpu.java DATA_DIR cold|warm|warmN [KEY]</pre>
 * ({@code DATA_DIR} a data folder, with its {@code index} and {@code feedback}; not one a window has open.)
 */
public final class FirstKeyCpu {

    private FirstKeyCpu() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path data = Path.of(args[0]);
        String mode = args[1];
        String key = args.length > 2 ? args[2] : "n";
        try (IndexService index = IndexService.openForReading(data.resolve("index"));
             FeedbackStore feedback = FeedbackStore.openInBackground(data.resolve("feedback"), Runnable::run, "bench")) {
            SearchService search = new SearchService(index,
                    new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen));
            int docs = index.withSearcher(s -> s.getIndexReader().numDocs());
            long warmCpu = cpu.getCurrentThreadCpuTime();
            long warmWall = System.nanoTime();
            int made = 0;
            if (mode.startsWith("warm")) {
                List<String> typed = SearchWarmUp.keystrokes(index);
                int n = mode.equals("warm") ? typed.size() : Math.min(typed.size(), Integer.parseInt(mode.substring(4)));
                for (String text : typed.subList(0, n)) {
                    windowsKey(search, text, new long[4], cpu);
                    made++;
                }
            }
            warmCpu = cpu.getCurrentThreadCpuTime() - warmCpu;
            warmWall = System.nanoTime() - warmWall;
            long[] parts = new long[4];
            long[] walls = windowsKey(search, key, parts, cpu);
            System.out.printf("%d documents, %s: warm-up %d searches, CPU %.0f ms, wall %.0f ms | first key '%s': first rows"
                            + " CPU %.1f (wall %.1f), counts %.1f (%.1f), other rows %.1f (%.1f) ms%n", docs, mode, made,
                    warmCpu / 1e6, warmWall / 1e6, key, parts[1] / 1e6, walls[1] / 1e6, parts[2] / 1e6, walls[2] / 1e6,
                    parts[3] / 1e6, walls[3] / 1e6);
        }
    }

    /** One key searched as the window does; each part's thread CPU into {@code cpuOut}[1..3], its wall time returned. */
    private static long[] windowsKey(SearchService search, String text, long[] cpuOut, ThreadMXBean cpu) {
        SearchRequest request = new SearchRequest(text, 200, Map.of(), SearchRequest.Order.RELEVANCE, true, null);
        long[] wall = new long[4];
        long c0 = cpu.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        SearchService.Page page = search.page(request, 20, Cancellation.none());
        long c1 = cpu.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        page.counts(Cancellation.none());
        long c2 = cpu.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        page.complete(Cancellation.none());
        long c3 = cpu.getCurrentThreadCpuTime();
        long w3 = System.nanoTime();
        cpuOut[1] = c1 - c0;
        cpuOut[2] = c2 - c1;
        cpuOut[3] = c3 - c2;
        wall[1] = w1 - w0;
        wall[2] = w2 - w1;
        wall[3] = w3 - w2;
        return wall;
    }
}
