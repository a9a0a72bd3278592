package org.collateralfinder.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.SkippedPath;

/**
 * What the last indexing run saw, kept in the data directory for {@code status}: each source's
 * reachability and note, the paths the walk skipped, and the run's counts.
 */
public record IndexReport(List<SourceReport> sources, List<SkippedPath> skipped, IndexRunStats lastRun,
                          String finishedAt) {

    /**
     * @param note a sentence when the source's documents were kept although it looked gone or empty
     */
    public record SourceReport(String path, boolean reachable, String note) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String FILE = "index-report.json";

    public static IndexReport read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return new IndexReport(List.of(), List.of(), null, null);
        }
        try {
            return JSON.readValue(file.toFile(), IndexReport.class);
        } catch (IOException e) {
            return new IndexReport(List.of(), List.of(), null, null);
        }
    }

    public void write(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
