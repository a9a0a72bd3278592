package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_C;
import static org.collateralfinder.feedback.FeedbackFixtures.entry;
import static org.collateralfinder.feedback.FeedbackFixtures.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.groups.Tuple;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackRepositoryTest {

    @TempDir
    Path dir;

    private FeedbackDatabase database;
    private FeedbackRepository repository;

    @BeforeEach
    void open() {
        database = FeedbackDatabase.open(DataDirectory.open(dir.resolve("data")));
        repository = new FeedbackRepository(database, Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void reopen() {
        database.close();
        open();
    }

    @Test
    void entryRoundTripsThroughTheDatabaseFile() {
        FeedbackEntry given = new FeedbackEntry(id(1), HASH_A, "/share/pricing.pptx", "alice",
                Instant.parse("2025-03-01T09:30:00.123456789Z"), List.of("Worked", "customer asked", "pilot"), 5,
                "Closed the deal.", "negotiation", "healthcare");
        repository.add(given);
        reopen();

        assertThat(repository.list(Optional.of(HASH_A))).containsExactly(new FeedbackEntry(id(1), HASH_A,
                "/share/pricing.pptx", "alice", Instant.parse("2025-03-01T09:30:00.123456789Z"),
                List.of("worked", "customer asked", "pilot"), 5, "Closed the deal.", "negotiation", "healthcare"));
    }

    @Test
    void databaseFileIsReadableByItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.file())))
                .isEqualTo("rw-------");
        assertThat(database.file()).isEqualTo(dir.resolve("data").resolve("feedback.mv.db"));
    }

    @Test
    void newEntrySupersedesTheRepsPreviousOneAndKeepsHistory() {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 4, "good"));
        repository.add(entry(2, HASH_A, "bob", "2025-03-02T00:00:00Z", List.of("outdated"), 2, null));
        repository.add(entry(3, HASH_A, "alice", "2025-03-03T00:00:00Z", List.of("needs update"), 3, "prices changed"));

        assertThat(repository.list(Optional.of(HASH_A))).extracting(FeedbackEntry::id).containsExactly(id(3), id(2));
        assertThat(repository.history(HASH_A)).extracting(item -> item.event().id(), FeedbackHistoryItem::current)
                .containsExactly(
                        Tuple.tuple(id(1), false),
                        Tuple.tuple(id(2), true),
                        Tuple.tuple(id(3), true));
    }

    @Test
    void withdrawRemovesOnlyTheRepsCurrentFeedbackAndKeepsHistory() {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 4, null));
        repository.add(entry(2, HASH_A, "bob", "2025-03-02T00:00:00Z", List.of("worked"), 5, null));

        FeedbackWithdrawal withdrawal = repository.withdraw(HASH_A, "alice");

        assertThat(withdrawal.at()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(repository.list(Optional.of(HASH_A))).extracting(FeedbackEntry::user).containsExactly("bob");
        assertThat(repository.history(HASH_A)).extracting(item -> item.event().id())
                .containsExactly(id(1), id(2), withdrawal.id());
        assertThatThrownBy(() -> repository.withdraw(HASH_A, "alice"))
                .isInstanceOf(CollateralException.class)
                .hasMessage("alice has no feedback on this file to withdraw.");
    }

    @Test
    void entryAtTheSameInstantAsTheRepsCurrentOneStillSupersedesIt() {
        repository.add(entry(9, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 4, null));
        FeedbackEntry second = repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("outdated"), null, null));

        assertThat(second.at()).isEqualTo(Instant.parse("2025-03-01T00:00:00.000001Z"));
        assertThat(repository.list(Optional.of(HASH_A))).extracting(FeedbackEntry::id).containsExactly(id(1));
    }

    @Test
    void feedbackFollowsTheContentToItsNewPath() {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 4, null));
        repository.rememberPath(HASH_A, "/share/archive/2025/pricing-final.pptx");

        assertThat(repository.list(Optional.of(HASH_A))).extracting(FeedbackEntry::path)
                .containsExactly("/share/archive/2025/pricing-final.pptx");
        assertThat(repository.history(HASH_A)).extracting(item -> ((FeedbackEntry) item.event()).path())
                .containsExactly("/share/" + HASH_A.substring(0, 6) + ".pptx");
    }

    @Test
    void summariesCountCurrentEntriesOnlyOnePerRep() {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 2, null));
        repository.add(entry(2, HASH_A, "alice", "2025-03-02T00:00:00Z", List.of("worked", "customer asked"), 5, " "));
        repository.add(entry(3, HASH_A, "bob", "2025-03-02T00:00:00Z", List.of("worked"), 4, "Used it twice."));
        repository.add(entry(4, HASH_B, "bob", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));

        Map<String, FeedbackSummary> summaries = repository.summaries(List.of(HASH_A, HASH_B, HASH_C));

        assertThat(summaries).containsExactly(
                Map.entry(HASH_A, new FeedbackSummary(HASH_A, Map.of("worked", 2, "customer asked", 1), 4.5, 2, true)),
                Map.entry(HASH_B, new FeedbackSummary(HASH_B, Map.of("outdated", 1), null, 1, false)),
                Map.entry(HASH_C, FeedbackSummary.empty(HASH_C)));
        assertThat(summaries.get(HASH_A).tagCounts().keySet()).containsExactly("worked", "customer asked");
    }

    @Test
    void summariesAreTheSameWhenRebuiltFromTheFileAfterReopening() {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, "\n\t\u001f\u2003"));
        repository.add(entry(2, HASH_A, "bob", "2025-03-01T00:00:00Z", List.of("outdated"), 1, null));
        repository.add(entry(3, HASH_B, "bob", "2025-03-01T00:00:00Z", List.of("pilot"), null, "ok"));
        repository.withdraw(HASH_A, "bob");
        Map<String, FeedbackSummary> before = repository.summaries(List.of(HASH_A, HASH_B, HASH_C));

        reopen();

        assertThat(repository.summaries(List.of(HASH_A, HASH_B, HASH_C))).isEqualTo(before);
        assertThat(before.get(HASH_A)).isEqualTo(new FeedbackSummary(HASH_A, Map.of("worked", 1), 5.0, 1, false));
    }

    @Test
    void filtersSelectContentsByCurrentTagRatingAndComment() {
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("outdated"), 5, "old"));
        repository.add(entry(2, HASH_A, "alice", "2025-03-02T00:00:00Z", List.of("worked"), 4, null));
        repository.add(entry(3, HASH_B, "bob", "2025-03-02T00:00:00Z", List.of("Outdated"), 2, "Prices are from 2023."));
        repository.add(entry(4, HASH_C, "bob", "2025-03-02T00:00:00Z", List.of("pilot"), 3, null));
        repository.add(entry(5, HASH_C, "carol", "2025-03-02T00:00:00Z", List.of("pilot"), 4, null));
        FeedbackByFile files = repository.byFile(IndexedContents.of(List.of()));

        assertThat(files.where(s -> s.tagCount(FeedbackTags.OUTDATED) > 0).contents()).containsExactly(HASH_B);
        assertThat(files.where(s -> s.tagCount(FeedbackTags.WORKED) > 0).contents()).containsExactly(HASH_A);
        assertThat(files.where(rated(RatingComparison.GREATER_OR_EQUAL, 4)).contents()).containsExactly(HASH_A);
        assertThat(files.where(rated(RatingComparison.LESS, 4)).contents()).containsExactlyInAnyOrder(HASH_B, HASH_C);
        assertThat(files.where(rated(RatingComparison.EQUAL, 3.5)).contents()).containsExactly(HASH_C);
        assertThat(files.where(FeedbackSummary::commented).contents()).containsExactly(HASH_B);
    }

    private static Predicate<FeedbackSummary> rated(RatingComparison comparison, double value) {
        return summary -> summary.averageRating() != null && comparison.test(summary.averageRating(), value);
    }
}
