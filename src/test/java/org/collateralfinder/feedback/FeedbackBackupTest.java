package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged feedback database is never overwritten: it is moved aside and the newest backup restored. */
class FeedbackBackupTest {

    @TempDir
    Path tmp;

    private static final String HASH = "a".repeat(64);

    @Test
    void aDamagedDatabaseIsMovedAsideAndItsNewestBackupRestoredAndReopened() throws Exception {
        Path base = tmp.resolve("feedback");
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(db.restoreNotice()).isNull();
            new FeedbackRepository(db).add(FeedbackEntry.create(HASH, "/share/Deck.pptx", "dana", List.of("worked"), 5,
                    "Won the Contoso deal", null, null));
            new FeedbackBackups(tmp.resolve("backups"), Clock.systemUTC()).backUpNow(db);
        }
        Path file = tmp.resolve("feedback.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write(new byte[8192]); // both file headers wiped
        }

        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(db.restoreNotice()).startsWith("The feedback database was damaged, so the automatic backup of ")
                    .contains("(the damaged file is kept as feedback.mv.db.damaged-")
                    .endsWith("); feedback the team shared since then returns with the next sync.");
            assertThat(new FeedbackRepository(db).list(Optional.of(HASH))).singleElement().satisfies(e -> {
                assertThat(e.comment()).isEqualTo("Won the Contoso deal");
                assertThat(e.rating()).isEqualTo(5);
            });
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("feedback.mv.db.damaged-")))
                    .hasSize(1);
        }
    }

    @Test
    void openingMakesADailyBackupAndKeepsTheLastThree() throws Exception {
        Path base = tmp.resolve("feedback");
        FeedbackDatabase.open(base).close();
        FeedbackBackups backups = new FeedbackBackups(tmp.resolve("backups"), Clock.systemUTC());
        assertThat(backups.list()).hasSize(1);
        FeedbackDatabase.open(base).close();
        assertThat(backups.list()).as("not again within a day").hasSize(1);
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            for (int i = 1; i <= 4; i++) {
                Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(i));
                new FeedbackBackups(tmp.resolve("backups"), later).backUpNow(db);
            }
        }
        assertThat(backups.list()).hasSize(3);
    }
}
