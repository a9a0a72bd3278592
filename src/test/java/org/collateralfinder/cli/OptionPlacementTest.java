package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Options where people put them (issue 12.5): --data-dir and --json on a group or its subcommand. */
class OptionPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = CommandLineRunner.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void dataDirIsTakenOnTheGroupAsOnTheSubcommandForEveryGroup() throws IOException {
        Path file = Files.writeString(tmp.resolve("deck.txt"), "a deck");
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path data = tmp.resolve("data");

        Run before = run("feedback", "--data-dir", data.toString(), "add", file.toString(), "--tag", "worked", "--user", "dana");
        Run after = run("feedback", "add", file.toString(), "--tag", "outdated", "--data-dir", data.toString(), "--user", "lee");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        JsonNode entries = JSON.readTree(run("feedback", "--data-dir", data.toString(), "list", "--json").out());
        assertThat(entries).extracting(e -> e.get("user").asText()).containsExactlyInAnyOrder("dana", "lee");

        assertThat(run("sources", "--data-dir", data.toString(), "add", share.toString()).exit()).isZero();
        assertThat(run("sources", "list", "--data-dir", data.toString()).out()).isEqualTo(share + "\n");
        assertThat(run("offline", "--data-dir", data.toString(), "budget", "500MB").out())
                .isEqualTo("The offline budget is now 500 MB; 0 bytes of it is used.\n");
        assertThat(run("offline", "budget", "--data-dir", data.toString()).out()).startsWith("The offline budget is 500 MB");
        assertThat(run("--data-dir", data.toString(), "sources", "list").out()).isEqualTo(share + "\n");
    }

    @Test
    void jsonIsTakenOnTheGroupForTheSubcommandsThatPrintIt() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path data = tmp.resolve("data");
        run("sources", "add", "--data-dir", data.toString(), share.toString());

        Run sources = run("sources", "--json", "list", "--data-dir", data.toString());
        assertThat(JSON.readTree(sources.out()).get(0).get("path").asText()).isEqualTo(share.toString());
        Run offline = run("offline", "--json", "--data-dir", data.toString(), "list");
        assertThat(JSON.readTree(offline.out()).get("pins")).isEmpty();
        Run feedback = run("feedback", "--json", "--data-dir", data.toString(), "list");
        assertThat(JSON.readTree(feedback.out())).isEmpty();

        Run notHere = run("sources", "--json", "add", "--data-dir", data.toString(), share.toString());
        assertThat(notHere.exit()).isEqualTo(2);
        assertThat(notHere.err().lines().findFirst().orElse("")).isEqualTo("--json does not apply to 'sources add'.");
    }

    @Test
    void theRootCommandWithOnlyADataFolderOpensTheWindowOnIt() {
        Path data = tmp.resolve("data");
        assertThat(CommandLineRunner.decide("--data-dir", data.toString()))
                .isEqualTo(new CommandLineRunner.Launch.Window(data));
        assertThat(CommandLineRunner.decide("--data-dir=" + data)).isEqualTo(new CommandLineRunner.Launch.Window(data));
        assertThat(CommandLineRunner.decide()).isEqualTo(new CommandLineRunner.Launch.Window(null));
        assertThat(CommandLineRunner.decide("--data-dir", data.toString(), "status"))
                .isInstanceOf(CommandLineRunner.Launch.Command.class);
        assertThat(CommandLineRunner.decide("--help")).isInstanceOf(CommandLineRunner.Launch.Command.class);
        assertThat(CommandLineRunner.decide("--bogus")).isInstanceOf(CommandLineRunner.Launch.Command.class);
    }
}
