package org.collateralfinder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SearchWarmUp;

/**
 * The CPU time of each keystroke's page of results and of its counts, in one process, as the search box asks
 * (after {@link SearchWarmUp}, the typed queries {@code rounds} times): the thread's CPU time drifts far less with
 * the machine's load than wall time. Not a test; run it from the source file with the built jar:
 * <pre>java -cp target/collateral-finder.jar src/test/java/org/collateralfinder/bench/KeystrokeCpu.java INDEX_DIR KEYSTROKES_FILE [ROUNDS] [ANSWERS_OUT]</pre>
 * {@code ANSWERS_OUT} gets the last round's totals and paths, to compare two builds' answers.
 */
public final class KeystrokeCpu {

    private KeystrokeCpu() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> keystrokes = Files.readAllLines(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (IndexService index = IndexService.openForReading(Path.of(args[0]))) {
            SearchService search = new SearchService(index);
            long warmStart = cpu.getCurrentThreadCpuTime();
            SearchWarmUp.run(search, index);
            System.out.printf("warm-up: %.0f ms of CPU%n", (cpu.getCurrentThreadCpuTime() - warmStart) / 1e6);
            StringBuilder answers = new StringBuilder();
            for (int round = 0; round < rounds; round++) {
                double[] page = new double[keystrokes.size()];
                double[] counts = new double[keystrokes.size()];
                int i = 0;
                for (String q : keystrokes) {
                    long start = cpu.getCurrentThreadCpuTime();
                    SearchService.Page shown = search.page(SearchRequest.of(q, 10).asYouType(true));
                    long paged = cpu.getCurrentThreadCpuTime();
                    var counted = shown.counted();
                    page[i] = (paged - start) / 1e6;
                    counts[i++] = (cpu.getCurrentThreadCpuTime() - paged) / 1e6;
                    if (round == rounds - 1) {
                        answers.append(q).append('\t').append(counted.total());
                        counted.hits().forEach(h -> answers.append('\t').append(h.path()));
                        answers.append('\n');
                    }
                }
                System.out.printf("round %d: page CPU ms p50 %.2f p90 %.2f p99 %.2f (sum %.0f); counts p50 %.2f p99 %.2f (sum %.0f)%n",
                        round, pct(page, 0.5), pct(page, 0.9), pct(page, 0.99), Arrays.stream(page).sum(),
                        pct(counts, 0.5), pct(counts, 0.99), Arrays.stream(counts).sum());
            }
            if (args.length > 3) {
                Files.writeString(Path.of(args[3]), answers);
            }
        }
    }

    private static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
