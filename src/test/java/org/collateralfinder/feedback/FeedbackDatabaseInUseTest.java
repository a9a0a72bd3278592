package org.collateralfinder.feedback;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-test 9, NEW 5c: another Collateral Finder holding the feedback database (a command run at the same time) is
 * waited for, a bounded while, so commands run in parallel each record their feedback; one holding it for longer
 * (the window) is said in a sentence once the wait is over. The holder is a child JVM: an operating-system lock.
 */
class FeedbackDatabaseInUseTest {

    private static final String IN_USE = "The feedback database is in use by another Collateral Finder; close it and try "
            + "again.";

    @TempDir
    Path tmp;

    private static List<String> users(FeedbackDatabase database) {
        return new FeedbackRepository(database).list(Optional.empty()).stream().map(FeedbackEntry::user).sorted().toList();
    }

    @Test
    @Timeout(value = 180, unit = SECONDS)
    void aSecondOpenerWaitsWhileTheDatabaseIsHeldAndRecordsItsFeedbackOnceItIsClosed() throws Exception {
        Path base = DataDirectory.open(tmp.resolve("data")).feedbackDatabase();
        Process holder = ChildJvm.start(FeedbackDatabaseHolder.class, base.toString());
        try (BufferedReader out = ChildJvm.stdout(holder); Writer in = holder.outputWriter(StandardCharsets.UTF_8)) {
            ChildJvm.awaitLine(out, "OPEN");
            CountDownLatch foundInUse = new CountDownLatch(1);
            CompletableFuture<FeedbackDatabase> opening = CompletableFuture.supplyAsync(
                    () -> FeedbackDatabase.open(base, Duration.ofSeconds(120), foundInUse::countDown));

            assertThat(foundInUse.await(60, SECONDS)).isTrue();
            assertThat(opening).isNotDone(); // waiting, not refused
            in.write("close\n");
            in.flush();
            try (FeedbackDatabase database = opening.get(120, SECONDS)) {
                new FeedbackRepository(database).add(FeedbackFixtures.entry(2, FeedbackFixtures.HASH_B, "waiter",
                        "2026-03-01T10:01:00Z", List.of("outdated"), null, null));
                assertThat(users(database)).containsExactly("holder", "waiter");
            }
            assertThat(holder.waitFor(60, SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    @Timeout(value = 180, unit = SECONDS)
    void anOpenerGivesTheSentenceWhenTheDatabaseIsStillHeldAfterItsWait() throws Exception {
        Path data = tmp.resolve("data");
        Path base = DataDirectory.open(data).feedbackDatabase();
        Process holder = ChildJvm.start(FeedbackDatabaseHolder.class, base.toString());
        try (BufferedReader out = ChildJvm.stdout(holder); Writer in = holder.outputWriter(StandardCharsets.UTF_8)) {
            ChildJvm.awaitLine(out, "OPEN");
            AtomicInteger writerFoundInUse = new AtomicInteger();
            AtomicInteger readerFoundInUse = new AtomicInteger();

            assertThatThrownBy(() -> FeedbackDatabase.open(base, Duration.ofMillis(300), writerFoundInUse::incrementAndGet))
                    .isInstanceOf(CollateralException.class).hasMessage(IN_USE);
            assertThatThrownBy(() -> FeedbackDatabase.openForReading(DataDirectory.forReading(data), Duration.ofMillis(300),
                    readerFoundInUse::incrementAndGet)).isInstanceOf(CollateralException.class).hasMessage(IN_USE);
            assertThat(writerFoundInUse.get()).isPositive();
            assertThat(readerFoundInUse.get()).isPositive();

            in.write("close\n");
            in.flush();
            assertThat(holder.waitFor(60, SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        try (FeedbackDatabase database = FeedbackDatabase.open(base)) {
            assertThat(users(database)).containsExactly("holder"); // nothing lost, nothing added twice
        }
    }
}
