package org.collateralfinder.feedback;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.collateralfinder.sources.ContentHasher;

/**
 * Benchmark, not a test: merges a team folder of 100 logs × 1,000 events into an empty database, then
 * merges again with nothing new, and prints the times. Run it with
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * $JAVA_HOME/bin/java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.collateralfinder.feedback.FeedbackSyncBenchmark [logs] [eventsPerLog]</pre>
 * Targets: first merge under 2 s, second under 100 ms.
 */
public final class FeedbackSyncBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FeedbackSyncBenchmark() {
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int logs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int eventsPerLog = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path work = Files.createTempDirectory("feedback-bench");
        Path team = work.resolve("team");
        Files.createDirectories(team);
        long generated = generate(team, logs, eventsPerLog, new Random(42));
        System.out.printf("Generated %d logs x %d events (%.1f MB) in %s; %d processors, load average %.1f%n",
                logs, eventsPerLog, generated / 1e6, team, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        for (int round = 1; round <= 3; round++) {
            Path db = work.resolve("db" + round).resolve("feedback");
            try (FeedbackDatabase database = FeedbackDatabase.open(db)) {
                TeamFolderSync sync = new TeamFolderSync(database);
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                long threadStart = THREADS.getCurrentThreadCpuTime();
                SyncResult first = sync.sync(team);
                long firstNanos = System.nanoTime() - start;
                long firstCpu = processCpuNanos() - cpuStart;
                long firstThread = THREADS.getCurrentThreadCpuTime() - threadStart;
                start = System.nanoTime();
                SyncResult second = sync.sync(team);
                long secondNanos = System.nanoTime() - start;
                System.out.printf("Run %d: first merge %d events from %d logs in %d ms "
                                + "(CPU: %d ms this thread, %d ms whole process); "
                                + "second merge (nothing new, %d merged) in %.1f ms%n",
                        round, first.merged(), first.logsRead(), firstNanos / 1_000_000, firstThread / 1_000_000,
                        firstCpu / 1_000_000, second.merged(), secondNanos / 1e6);
                if (round == 3) {
                    FeedbackRepository repository = new FeedbackRepository(database);
                    for (String pass : new String[] {"first", "second"}) {
                        start = System.nanoTime();
                        FeedbackByFile files = repository.byFile(IndexedContents.of(List.of()));
                        int withTag = files.where(s -> s.tagCount(FeedbackTags.WORKED) > 0).contents().size();
                        int rated = files.where(s -> s.averageRating() != null
                                && RatingComparison.GREATER_OR_EQUAL.test(s.averageRating(), 4)).contents().size();
                        long filterNanos = System.nanoTime() - start;
                        System.out.printf("Filters tag:worked (%d files) and rating:>=4 (%d files), %s call: %.1f ms%n",
                                withTag, rated, pass, filterNanos / 1e6);
                    }
                }
            }
        }
        try (FeedbackDatabase database = FeedbackDatabase.open(work.resolve("db3").resolve("feedback"))) {
            long start = System.nanoTime();
            int withTag = new FeedbackRepository(database).byFile(IndexedContents.of(List.of()))
                    .where(s -> s.tagCount(FeedbackTags.WORKED) > 0).contents().size();
            System.out.printf("Reopened: first filter, loading the current view of %d events, in %.1f ms (%d files)%n",
                    logs * eventsPerLog, (System.nanoTime() - start) / 1e6, withTag);
        }
    }

    /** Reps rate, change and withdraw feedback on 5,000 files; returns the bytes written. */
    private static long generate(Path team, int logs, int eventsPerLog, Random random) throws Exception {
        EventLogCodec codec = new EventLogCodec();
        String[] hashes = new String[5000];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = ContentHasher.hash(("file " + i).getBytes(StandardCharsets.UTF_8));
        }
        long bytes = 0;
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int log = 0; log < logs; log++) {
            String user = "rep" + log;
            Path file = team.resolve(TeamLogFiles.logFileName(user));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < eventsPerLog; i++) {
                    String hash = hashes[random.nextInt(hashes.length)];
                    Instant at = start.plusSeconds(random.nextInt(365 * 24 * 3600));
                    FeedbackEvent event = random.nextInt(20) == 0
                            ? new FeedbackWithdrawal(UUID.randomUUID(), hash, user, at)
                            : new FeedbackEntry(UUID.randomUUID(), hash, "/share/marketing/deck-" + hash.substring(0, 8)
                                    + ".pptx", user, at, List.of(FeedbackTags.BUILT_IN.get(random.nextInt(5))),
                                    1 + random.nextInt(5), random.nextInt(3) == 0 ? "Used it in a demo, " + i : null,
                                    null, null);
                    out.write(codec.encode(event));
                    out.write('\n');
                }
            }
            bytes += Files.size(file);
        }
        return bytes;
    }
}
