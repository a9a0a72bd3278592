package org.collateralfinder.benchmark;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.collateralfinder.sources.ExcludeRules;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.FolderScanner;
import org.collateralfinder.sources.ScanResult;
import org.collateralfinder.task.Cancellation;

/**
 * Re-scan of an unchanged share: walks a folder through a file-system access that adds a fixed
 * latency to every directory listing (as a network share does) and counts what is read. File
 * contents are never opened by the walk. Prints the figures; not a test.
 *
 * <p>Usage: {@code ShareScanBenchmark FOLDER [latency-ms] [concurrent-listings]}
 */
public final class ShareScanBenchmark {

    private ShareScanBenchmark() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        AtomicLong listings = new AtomicLong();
        FileSystemAccess slowShare = new FileSystemAccess() {
            @Override
            public List<Entry> list(Path directory) throws IOException {
                listings.incrementAndGet();
                sleep(latency);
                return LOCAL.list(directory);
            }

            @Override
            public Entry stat(Path path) throws IOException {
                sleep(latency);
                return LOCAL.stat(path);
            }
        };
        for (int round = 1; round <= 3; round++) {
            listings.set(0);
            long start = System.nanoTime();
            ScanResult scan = new FolderScanner(ExcludeRules.defaults(), slowShare, concurrency).scan(root, Cancellation.none());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d files in %,d folders listed in %.2f s (%d ms per listing, %d concurrent), "
                    + "file contents read: 0%n", round, scan.files().size(), listings.get(), seconds,
                    latency.toMillis(), concurrency);
        }
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }
}
