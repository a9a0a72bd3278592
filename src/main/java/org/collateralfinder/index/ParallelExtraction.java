package org.collateralfinder.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * the run goes on). A commit runs on a thread of its own while files go on being read: made where the
 * files are handed out, it left both readers idle for the seconds it took (a fifth of the run at 10,000
 * text files); a commit due while the last is still running waits for the next interval.
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
        Commits commits = new Commits(writeError, stop);
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
                commits.startWhenDue();
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
                    commits.startWhenDue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    commits.close(); // its error, if any, is the run's
                } finally {
                    meter.finish("");
                }
            }
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

    /**
     * The run's commits, one at a time on a thread of their own. A commit that fails stops the run with its error,
     * as a file that cannot be written does.
     */
    private final class Commits implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("index-commit").daemon().factory());
        private final AtomicReference<Exception> writeError;
        private final Cancellation stop;
        private long last = System.nanoTime();
        private Future<?> running;

        Commits(AtomicReference<Exception> writeError, Cancellation stop) {
            this.writeError = writeError;
            this.stop = stop;
        }

        /** Starts a commit when the interval has passed since the last one started and that one has ended. */
        void startWhenDue() {
            if (System.nanoTime() - last <= options.commitInterval().toNanos() || (running != null && !running.isDone())) {
                return;
            }
            last = System.nanoTime();
            running = thread.submit(() -> {
                try {
                    index.commit();
                } catch (IOException | AlreadyClosedException e) {
                    writeError.compareAndSet(null, e);
                    stop.cancel();
                }
            });
        }

        /** Waits for the commit in progress, if any. */
        @Override
        public void close() {
            thread.shutdown();
            try {
                if (running != null) {
                    running.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException unexpected) {
                    throw unexpected;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
