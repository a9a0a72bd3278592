package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --data-dir that cannot be a data folder is said in a sentence, not read as empty (cli tester's report, item 18). */
class DataFolderArgumentTest {

    @TempDir
    Path tmp;

    @Test
    void aFileOrAForeignFolderGivenAsTheDataFolderIsRefusedWithASentence() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
        Path foreign = Files.createDirectories(tmp.resolve("proc1"));
        Files.writeString(foreign.resolve("status"), "Name: init");

        CliRun onFile = CliRun.of("status", "--data-dir", file.toString());
        CliRun onForeign = CliRun.of("status", "--json", "--data-dir", foreign.toString());
        CliRun onEmpty = CliRun.of("status", "--json", "--data-dir", Files.createDirectories(tmp.resolve("empty")).toString());

        assertThat(onFile.exit()).isEqualTo(2);
        assertThat(onFile.out()).isEmpty();
        assertThat(onFile.err()).isEqualTo("The data folder " + file + " is a file, not a folder.\n");
        assertThat(onForeign.exit()).isEqualTo(2);
        assertThat(onForeign.out()).isEmpty();
        assertThat(onForeign.err()).isEqualTo(foreign + " is not a Collateral Finder data folder (it holds other files "
                + "and none of the app's); give the folder the app keeps its data in.\n");
        assertThat(onEmpty.exit()).as(onEmpty.err()).isZero();
        assertThat(onEmpty.json().path("documents").asInt()).isZero();
    }
}
