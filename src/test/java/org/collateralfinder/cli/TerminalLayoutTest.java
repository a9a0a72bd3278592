package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name with a line break keeps the text layout of search and status one line per item (cli tester's report, item 26). */
class TerminalLayoutTest {

    @TempDir
    Path tmp;

    @Test
    void aPipeIsListedAsSkippedAndAFailureReadsOnAfterItsReason() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("deck.txt"), "wombat pricing");
        Files.writeString(src.resolve("broken.zip"), "not an archive");
        Process mkfifo = new ProcessBuilder("mkfifo", src.resolve("pipe.pdf").toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("index", "--data-dir", data, "--source", src.toString()).exit()).isZero();

        List<String> status = CliRun.of("status", "--data-dir", data).out().lines().toList();

        List<String> shown = status.subList(status.indexOf("Sources:"), status.size());
        assertThat(shown).hasSize(7);
        assertThat(shown.subList(0, 4)).containsExactly("Sources:", "  " + src + "  reachable, 2 files",
                "Files that could not be read (1):", "  " + src.resolve("broken.zip"));
        assertThat(shown.get(4)).startsWith("      corrupt: the archive could not be opened: ");
        assertThat(shown.subList(5, 7)).containsExactly("Skipped while walking the folders (1):",
                "  " + src.resolve("pipe.pdf") + " — a special file (a pipe, device or socket), never opened");
    }

    @Test
    void aLineBreakInAFileNameIsShownEscapedInSearchAndStatus() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path twoLines = OfficeFiles.text(src.resolve("two\nlines.txt"), "wombat pricing");
        Process mkfifo = new ProcessBuilder("mkfifo", src.resolve("pipe\nname.pdf").toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("index", "--data-dir", data, "--source", src.toString()).exit()).isZero();

        String search = CliRun.of("search", "--data-dir", data, "wombat").out();
        String status = CliRun.of("status", "--data-dir", data).out();

        String shown = twoLines.toString().replace("\n", "\\u000a");
        assertThat(search.lines().toList()).contains(" 1. two\\u000alines  [text]", "    " + shown);
        assertThat(status.lines().toList()).contains("  " + src.resolve("pipe\nname.pdf").toString().replace("\n", "\\u000a")
                + " — a special file (a pipe, device or socket), never opened");
        assertThat(search.lines()).noneMatch(line -> line.startsWith("lines"));
        assertThat(status.lines()).noneMatch(line -> line.startsWith("name.pdf"));
    }
}
