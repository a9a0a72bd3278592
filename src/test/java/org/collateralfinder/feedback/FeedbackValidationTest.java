package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.entry;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackValidationTest {

    static final String MAX_COMMENT = "x".repeat(FeedbackLimits.MAX_COMMENT_CHARS);
    static final String ALL_CONTROL_CHARACTERS = IntStream.range(0, 32).mapToObj(Character::toString)
            .reduce("", String::concat) + "\u007f\u0085\u2028\u2029";

    @TempDir
    Path dir;

    private FeedbackDatabase database;
    private FeedbackRepository repository;

    @BeforeEach
    void open() {
        database = FeedbackDatabase.open(dir.resolve("feedback"));
        repository = new FeedbackRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He said \"use the 'blue' deck\"",
            "'; DROP TABLE feedback_event; --",
            "Robert'); DELETE FROM feedback_event WHERE ('1'='1",
            "<script>alert('x')</script><b>bold</b>&amp;",
            "Great deck 👍🏽🚀 — très bien, 很好, مرحبا",
            "line one\r\nline two\nline three\ttabbed\u0000nul",
            "   leading and trailing spaces   ",
            "\\N \\n %s %n ${jndi:ldap://x} {{7*7}}",
    })
    void hostileCommentsRoundTripExactly(String comment) {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), null, comment));
        database.close();
        open();

        assertThat(repository.list(Optional.of(HASH_A))).singleElement()
                .extracting(FeedbackEntry::comment).isEqualTo(comment);
    }

    @Test
    void controlCharactersAndTheLongestCommentRoundTripExactly() {
        String emoji = "😀".repeat(FeedbackLimits.MAX_COMMENT_CHARS);
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), null, ALL_CONTROL_CHARACTERS));
        repository.add(entry(2, HASH_A, "bob", "2025-03-01T00:00:00Z", List.of(), null, MAX_COMMENT));
        repository.add(entry(3, HASH_A, "carol", "2025-03-01T00:00:00Z", List.of(), null, emoji));

        assertThat(repository.list(Optional.of(HASH_A))).extracting(FeedbackEntry::comment)
                .containsExactlyInAnyOrder(ALL_CONTROL_CHARACTERS, MAX_COMMENT, emoji);
    }

    @Test
    void commentOverTenThousandCharactersIsRefusedNotTruncated() {
        assertThatThrownBy(() -> entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), null, MAX_COMMENT + "y"))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("The comment has 10,001 characters; the limit is 10,000.");
        assertThat(repository.list(Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void ratingOutsideOneToFiveIsRefused(int rating) {
        assertThatThrownBy(() -> entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), rating, null))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("The rating must be a whole number from 1 to 5, not " + rating + ".");
    }

    @Test
    void ratingsOneAndFiveAreAccepted() {
        assertThat(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), 1, null).rating()).isEqualTo(1);
        assertThat(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), 5, null).rating()).isEqualTo(5);
    }

    @Test
    void tagsAreNormalizedAndBounded() {
        assertThat(entry(1, HASH_A, "a", "2025-03-01T00:00:00Z",
                List.of("  Didn’t \n LAND ", "didn't land", "x".repeat(50)), null, null).tags())
                .containsExactly("didn't land", "x".repeat(50));
        assertThatThrownBy(() -> entry(1, HASH_A, "a", "2025-03-01T00:00:00Z", List.of("x".repeat(51)), null, null))
                .hasMessage("A tag has 51 characters; the limit is 50.");
        assertThatThrownBy(() -> entry(1, HASH_A, "a", "2025-03-01T00:00:00Z", Collections.nCopies(21, "t"), null, null))
                .hasMessage("There are 21 tags; the limit is 20.");
        assertThatThrownBy(() -> entry(1, HASH_A, "a", "2025-03-01T00:00:00Z", List.of(" "), null, null))
                .hasMessage("A tag cannot be empty.");
        assertThatThrownBy(() -> entry(1, HASH_A, "a", "2025-03-01T00:00:00Z", List.of("a\u0000b"), null, null))
                .hasMessage("A tag cannot contain control characters.");
    }

    @Test
    void emptyFeedbackIsRefused() {
        assertThatThrownBy(() -> entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of(), null, ""))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("Give at least a tag, a rating or a comment.");
    }

    @Test
    void contentIdentityMustBeASha256Hash() {
        assertThatThrownBy(() -> entry(1, HASH_A.toUpperCase(), "alice", "2025-03-01T00:00:00Z", List.of("worked"), null, null))
                .hasMessage("The file's content identity is not a SHA-256 hash.");
    }
}
