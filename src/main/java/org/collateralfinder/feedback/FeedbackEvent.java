package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Something a rep did about a file: gave feedback ({@link FeedbackEntry}) or withdrew it
 * ({@link FeedbackWithdrawal}). Events are never changed or deleted; a rep's latest event for a file,
 * in {@link #ORDER}, decides their current feedback on it. The same set of events therefore gives the
 * same state whatever order it arrives in.
 */
public sealed interface FeedbackEvent permits FeedbackEntry, FeedbackWithdrawal {

    /** Time, then id as text: a total order every copy of the app agrees on. */
    Comparator<FeedbackEvent> ORDER = Comparator.comparing(FeedbackEvent::at)
            .thenComparing(event -> event.id().toString());

    UUID id();

    String contentHash();

    String user();

    Instant at();
}
