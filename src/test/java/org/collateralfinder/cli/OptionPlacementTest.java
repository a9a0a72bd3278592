package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options where people put them (issue 12.5): --data-dir and --json on a group or its subcommand. */
class OptionPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void dataDirIsTakenOnTheGroupAsOnTheSubcommandForEveryGroup() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path file = Files.writeString(docs.resolve("deck.txt"), "a deck");
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path data = tmp.resolve("data");
        assertThat(CliRun.of("sources", "add", docs.toString(), "--data-dir", data.toString()).exit()).isZero();

        CliRun before = CliRun.of("feedback", "--data-dir", data.toString(), "add", file.toString(), "--tag", "worked", "--user", "dana");
        CliRun after = CliRun.of("feedback", "add", file.toString(), "--tag", "outdated", "--data-dir", data.toString(), "--user", "lee");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(after.exit()).as(after.err()).isZero();
        JsonNode entries = JSON.readTree(CliRun.of("feedback", "--data-dir", data.toString(), "list", "--json").out());
        assertThat(entries).extracting(e -> e.get("user").asText()).containsExactlyInAnyOrder("dana", "lee");

        assertThat(CliRun.of("sources", "--data-dir", data.toString(), "add", share.toString()).exit()).isZero();
        assertThat(CliRun.of("sources", "list", "--data-dir", data.toString()).out()).isEqualTo(docs + "\n" + share + "\n");
        assertThat(CliRun.of("offline", "--data-dir", data.toString(), "budget", "500MB").out())
                .isEqualTo("The offline budget is now 500 MB; 0 bytes of it is used.\n");
        assertThat(CliRun.of("offline", "budget", "--data-dir", data.toString()).out()).startsWith("The offline budget is 500 MB");
        assertThat(CliRun.of("--data-dir", data.toString(), "sources", "list").out()).isEqualTo(docs + "\n" + share + "\n");
    }

    @Test
    void jsonIsTakenOnTheGroupForTheSubcommandsThatPrintIt() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path data = tmp.resolve("data");
        CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString());

        CliRun sources = CliRun.of("sources", "--json", "list", "--data-dir", data.toString());
        assertThat(JSON.readTree(sources.out()).get(0).get("path").asText()).isEqualTo(share.toString());
        CliRun offline = CliRun.of("offline", "--json", "--data-dir", data.toString(), "list");
        assertThat(JSON.readTree(offline.out()).get("pins")).isEmpty();
        CliRun feedback = CliRun.of("feedback", "--json", "--data-dir", data.toString(), "list");
        assertThat(JSON.readTree(feedback.out())).isEmpty();

        CliRun notHere = CliRun.of("sources", "--json", "add", "--data-dir", data.toString(), share.toString());
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

    @Test
    void aForgottenDataFolderValueOrAMissingDisplayIsToldInASentenceBeforeAnythingIsCreated() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(CommandLineRunner.decide("--data-dir", "status")).isEqualTo(new CommandLineRunner.Launch.Refused(
                "--data-dir needs a folder before 'status' (collateral-finder --data-dir DIR status); "
                        + "to open the window on a folder named status, write ./status."));
        assertThat(CommandLineRunner.decide("--data-dir", "./status"))
                .isEqualTo(new CommandLineRunner.Launch.Window(Path.of("./status")));
        assertThat(Files.exists(cwd.resolve("status"))).isFalse();

        String noDisplay = "There is no display to open the window on; use the command line instead "
                + "(collateral-finder --help lists its commands).";
        assertThat(CommandLineRunner.windowRefusal("Linux", Map.of(), null)).contains(noDisplay);
        assertThat(CommandLineRunner.windowRefusal("Linux", Map.of("DISPLAY", ":0"), null)).isEmpty();
        assertThat(CommandLineRunner.windowRefusal("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isEmpty();
        assertThat(CommandLineRunner.windowRefusal("Linux", Map.of(), "Monocle")).isEmpty();
        assertThat(CommandLineRunner.windowRefusal("Windows 11", Map.of(), null)).isEmpty();
        assertThat(CommandLineRunner.windowRefusal("Mac OS X", Map.of(), null)).isEmpty();
    }
}
