package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 re-test r24, finding 4: at 08:40 on 7 December in Kiritimati a file that "expires after 2026-12-06" was still
 * official: expiry was judged by the date in UTC. It is judged by the date where the app runs.
 */
class CurationDayTest {

    @TempDir
    Path dir;

    @Test
    void expiryIsJudgedByTheDateOfThisComputersZone() {
        // a zone whose date differs from UTC's right now: 14 hours ahead after 10:00 UTC, else 12 hours behind
        ZoneId elsewhere = ZonedDateTime.now(ZoneOffset.UTC).getHour() >= 10 ? ZoneId.of("Pacific/Kiritimati")
                : ZoneId.of("Etc/GMT+12");
        assertThat(LocalDate.now(elsewhere)).isNotEqualTo(LocalDate.now(ZoneOffset.UTC));
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(elsewhere));
        try (FeedbackDatabase database = FeedbackDatabase.open(dir.resolve("feedback"))) {
            assertThat(new Curations(database).today()).isEqualTo(LocalDate.now(elsewhere));
            assertThat(new FeedbackRepository(database).curations().today()).isEqualTo(LocalDate.now(elsewhere));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
