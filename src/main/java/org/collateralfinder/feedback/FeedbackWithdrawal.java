package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A rep withdrew their feedback on a file's content. Their earlier entries stay in the history. */
public record FeedbackWithdrawal(UUID id, String contentHash, String user, Instant at) implements FeedbackEvent {

    public FeedbackWithdrawal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        FeedbackLimits.checkContentHash(contentHash);
        user = FeedbackLimits.checkLabel("user name", user, FeedbackLimits.MAX_USER_CHARS, true);
    }

    public static FeedbackWithdrawal create(String contentHash, String user) {
        return new FeedbackWithdrawal(UUID.randomUUID(), contentHash, user, Instant.now());
    }
}
