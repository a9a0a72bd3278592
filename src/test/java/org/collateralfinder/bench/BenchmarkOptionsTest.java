package org.collateralfinder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's options: wrong values are said in a sentence before any measuring starts. */
class BenchmarkOptionsTest {

    @TempDir
    Path dir;

    @Test
    void heapSizesAreCheckedAsJavaWouldTakeThem() {
        assertThat(BenchmarkOptions.parse(new String[] {"--heap-cap", "512m", "--index-heap", "2G"}).heapCap())
                .isEqualTo("512m");
        assertThat(BenchmarkOptions.parse(new String[] {"--heap-cap", "none"}).heapCap()).isNull();
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--heap-cap", "abc"}))
                .hasMessage("--heap-cap abc is not a heap size; give one as java's -Xmx takes it, e.g. 512m or 2g, or none.");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--index-heap", "1k"}))
                .hasMessage("--index-heap 1k is below 64m: the indexer cannot run in so small a heap, so the run would "
                        + "only measure a failure to start.");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--warmup", "many"}))
                .hasMessage("--warmup takes a whole number, not \"many\".");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--queries", "0"}))
                .hasMessage("--queries must be at least 1.");
        // b13b: a heap the machine cannot give, and an unknown option last
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--heap-cap", "99999999g"}))
                .hasMessageStartingWith("--heap-cap 99999999g is more than this machine's memory (")
                .hasMessageEndingWith(" MB), so the JVM would not start; give a smaller heap.");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--no-recoll", "--bogus"}))
                .hasMessageStartingWith("Unknown option --bogus.\n");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--keystrokes"}))
                .hasMessageStartingWith("The option --keystrokes needs a value.\n");
    }

    @Test
    void oneArgumentOfSeveralOptionsKeepsQuotedPathsWhole() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
                "--no-recoll --keystrokes '" + dir.resolve("my keys.txt") + "' --out \"" + dir.resolve("out put") + "\""});
        assertThat(options.keystrokes()).isEqualTo(dir.resolve("my keys.txt"));
        assertThat(options.out()).isEqualTo(dir.resolve("out put"));
        assertThat(options.recoll()).isFalse();
        // named in results.md as it could be given again
        assertThat(options.given()).isEqualTo("--no-recoll --keystrokes '" + dir.resolve("my keys.txt") + "' --out '"
                + dir.resolve("out put") + "'");
        assertThat(BenchmarkOptions.words("--a 'b c' d\"e f\"")).containsExactly("--a", "b c", "de f");
        assertThatThrownBy(() -> BenchmarkOptions.words("--keystrokes 'open"))
                .hasMessage("A quote is not closed in the options: --keystrokes 'open");
    }

    @Test
    void pathsTheRunNeedsAreCheckedBeforeItStarts() throws Exception {
        Path keys = dir.resolve("keys.txt");
        assertThatThrownBy(() -> options("--keystrokes", keys.toString()).check())
                .hasMessage("The keystrokes file " + keys + " is not there; pass --keystrokes FILE with one typed prefix "
                        + "a line, e.g. src/test/resources/bench/keystrokes-100k.txt.");
        Files.writeString(keys, "\n  \n");
        assertThatThrownBy(() -> options("--keystrokes", keys.toString()).check())
                .hasMessage("The keystrokes file " + keys + " holds no keystrokes; write one typed prefix a line (n, no, "
                        + "not, ...).");
        assertThatThrownBy(() -> options("--keystrokes", dir.toString()).check())
                .hasMessage("--keystrokes " + dir + " is a folder; pass the file of keystrokes, one typed prefix a line.");
        Files.writeString(keys, "n\nno\n");
        options("--keystrokes", keys.toString()).check();

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--out", file.resolve("results").toString(),
                "--corpora", "10k"}).check())
                .hasMessageStartingWith("The results folder " + file.resolve("results") + " cannot be written (")
                .hasMessageEndingWith("); pass --out DIR (or -Dbench.out=DIR) with a folder you can write to.");
        assertThatThrownBy(() -> options("--scale-dir", file.toString()).check())
                .hasMessage("--scale-dir " + file + " is a file, not a folder; pass the folder that holds (or is to hold) "
                        + "scale10k/, scale100k/ and scale1m/.");
        Path noCorpus = dir.resolve("no-corpus");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--out", dir.resolve("out").toString(),
                "--corpora", "real", "--real-corpus", noCorpus.toString()}).check())
                .hasMessage("The real corpus " + noCorpus + " is not there; pass --real-corpus DIR or leave out 'real'.");
    }

    private BenchmarkOptions options(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--out", dir.resolve("out").toString(), "--corpora", "10k"));
        args.addAll(List.of(more));
        return BenchmarkOptions.parse(args.toArray(new String[0]));
    }
}
