package org.collateralfinder.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.collateralfinder.model.EditedFile;

/**
 * The files a run added, updated and could not index at all, counted from its worker threads (a file whose text could
 * not be read is added or updated, and the index holds it as such: {@link Schema#failedDocuments()}).
 */
final class RunCounts {

    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger notIndexed = new AtomicInteger();
    private final ConcurrentLinkedQueue<EditedFile> edited = new ConcurrentLinkedQueue<>();
    private final Map<String, String> appeared = new ConcurrentHashMap<>();
    private final Set<String> leaving;

    /**
     * @param leaving the contents that may leave a path this run (deleted files', edited files' former): only a new
     *                file with one of them can be where a file moved, so only those new files are noted (a first run
     *                of 1,000,000 files noted every one, ~200 bytes each, for nothing)
     */
    RunCounts(Set<String> leaving) {
        this.leaving = leaving;
    }

    /** Counts a file (or archive member) written to the index, whether its text could be read or not. */
    void count(boolean update) {
        (update ? updated : added).incrementAndGet();
    }

    /** Counts a file that could not be indexed at all (an error, logged): the index does not hold it. */
    void countFailure() {
        notIndexed.incrementAndGet();
    }

    /** Notes a file found edited in place (its content replaced at the same path). */
    void edited(EditedFile file) {
        edited.add(file);
    }

    /** The files found edited in place, in no particular order. */
    List<EditedFile> edited() {
        return List.copyOf(edited);
    }

    /**
     * Notes the content of a file (or archive member) new to the index, to tell a file moved from one deleted: kept
     * when the content is one that may leave a path this run.
     */
    void appeared(String id, String contentHash) {
        if (leaving.contains(contentHash)) {
            appeared.put(id, contentHash);
        }
    }

    /** The files new to the index whose content may have left another path this run, by id, with their contents. */
    Map<String, String> appeared() {
        return Map.copyOf(appeared);
    }

    int added() {
        return added.get();
    }

    int updated() {
        return updated.get();
    }

    int notIndexed() {
        return notIndexed.get();
    }
}
