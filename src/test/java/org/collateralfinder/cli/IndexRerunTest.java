package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An index run over unchanged sources only looks: it rebuilds no suggestions, merges nothing (the run
 * before finished its merges) and writes no commit.
 */
class IndexRerunTest {

    @TempDir
    Path tmp;

    @Test
    void aRunThatChangesNothingKeepsTheSuggestionsAndTheLastCommit() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("Retail Pricing.md"), "# Retail pricing\nThe open source connector is free.");
        OfficeFiles.text(src.resolve("Slide notes.txt"), "Slide notes for the retail pitch.");
        for (int i = 1; i <= 40; i++) {
            OfficeFiles.text(src.resolve("Note " + i + ".txt"), "Call notes number " + i + " about the retail pitch.");
        }
        Path data = tmp.resolve("data");
        Path generation = data.resolve("cache").resolve("suggest").resolve("current");

        // a commit after every file: one small segment each, which the index merges
        assertThat(index(data, "--source", src.toString(), "--commit-every", "0")).isZero();
        assertThat(Files.readString(generation)).isEqualTo("1");
        List<String> commit = commitFiles(data);

        assertThat(index(data)).isZero();
        assertThat(Files.readString(generation)).isEqualTo("1");
        assertThat(commitFiles(data)).isEqualTo(commit);

        OfficeFiles.text(src.resolve("Slide notes.txt"), "Slide notes for the wholesale pitch.", "2026-01-02T10:00:00Z");
        assertThat(index(data)).isZero();
        assertThat(Files.readString(generation)).isEqualTo("2");
        assertThat(commitFiles(data)).isNotEqualTo(commit);
    }

    private static int index(Path data, String... more) {
        CommandLine cli = CommandLineRunner.create();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(Stream.concat(Stream.of("index", "--data-dir", data.toString(), "--json"), Stream.of(more))
                .toArray(String[]::new));
    }

    /** The index's commit points (segments_N). */
    private static List<String> commitFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_")).sorted().toList();
        }
    }
}
