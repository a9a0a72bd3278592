package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files kept in the index although they are gone (the mass-deletion guard, an emptied folder) are
 * marked unavailable and their source degraded, as the README promises (issue 17.6); so are files gone or
 * unreadable since the last run, which only the file itself can tell (cli tester 13), and status lists them.
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
        JsonNode status = json("status", "--data-dir", data.toString(), "--json");
        List<String> kept = new ArrayList<>();
        status.get("unavailable").forEach(u -> kept.add(Path.of(u.get("path").asText()).getFileName() + " "
                + u.get("reason").asText() + ": " + u.get("detail").asText()));
        assertThat(kept).hasSize(20).allMatch(k -> k.endsWith(".txt missing: it is no longer there; the index keeps it "
                + "until the deletion is confirmed"));
        assertThat(kept.getFirst()).startsWith("doc-10.txt");
        JsonNode source = status.get("sources").get(0);
        assertThat(source.get("reachable").asBoolean()).isTrue();
        assertThat(source.get("state").asText()).isEqualTo("degraded");
        assertThat(source.get("state_reason").asText()).isEqualTo("20 of its 25 files disappeared at once; they are "
                + "kept until the deletion is confirmed (index --confirm-deletions, or Confirm in the app).");
    }

    @Test
    void aFileGoneSinceTheLastRunIsUnavailableAndListedByStatus() throws IOException {
        // cli tester 13: the last run saw every file, so only the file itself can say it is gone
        Path src = Files.createDirectories(tmp.resolve("share"));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            OfficeFiles.text(src.resolve(name), "wombat " + name);
        }
        Path data = tmp.resolve("data");
        json("index", "--data-dir", data.toString(), "--json", "--source", src.toString());
        Files.delete(src.resolve("b.txt"));

        assertThat(availability(data, "wombat")).isEqualTo(Map.of("a.txt", true, "b.txt", false, "c.txt", true));
        JsonNode status = json("status", "--data-dir", data.toString(), "--json");
        assertThat(status.get("unavailable").toString()).isEqualTo("[{\"path\":" + quoted(src.resolve("b.txt"))
                + ",\"reason\":\"missing\",\"detail\":\"it is no longer there (gone since the last indexing run)\"}]");
        assertThat(status.get("sources").get(0).get("state").asText()).isEqualTo("reachable");
        CliRun text = CliRun.of("status", "--data-dir", data.toString());
        assertThat(text.out()).contains("Files that cannot be opened now (1):\n  " + src.resolve("b.txt")
                + "\n      missing: it is no longer there (gone since the last indexing run)\n");

        json("index", "--data-dir", data.toString(), "--json");
        assertThat(availability(data, "wombat")).isEqualTo(Map.of("a.txt", true, "c.txt", true));
        assertThat(json("status", "--data-dir", data.toString(), "--json").get("unavailable")).isEmpty();
    }

    @Test
    void aFileMadeUnreadableSinceTheLastRunIsUnavailableAndListedByStatus() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(src.resolve("a.txt"), "bilby a");
        Path b = OfficeFiles.text(src.resolve("b.txt"), "bilby b");
        Path data = tmp.resolve("data");
        json("index", "--data-dir", data.toString(), "--json", "--source", src.toString());
        Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(b), "this test runs with privileges that read any file (as root): "
                    + "a file without permissions stays readable to it");

            assertThat(availability(data, "bilby")).isEqualTo(Map.of("a.txt", true, "b.txt", false));
            assertThat(json("status", "--data-dir", data.toString(), "--json").get("unavailable").toString())
                    .isEqualTo("[{\"path\":" + quoted(b) + ",\"reason\":\"unreadable\",\"detail\":\"it is there but "
                            + "cannot be opened (no permission); its indexed text is kept\"}]");
        } finally {
            Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertThat(availability(data, "bilby")).isEqualTo(Map.of("a.txt", true, "b.txt", true));
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\") + "\"";
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
