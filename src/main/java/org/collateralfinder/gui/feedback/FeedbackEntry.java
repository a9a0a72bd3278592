package org.collateralfinder.gui.feedback;

import java.time.Instant;
import java.util.Set;

/**
 * One piece of feedback on a file, keyed by its content hash so it follows copies and moves.
 *
 * @param rating  1 to 5 stars, or 0 when the rep gave no rating
 * @param comment free text, possibly empty
 */
public record FeedbackEntry(String contentHash, String path, Set<FeedbackTag> tags, int rating, String comment,
                            Instant at) {

    public FeedbackEntry {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        comment = comment == null ? "" : comment.strip();
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("rating must be 0 to 5");
        }
    }

    public boolean isEmpty() {
        return tags.isEmpty() && rating == 0 && comment.isEmpty();
    }
}
