package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read need no writes (issue 17.15): they create no folder, change nothing in the data
 * folder (so a read-only one searches), and leave the owner's permissions as they are.
 */
class ReadOnlyCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Every path under the folder with its size, time and permissions: what a write would change. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                all.put(folder.relativize(p).toString(), a.size() + " " + a.lastModifiedTime().toMillis() + " "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        return all;
    }

    @Test
    void readingANonexistentDataFolderCreatesNothing() {
        Path parent = tmp.resolve("nonexistent");
        Path data = parent.resolve("dd");
        CliRun search = CliRun.of("search", "--data-dir", data.toString(), "pricing");
        assertThat(search.exit()).isEqualTo(1);
        assertThat(search.err().strip()).isEqualTo("Nothing has been indexed yet in " + data + "; run the index command first.");
        for (String[] command : List.of(new String[] {"status"}, new String[] {"sources", "list"},
                new String[] {"suggest", "pri"}, new String[] {"offline", "list"}, new String[] {"feedback", "list"},
                new String[] {"feedback", "report"}, new String[] {"diagnostics"}, new String[] {"offline", "budget"},
                new String[] {"offline", "refresh"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data-dir", data.toString()));
            CliRun.of(args.toArray(String[]::new));
            assertThat(parent).as(String.join(" ", command)).doesNotExist();
        }
    }

    @Test
    void readingChangesNothingInTheDataFolderAndKeepsTheOwnersPermissions() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path deck = OfficeFiles.text(src.resolve("pricing deck.txt"), "pricing deck for retail");
        Path data = tmp.resolve("data");
        assertThat(CliRun.of("index", "--data-dir", data.toString(), "--source", src.toString()).exit()).isZero();
        assertThat(CliRun.of("feedback", "add", "--data-dir", data.toString(), deck.toString(), "--tag", "worked").exit()).isZero();
        assertThat(CliRun.of("suggest", "--data-dir", data.toString(), "pric").exit()).isZero();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------")); // the owner made it read-only
        Map<String, String> before = snapshot(data);

        CliRun search = CliRun.of("search", "--data-dir", data.toString(), "--json", "pricing", "tag:worked");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.err()).isEmpty();
        assertThat(JSON.readTree(search.out()).get("total").asInt()).isEqualTo(1);
        for (String[] command : List.of(new String[] {"status", "--json"}, new String[] {"sources", "list"},
                new String[] {"suggest", "pri"}, new String[] {"offline", "list"}, new String[] {"feedback", "list"},
                new String[] {"feedback", "report", "--json"}, new String[] {"diagnostics"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data-dir", data.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", command) + ": " + r.err()).isZero();
        }

        assertThat(snapshot(data)).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("r-x------");
    }

    @Test
    void aWritingCommandTakesAwayOthersAccessButNeverAddsTheOwners() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-x---"));
        CliRun.of("sources", "add", "--data-dir", data.toString(), Files.createDirectories(tmp.resolve("src")).toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");

        Path readOnly = Files.createDirectories(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        CliRun.of("sources", "add", "--data-dir", readOnly.toString(), tmp.resolve("src").toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("r-x------");
    }
}
