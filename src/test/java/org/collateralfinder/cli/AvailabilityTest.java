package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files kept in the index although they are gone (the mass-deletion guard, an emptied folder) are
 * marked unavailable and their source degraded, as the README promises (issue 17.6).
 */
class AvailabilityTest {

    @TempDir
    Path tmp;

    /** The JSON a command prints, once it succeeded. */
    private static JsonNode json(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json();
    }

    /** File name to "available" of every hit for a query. */
    private Map<String, Boolean> availability(Path data, String query) throws IOException {
        Map<String, Boolean> available = new TreeMap<>();
        json("search", "--data-dir", data.toString(), "--json", "--limit", "100", query).get("hits")
                .forEach(h -> available.put(h.get("file_name").asText(), h.get("available").asBoolean()));
        return available;
    }

    @Test
    void filesKeptByTheGuardAreUnavailableAndTheirSourceDegraded() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("share"));
        for (int i = 10; i < 35; i++) {
            OfficeFiles.text(src.resolve("doc-" + i + ".txt"), "numbat " + i);
        }
        Path data = tmp.resolve("data");
        json("index", "--data-dir", data.toString(), "--json", "--source", src.toString());
        for (int i = 10; i < 30; i++) {
            Files.delete(src.resolve("doc-" + i + ".txt"));
        }
        json("index", "--data-dir", data.toString(), "--json");

        Map<String, Boolean> available = availability(data, "numbat");
        assertThat(available).hasSize(25);
        available.forEach((name, yes) -> assertThat(yes).as(name).isEqualTo(name.compareTo("doc-30.txt") >= 0));
        JsonNode source = json("status", "--data-dir", data.toString(), "--json").get("sources").get(0);
        assertThat(source.get("reachable").asBoolean()).isTrue();
        assertThat(source.get("state").asText()).isEqualTo("degraded");
        assertThat(source.get("state_reason").asText()).isEqualTo("20 of its 25 files disappeared at once; they are "
                + "kept until the deletion is confirmed (index --confirm-deletions, or Confirm in the app).");
    }

    @Test
    void filesOfAnEmptiedFolderAreUnavailable() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(src.resolve("a.txt"), "quoll a");
        OfficeFiles.text(src.resolve("b.txt"), "quoll b");
        Path data = tmp.resolve("data");
        json("index", "--data-dir", data.toString(), "--json", "--source", src.toString());
        Files.delete(src.resolve("a.txt"));
        Files.delete(src.resolve("b.txt"));
        json("index", "--data-dir", data.toString(), "--json");

        assertThat(availability(data, "quoll")).isEqualTo(Map.of("a.txt", false, "b.txt", false));
        JsonNode source = json("status", "--data-dir", data.toString(), "--json").get("sources").get(0);
        assertThat(source.get("state").asText()).isEqualTo("degraded");
        assertThat(source.get("state_reason").asText())
                .isEqualTo("The folder looks empty; its 2 indexed files are kept until it is seen with files again.");
    }
}
