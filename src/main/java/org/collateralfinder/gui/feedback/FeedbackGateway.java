package org.collateralfinder.gui.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the window needs from the feedback store, keyed by content hash. The store itself (H2, in
 * package {@code feedback}) plugs in behind this; all calls do I/O and run on background threads.
 */
public interface FeedbackGateway {

    /** Summaries for the given hashes; hashes without feedback may be missing from the map. */
    Map<String, FeedbackSummary> summaries(Collection<String> contentHashes);

    /** Every entry for one file, newest first. */
    List<FeedbackEntry> history(String contentHash);

    void save(FeedbackEntry entry);

    /** Whether feedback survives a restart (false for the stand-in kept in memory). */
    boolean isPersistent();
}
