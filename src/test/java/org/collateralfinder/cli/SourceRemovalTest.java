package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing the last source takes its documents out of the index at the next run (cli tester's report, item 14). */
class SourceRemovalTest {

    @TempDir
    Path tmp;

    @Test
    void indexAfterTheLastSourceIsRemovedTakesItsDocumentsOut() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("a.txt"), "quokka pricing");
        OfficeFiles.text(src.resolve("b.txt"), "quokka brochure");
        String data = tmp.resolve("data").toString();
        assertThat(CliRun.of("index", "--data-dir", data, "--source", src.toString()).exit()).isZero();
        CliRun removed = CliRun.of("sources", "remove", src.toString(), "--data-dir", data);
        assertThat(removed.exit()).isZero();
        assertThat(removed.out()).isEqualTo("Removed " + src + "; its files leave the index at the next 'index' run.\n");

        CliRun index = CliRun.of("index", "--json", "--data-dir", data);

        assertThat(index.exit()).as(index.err()).isZero();
        assertThat(index.json().path("removed").asInt()).isEqualTo(2);
        assertThat(CliRun.of("search", "--json", "--data-dir", data, "quokka").json().path("total").asInt()).isZero();
        assertThat(CliRun.of("status", "--json", "--data-dir", data).json().path("documents").asInt()).isZero();
        CliRun again = CliRun.of("index", "--data-dir", data);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("There are no sources yet; add one with --source DIR or 'sources add DIR'.\n");
    }
}
