package org.collateralfinder.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.model.RealPaths;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.task.ProgressMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a run's planned files on a pool of threads, a few ahead of the pool at most: reports progress
 * file by file, commits every interval so a kill loses little, stops when cancelled, and stops with
 * the run's sentence when the index itself cannot be written (a file that fails alone is counted, and
 * the run goes on).
 */
final class ParallelExtraction {

    /** Logged as the indexing run, under the same name as before the run was split into parts. */
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    private final IndexService index;
    private final IsolatedExtractor extractor;
    private final Indexer.Options options;
    private final FileIndexing files;
    /** Each source's real path, for {@link #stillInside}. */
    private final Map<String, Path> realRoots = new ConcurrentHashMap<>();

    ParallelExtraction(IndexService index, IsolatedExtractor extractor, Indexer.Options options) {
        this.index = index;
        this.extractor = extractor;
        this.options = options;
        this.files = new FileIndexing(index, extractor);
    }

    /**
     * Reads the planned files, taking each from the plan as a writer is free for it.
     *
     * @param replacedContents the contents that may leave a path this run (deleted files', edited files' former): a new
     *                         file is noted as where one of them moved only when its content is among them
     */
    RunCounts run(PlannedWork work, Set<String> replacedContents, ProgressListener listener, Cancellation cancellation)
            throws IOException {
        RunCounts counts = new RunCounts(replacedContents);
        ProgressMeter meter = new ProgressMeter(listener, options.progressInterval().toMillis());
        meter.setTotal(work.size());
        if (work.isEmpty()) {
            meter.finish("");
            return counts;
        }
        int threads = Math.max(2, extractor.limits().workers());
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("indexer-", 0).daemon().factory());
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicReference<Exception> writeError = new AtomicReference<>();
        Cancellation stop = new Cancellation();
        long lastCommit = System.nanoTime();
        try {
            for (WorkItem next = work.take(); next != null; next = work.take()) {
                WorkItem item = next;
                if (cancellation.isCancelled() || stop.isCancelled()) {
                    break;
                }
                inFlight.acquireUninterruptibly();
                if (cancellation.isCancelled() || stop.isCancelled()) { // asked while waiting for a free worker
                    inFlight.release();
                    break;
                }
                lastCommit = commitWhenDue(lastCommit);
                pool.execute(() -> {
                    try {
                        if (!options.linksStayInside() || stillInside(item)) {
                            files.index(item, counts);
                            if (options.linksStayInside() && !stillInside(item)) {
                                forget(item); // became a link out of the share while it was read
                            }
                        }
                    } catch (IOException | AlreadyClosedException e) {
                        // the index itself cannot be written (disk full...): stop the run, keep the last commit
                        writeError.compareAndSet(null, e);
                        stop.cancel();
                    } catch (RuntimeException e) {
                        LOG.error("Could not index {}", item.file().path(), e);
                        counts.countFailure();
                    } finally {
                        // progress first: a Stop given on seeing it is heard before the next file is started
                        meter.advance(item.file().path());
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    lastCommit = commitWhenDue(lastCommit);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            meter.finish("");
        }
        if (writeError.get() != null) {
            throw Indexer.writeFailure(writeError.get());
        }
        return counts;
    }

    /**
     * Whether a file the walk found in its source is still there, not reached through a link out of it: a folder of a
     * share swapped for a link after it was listed led a publisher to read (and publish) a private folder's files
     * (re-test 12). Asked before a publisher reads a file and again after; a swap and a swap back between the two
     * asks is the window that remains.
     */
    private boolean stillInside(WorkItem item) {
        Path root = realRoots.computeIfAbsent(item.source(), source -> RealPaths.asFarAsItExists(Path.of(source)));
        Path real;
        try {
            real = item.file().toPath().toRealPath();
        } catch (IOException | SecurityException e) {
            return true; // gone or unreadable: reading it fails with its own reason
        }
        if (real.startsWith(root)) {
            return true;
        }
        LOG.warn("{} leads out of {} (to {}) since the folders were listed; it is not read", item.file().path(),
                item.source(), real);
        return false;
    }

    private void forget(WorkItem item) throws IOException {
        index.deleteFiles(List.of(new Term(Schema.ID, item.file().path())));
    }

    /** Commits when the commit interval has passed since {@code lastCommit}; returns when the last commit was. */
    private long commitWhenDue(long lastCommit) throws IOException {
        if (System.nanoTime() - lastCommit > options.commitInterval().toNanos()) {
            index.commit();
            return System.nanoTime();
        }
        return lastCommit;
    }
}
