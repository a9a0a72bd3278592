package org.collateralfinder.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.collateralfinder.sources.ContentHasher;

/** Small builders shared by the feedback tests: fixed hashes, times and ids so assertions are exact. */
final class FeedbackFixtures {

    static final String HASH_A = ContentHasher.hash("deck A".getBytes(StandardCharsets.UTF_8));
    static final String HASH_B = ContentHasher.hash("deck B".getBytes(StandardCharsets.UTF_8));
    static final String HASH_C = ContentHasher.hash("deck C".getBytes(StandardCharsets.UTF_8));

    private FeedbackFixtures() {
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** A UUID whose text ends in {@code n}, so ids order as their numbers do. */
    static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }

    static FeedbackEntry entry(int id, String hash, String user, String instant, List<String> tags, Integer rating,
                               String comment) {
        return new FeedbackEntry(id(id), hash, "/share/" + hash.substring(0, 6) + ".pptx", user, at(instant), tags,
                rating, comment, null, null);
    }

    static FeedbackWithdrawal withdrawal(int id, String hash, String user, String instant) {
        return new FeedbackWithdrawal(id(id), hash, user, at(instant));
    }
}
