package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty path never means the current folder: every path a person gives the command line goes through
 * one conversion ({@link PathArgument}) that refuses it with a sentence (cli tester's report, item 4).
 */
class EmptyPathTest {

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private void assertRefused(CliRun run, String what) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for " + what + ": the path is empty; give a file or "
                + "folder (. for the current folder).");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void indexSourceRefusesAnEmptyPath() {
        assertRefused(CliRun.of("index", "--data-dir", data().toString(), "--source", ""), "option '--source' (DIR)");
        assertThat(data().resolve("sources.json")).doesNotExist();
    }

    @Test
    void sourcesAddRefusesAnEmptyPath() {
        assertRefused(CliRun.of("sources", "add", "", "--data-dir", data().toString()), "positional parameter at index 0 (DIR)");
        assertThat(data().resolve("sources.json")).doesNotExist();
    }

    @Test
    void offlinePinAndUnpinRefuseAnEmptyPath() {
        assertRefused(CliRun.of("offline", "pin", "", "--data-dir", data().toString()), "positional parameter at index 0 (PATH)");
        assertRefused(CliRun.of("offline", "unpin", "", "--data-dir", data().toString()), "positional parameter at index 0 (PATH)");
        assertThat(data()).doesNotExist();
    }

    @Test
    void feedbackRefusesAnEmptyFileOrTeamFolder() {
        assertRefused(CliRun.of("feedback", "add", "", "--tag", "worked", "--data-dir", data().toString()),
                "positional parameter at index 0 (FILE)");
        assertRefused(CliRun.of("feedback", "sync", "--team-folder", "", "--data-dir", data().toString()),
                "option '--team-folder'");
        assertThat(data()).doesNotExist();
    }

    @Test
    void anEmptyDataFolderIsRefused() throws IOException {
        Path cwdBefore = Path.of("").toAbsolutePath();
        String permissionsBefore = Files.getPosixFilePermissions(cwdBefore).toString();
        assertRefused(CliRun.of("--data-dir=", "sources", "add", tmp.toString()), "option '--data-dir'");
        assertRefused(CliRun.of("status", "--data-dir", " "), "option '--data-dir'");
        assertThat(cwdBefore.resolve("sources.json")).doesNotExist();
        assertThat(Files.getPosixFilePermissions(cwdBefore).toString()).isEqualTo(permissionsBefore);
        assertThat(CommandLineRunner.decide("--data-dir=")).isInstanceOf(CommandLineRunner.Launch.Command.class);
        assertThat(CommandLineRunner.decide("--data-dir", "")).isInstanceOf(CommandLineRunner.Launch.Command.class);
    }

    @Test
    void searchLikeRefusesAnEmptyPath() {
        assertRefused(CliRun.of("search", "--data-dir", data().toString(), "--like", ""), "option '--like'");
    }
}
