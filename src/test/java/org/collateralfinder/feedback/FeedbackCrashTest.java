package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FeedbackCrashTest {

    private static final int ACKS_TO_READ = 40;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void everyAcknowledgedEntrySurvivesKillMinusNine() throws Exception {
        Path db = dir.resolve("feedback");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingFeedbackWriter.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<UUID> acknowledged = new ArrayList<>();
        BufferedReader out = child.inputReader(StandardCharsets.UTF_8);
        try {
            String line;
            while (acknowledged.size() < ACKS_TO_READ && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(UUID.fromString(line.substring(4)));
                }
            }
        } finally {
            child.destroyForcibly();  // SIGKILL while it is still adding
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            out.close();
        }

        assertThat(acknowledged).hasSize(ACKS_TO_READ);
        assertThat(child.exitValue()).isNotZero();
        try (FeedbackDatabase reopened = FeedbackDatabase.open(db)) {
            List<UUID> stored = new FeedbackRepository(reopened).list(Optional.empty()).stream()
                    .map(FeedbackEntry::id).toList();
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
