package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.index.Schema;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands an installed app adds: team defaults that lock the sources, and diagnostics. */
class PackagedAppCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cli = CommandLineRunner.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @AfterEach
    void forgetDefaults() {
        System.clearProperty(TeamDefaults.PROPERTY);
    }

    @Test
    void lockedTeamDefaultsSetTheSourcesAndRefuseAddAndRemove() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Path defaults = Files.writeString(tmp.resolve("team.conf"), "source = " + share + "\nexclude = Archive/\nlocked = true\n");
        System.setProperty(TeamDefaults.PROPERTY, defaults.toString());
        String data = tmp.resolve("data").toString();
        String sentence = "The source folders are set by your team's administrator (" + defaults
                + ") and cannot be changed here.";

        Run add = run("sources", "add", "--data-dir", data, mine.toString());
        Run remove = run("sources", "remove", "--data-dir", data, share.toString());
        Run index = run("index", "--data-dir", data, "--source", mine.toString());
        Run list = run("sources", "list", "--data-dir", data);

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err().strip()).isEqualTo(sentence);
        assertThat(remove.exit()).isEqualTo(2);
        assertThat(remove.err().strip()).isEqualTo(sentence);
        assertThat(index.exit()).isEqualTo(2);
        assertThat(index.err().strip()).isEqualTo(sentence);
        assertThat(list.out().strip()).isEqualTo(share + "  excludes: Archive/");
    }

    @Test
    void diagnosticsSayWhatSupportNeedsWithoutDocumentContents() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("Secret Pricing.md"), "# Secret pricing\nThe confidential discount is 42 percent.");
        String data = tmp.resolve("data").toString();
        assertThat(run("index", "--data-dir", data, "--source", src.toString()).exit()).isZero();
        Path gone = tmp.resolve("unmounted-share");
        Files.createDirectories(gone);
        run("sources", "add", "--data-dir", data, gone.toString());
        Files.delete(gone);

        Run r = run("diagnostics", "--data-dir", data, "--json");

        assertThat(r.exit()).isZero();
        JsonNode o = JSON.readTree(r.out());
        List<String> fields = new ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("generated_at", "app", "java", "os", "data_dir", "team_defaults",
                "team_folder", "sources", "index", "logs", "last_run");
        assertThat(o.get("team_folder").isNull()).isTrue();
        assertThat(o.at("/app/version").asText()).isEqualTo(RootCommand.version());
        assertThat(o.at("/java/version").asText()).isEqualTo(Runtime.version().toString());
        assertThat(o.at("/os/name").asText()).isEqualTo(System.getProperty("os.name"));
        assertThat(o.at("/data_dir/path").asText()).isEqualTo(Path.of(data).toAbsolutePath().toString());
        assertThat(o.get("team_defaults").isNull()).isTrue();
        assertThat(o.at("/sources/0/path").asText()).isEqualTo(src.toString());
        assertThat(o.at("/sources/0/state").asText()).isEqualTo("reachable");
        assertThat(o.at("/sources/1/path").asText()).isEqualTo(gone.toString());
        assertThat(o.at("/sources/1/state").asText()).isEqualTo("unreachable");
        assertThat(o.at("/index/documents").asInt()).isEqualTo(1);
        assertThat(o.at("/index/schema_version").asInt()).isEqualTo(Schema.VERSION);
        assertThat(o.at("/index/bytes").asLong()).isPositive();
        assertThat(o.at("/logs/dir").asText()).isEqualTo(Path.of(data, "logs").toAbsolutePath().toString());
        assertThat(o.at("/last_run/files").asInt()).isEqualTo(1);
        assertThat(o.at("/last_run/failed").asInt()).isZero();
        assertThat(r.out()).doesNotContain("Secret", "confidential", "42 percent");

        Path team = Files.createDirectories(tmp.resolve("team"));
        assertThat(run("feedback", "sync", "--data-dir", data, "--team-folder", team.toString()).exit()).isZero();
        Run withTeam = run("diagnostics", "--data-dir", data, "--json");
        assertThat(JSON.readTree(withTeam.out()).get("team_folder").asText()).isEqualTo(team.toString());

        Run text = run("diagnostics", "--data-dir", data);
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("app:\n  version: " + RootCommand.version() + "\n")
                .contains("sources:\n  -\n    path: " + src + "\n    state: reachable\n").contains("state: unreachable").doesNotContain("Secret", "confidential");
    }
}
