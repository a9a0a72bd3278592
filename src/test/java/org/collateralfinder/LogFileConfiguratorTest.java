package org.collateralfinder;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileConfiguratorTest {

    /** A context as logback's own start-up makes it, before any configuration. */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        return context;
    }

    @Test
    void writesTheAppsMessagesAndOnlyLibraryErrorsToTheNamedFile(@TempDir Path dir) throws Exception {
        LoggerContext context = newContext();
        try {
            LogFileConfigurator.install(context, dir.toString(), "collateral-finder", ch.qos.logback.core.util.Duration.buildBySeconds(10));
            context.getLogger("org.collateralfinder.gui.StartupProbe").info("Search box usable 800 ms after the process started");
            context.getLogger("org.collateralfinder.index.Indexer").debug("not at INFO");
            context.getLogger("org.apache.pdfbox.pdmodel.font.PDFont").warn("a library warning");
            context.getLogger("org.apache.tika.parser.AutoDetectParser").error("a library error");
            context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
            context.getLogger("h2database").info("feedback:jdbc[3] INSERT INTO feedback_event ... {8: 'a rep's comment'}");
        } finally {
            context.stop();
        }
        assertThat(dir.resolve("collateral-finder.log")).exists();
        var lines = Files.readAllLines(dir.resolve("collateral-finder.log"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] "
                + "o\\.collateralfinder\\.gui\\.StartupProbe - Search box usable 800 ms after the process started");
        assertThat(lines.get(1)).endsWith("ERROR [main] o.a.tika.parser.AutoDetectParser - a library error");
    }

    @Test
    void rotatesAtTenMegabytesKeepingThreeOldFiles(@TempDir Path dir) throws Exception {
        LoggerContext context = newContext();
        try {
            LogFileConfigurator.install(context, dir.toString(), "extract-worker",
                    ch.qos.logback.core.util.Duration.buildByMilliseconds(0)); // the size looked at on every line
            var log = context.getLogger("org.collateralfinder.extract.ExtractWorkerMain");
            String line = "x".repeat(1000);
            for (int i = 0; i < 45_000; i++) { // about 45 MB in all
                log.info(line);
            }
        } finally {
            context.stop();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("extract-worker.1.log", "extract-worker.2.log", "extract-worker.3.log", "extract-worker.log");
        }
        assertThat(Files.size(dir.resolve("extract-worker.1.log"))).isBetween(LogFileConfigurator.MAX_FILE_BYTES,
                LogFileConfigurator.MAX_FILE_BYTES + 20_000);
    }
}
