package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for the exit code of input refused with a sentence (issue 16, re-test 22, finding 8): a bad option value, an
 * unknown name or a query that cannot be read is exit code 2 in every command, as {@code --limit abc} and every
 * {@code collection} and {@code curate} refusal are; 1 is for failures (nothing indexed yet, a share away).
 */
class RefusedInputExitCodeTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path share;

    @BeforeEach
    void indexedShare() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        Files.writeString(share.resolve("price-sheet.txt"), "Price sheet for the hospital plan.");
        assertThat(run("index", "--source", share.toString()).exit()).isZero();
        assertThat(run("search", "--save", "Pricing", "price").exit()).isZero();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    @Test
    void refusedInputIsOneSentenceAndExitCodeTwoInEveryCommand() {
        String[][] cases = {
                {"search", "--context", "foo=bar", "price"},
                {"search", "--context", "industry=" + "x".repeat(101), "price"},
                {"search", "--context", "industry=a,industry=b", "price"},
                {"search", "curation:bogus"},
                {"search", "expires:<30"},
                {"search", "--json", "title:(unclosed"},
                {"search", "--save", "", "price"},
                {"saved", "open", "nope"},
                {"saved", "remove", "nope"},
                {"collection", "list", "nope"},
                {"search", "--limit", "abc", "price"},
        };
        for (String[] refused : cases) {
            CliRun r = run(refused);
            assertThat(r.exit()).as(String.join(" ", refused) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", refused)).isNotBlank();
            assertThat(r.out()).as(String.join(" ", refused)).isEmpty();
        }
        CliRun unknown = run("saved", "open", "nope");
        assertThat(unknown.err()).isEqualTo("There is no saved search \u201cnope\u201d; the saved searches are "
                + "\u201cPricing\u201d." + NL);
    }

    /** The leftovers of that finding: a path refused by offline, sources, index --source, publish and --data-dir. */
    @Test
    void aRefusedPathIsOneSentenceAndExitCodeTwoInEveryCommand() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        String data = dir.resolve("data").toString();
        String missing = dir.resolve("missing").toString();
        String[][] cases = {
                {"offline", "pin", missing},
                {"offline", "pin", file.toString()},
                {"offline", "pin", data},
                {"offline", "unpin", share.resolve("price-sheet.txt").toString()},
                {"offline", "budget", "lots"},
                {"offline", "budget", "0"},
                {"sources", "add", missing},
                {"sources", "add", file.toString()},
                {"sources", "add", data},
                {"sources", "add", share.resolve("..").toString()},
                {"sources", "remove", missing},
                {"sources", "alias", missing, "/Volumes/share"},
                {"sources", "alias", share.toString(), "relative/path"},
                {"index", "--source", missing},
                {"index", "--source", file.toString()},
                {"index", "--source", data},
                {"publish", missing},
                {"publish", file.toString()},
        };
        for (String[] refused : cases) {
            CliRun r = run(refused);
            assertThat(r.exit()).as(String.join(" ", refused) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(String.join(" ", refused)).hasSize(1);
        }
        CliRun dataDirIsAFile = CliRun.of("status", "--data-dir", file.toString());
        assertThat(dataDirIsAFile.exit()).isEqualTo(2);
        assertThat(dataDirIsAFile.err()).isEqualTo("The data folder " + file + " is a file, not a folder." + NL);
        assertThat(run("sources", "add", file.toString()).err()).isEqualTo(file + " is a file, not a folder; give the "
                + "folder that holds the files to search." + NL);
        assertThat(run("offline", "pin", missing).err()).isEqualTo(missing + " is not in a source (" + share + "); "
                + "feedback and offline copies are only for the files Collateral Finder indexes." + NL);
    }

    @Test
    void aFailureStaysExitCodeOne() {
        CliRun nothingIndexed = CliRun.of("search", "--data-dir", dir.resolve("empty").toString(), "pricing");

        assertThat(nothingIndexed.exit()).isEqualTo(1);
    }
}
