package org.collateralfinder.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The files a run reads, in the order it reads them, handed to the writers one at a time and let go as each is taken:
 * the plan's memory falls as the run goes, instead of every file's item being held until the run ends (a first run
 * of 1,000,000 files planned them all before reading the first). Taken from one thread, the run's.
 */
final class PlannedWork {

    private final List<WorkItem> items;
    private int next;

    PlannedWork(List<WorkItem> items) {
        this.items = new ArrayList<>(items);
    }

    /** How many files the run was planned to read, taken or not. */
    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** The next file to read, no longer held here; null once every file was handed out. */
    WorkItem take() {
        if (next == items.size()) {
            return null;
        }
        WorkItem item = items.get(next);
        items.set(next++, null);
        return item;
    }
}
