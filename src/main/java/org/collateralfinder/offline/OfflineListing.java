package org.collateralfinder.offline;

import java.util.List;

/** What is pinned, sorted by path, and how much of the budget the copies take. */
public record OfflineListing(long usedBytes, long budgetBytes, List<Pin> pins) {

    public OfflineListing {
        pins = List.copyOf(pins);
    }

    public long freeBytes() {
        return Math.max(0, budgetBytes - usedBytes);
    }
}
