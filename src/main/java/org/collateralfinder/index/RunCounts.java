package org.collateralfinder.index;

import java.util.concurrent.atomic.AtomicInteger;
import org.collateralfinder.extract.Extraction;

/** The files a run added, updated and failed on, counted from its worker threads; a failed file is also added or updated. */
final class RunCounts {

    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** Counts a file (or archive member) written to the index, and as failed when its extraction did not succeed. */
    void count(boolean update, Extraction extraction) {
        (update ? updated : added).incrementAndGet();
        if (!extraction.succeeded()) {
            failed.incrementAndGet();
        }
    }

    /** Counts a file that could not be indexed at all. */
    void countFailure() {
        failed.incrementAndGet();
    }

    int added() {
        return added.get();
    }

    int updated() {
        return updated.get();
    }

    int failed() {
        return failed.get();
    }
}
