package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name with a line break keeps the text layout of search and status one line per item (cli tester's report, item 26). */
class TerminalLayoutTest {

    @TempDir
    Path tmp;

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
        assertThat(status.lines().toList()).contains("  " + src.resolve("pipe\nname.pdf").toString().replace("\n", "\\u000a"));
        assertThat(search.lines()).noneMatch(line -> line.startsWith("lines"));
        assertThat(status.lines()).noneMatch(line -> line.startsWith("name.pdf"));
    }
}
