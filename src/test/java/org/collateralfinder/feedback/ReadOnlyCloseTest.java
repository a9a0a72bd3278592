package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.collateralfinder.datadir.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A command that only reads closes the feedback database without H2 logging an error (cli tester's report, item 22). */
class ReadOnlyCloseTest {

    @TempDir
    Path tmp;

    @Test
    void closingAfterReadingLogsNoError() {
        DataDirectory dir = DataDirectory.open(tmp.resolve("data"));
        try (FeedbackDatabase db = FeedbackDatabase.open(dir)) {
            new FeedbackRepository(db).add(FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "ana",
                    "2026-03-01T10:00:00Z", List.of("worked"), null, null));
        }
        Logger h2 = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("h2database");
        ListAppender<ILoggingEvent> heard = new ListAppender<>();
        heard.start();
        h2.addAppender(heard);
        try {
            try (FeedbackDatabase db = FeedbackDatabase.openForReading(DataDirectory.forReading(tmp.resolve("data")))
                    .orElseThrow()) {
                assertThat(new FeedbackRepository(db).list(Optional.empty())).extracting(FeedbackEntry::user)
                        .containsExactly("ana");
            }
        } finally {
            h2.detachAppender(heard);
        }
        assertThat(heard.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }
}
