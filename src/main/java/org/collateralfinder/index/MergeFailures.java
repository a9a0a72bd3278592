package org.collateralfinder.index;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene's background merges, with a merge that fails (a full disk, most often) kept for the next commit
 * to report instead of being thrown on the merge thread, where it would only reach the console. Lucene
 * deletes the failed merge's files; the segments it would have merged stay as they are.
 */
final class MergeFailures extends ConcurrentMergeScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(MergeFailures.class);

    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    @Override
    protected void handleMergeException(Throwable exc) {
        if (failure.compareAndSet(null, exc)) {
            LOG.warn("A merge of index segments failed; the next commit stops the run", exc);
        }
    }

    /** The failure of a merge since the last call, or null; taken, so a later run with space again goes on. */
    Throwable take() {
        return failure.getAndSet(null);
    }
}
