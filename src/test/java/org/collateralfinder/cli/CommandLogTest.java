package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.collateralfinder.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command logs into its data folder's logs/, never a shared file in the temporary folder, and
 * nothing but the result reaches standard output even when the log cannot be written (issue 17.5). Runs
 * the command line in a child JVM with the app's own logging (the tests' logback-test.xml left out).
 */
class CommandLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run main(Path tempFolder, String... args) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Djava.io.tmpdir=" + tempFolder, "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void feedbackCommandsLogIntoTheDataFolder() throws Exception {
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        Path data = tmp.resolve("data");
        Path team = Files.createDirectories(tmp.resolve("team"));

        Run sync = main(temp, "feedback", "sync", "--data-dir", data.toString(), "--team-folder", team.toString(), "--json");

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(JSON.readTree(sync.out()).get("reachable").asBoolean()).isTrue();
        assertThat(Files.readString(data.resolve("logs/collateral-finder.log"))).contains("Synced team folder " + team);
        try (var inTemp = Files.list(temp)) {
            assertThat(inTemp.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("collateral-finder"));
        }
    }

    @Test
    void aLogThatCannotBeWrittenNeverReachesStandardOutput() throws Exception {
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        Path data = tmp.resolve("data");
        // where the log goes, and where it went before, hold something that is not a writable file
        Files.createDirectories(data.resolve("logs/collateral-finder.log"));
        Files.createDirectories(temp.resolve("collateral-finder.log"));
        Path team = Files.createDirectories(tmp.resolve("team"));

        Run sync = main(temp, "feedback", "sync", "--data-dir", data.toString(), "--team-folder", team.toString(), "--json");
        Run list = main(temp, "feedback", "list", "--data-dir", data.toString(), "--json");

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(JSON.readTree(sync.out()).get("reachable").asBoolean()).isTrue();
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(JSON.readTree(list.out())).isEmpty();
        assertThat(list.out().strip()).isEqualTo("[ ]");
    }
}
