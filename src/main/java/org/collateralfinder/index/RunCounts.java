package org.collateralfinder.index;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.model.EditedFile;

/** The files a run added, updated and failed on, counted from its worker threads; a failed file is also added or updated. */
final class RunCounts {

    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ConcurrentLinkedQueue<EditedFile> edited = new ConcurrentLinkedQueue<>();
    private final Map<String, String> appeared = new ConcurrentHashMap<>();

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

    /** Notes a file found edited in place (its content replaced at the same path). */
    void edited(EditedFile file) {
        edited.add(file);
    }

    /** The files found edited in place, in no particular order. */
    List<EditedFile> edited() {
        return List.copyOf(edited);
    }

    /** Notes the content of a file (or archive member) new to the index, to tell a file moved from one deleted. */
    void appeared(String id, String contentHash) {
        appeared.put(id, contentHash);
    }

    /** The files new to the index, by id, with their contents. */
    Map<String, String> appeared() {
        return Map.copyOf(appeared);
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
