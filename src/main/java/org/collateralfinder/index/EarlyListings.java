package org.collateralfinder.index;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.collateralfinder.sources.ScanResult;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.collateralfinder.task.Cancellation;

/**
 * The sources' folders listed ahead of a run, while the index opens and reads what it knows: on a run over
 * unchanged files at 100,000 files the listing and the opening took about as long each. Each source is listed
 * at its first mount point, each on its own thread, with the same scanner the walk uses; the walk takes a listing
 * only for the mount point it then finds reachable ({@link SourceWalk}), and lists anew otherwise. A listing
 * stopped by the run's cancellation is partial, as the walk's own would be, and the run then removes nothing.
 */
public final class EarlyListings implements AutoCloseable {

    /** No listing ahead: the walk lists every source itself. */
    public static final EarlyListings NONE = new EarlyListings(Map.of(), null);

    private record Listing(Path mount, CompletableFuture<ScanResult> scan) {
    }

    private final Map<String, Listing> bySource;
    private final ExecutorService threads;

    private EarlyListings(Map<String, Listing> bySource, ExecutorService threads) {
        this.bySource = bySource;
        this.threads = threads;
    }

    /**
     * Starts listing {@code sources} in the background.
     *
     * @param reportDir the data folder (never walked), as given to the {@link Indexer}
     */
    public static EarlyListings start(List<SourceFolder> sources, Indexer.Options options, Path reportDir,
                                      Cancellation cancellation) {
        if (sources.isEmpty()) {
            return NONE;
        }
        // a thread per source: a share that hangs holds up its own listing only, which the walk never waits for
        // once the share fails its reachability check
        ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("early-listing-", 0).factory());
        Map<Path, String> neverWalked = Indexer.neverWalked(options, reportDir);
        List<Path> roots = sources.stream().flatMap(s -> s.mountPoints().stream()).toList();
        Map<String, Listing> bySource = new HashMap<>();
        for (SourceFolder source : sources) {
            Path mount = source.mountPoints().getFirst();
            bySource.put(source.path(), new Listing(mount, CompletableFuture.supplyAsync(
                    () -> SourceWalk.scanner(source, options, roots, neverWalked, mount).scan(mount, cancellation), threads)));
        }
        threads.shutdown(); // no more work; each thread ends with its listing
        return new EarlyListings(bySource, threads);
    }

    /** The listing of {@code source} at {@code mount}, once done; empty when it was not listed there ahead. */
    Optional<ScanResult> take(SourceFolder source, Path mount) {
        Listing listing = bySource.get(source.path());
        if (listing == null || !listing.mount().equals(mount)) {
            return Optional.empty();
        }
        try {
            return Optional.of(listing.scan().get());
        } catch (ExecutionException e) {
            return Optional.empty(); // listed again by the walk, which reports what goes wrong
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Lets a listing still under way end on its own (never interrupted: a cut listing could look like deletions). */
    @Override
    public void close() {
        if (threads != null) {
            threads.shutdown();
        }
    }
}
