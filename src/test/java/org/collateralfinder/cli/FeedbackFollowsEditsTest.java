package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback follows a file edited in place: what reps said about its previous content counts for the new
 * content at the same path, in search, in the list and in the report, on every computer whose index saw
 * the edit, while the team's event log keeps its format (cli tester's report, item 5).
 */
class FeedbackFollowsEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun cf(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private static List<String> hits(Path data, String query) throws IOException {
        List<String> paths = new ArrayList<>();
        cf(data, "search", "--json", query).json().path("hits").forEach(h -> paths.add(h.path("path").asText()));
        return paths;
    }

    private static void edit(Path file) throws IOException {
        Files.writeString(file, " typo fix", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void feedbackFollowsAFileEditedInPlace() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path deck = OfficeFiles.text(share.resolve("pricing.txt"), "capybara pricing for retail");
        OfficeFiles.text(share.resolve("other.txt"), "capybara other");
        Path data = tmp.resolve("data");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", deck.toString(), "--tag", "worked", "--rating", "5", "--user", "alice");
        edit(deck);

        cf(data, "index");

        assertThat(hits(data, "tag:worked")).containsExactly(deck.toString());
        JsonNode list = cf(data, "feedback", "list", deck.toString(), "--json").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("user").asText()).isEqualTo("alice");
        assertThat(list.get(0).path("path").asText()).isEqualTo(deck.toString());
        JsonNode report = cf(data, "feedback", "report", "--json").json();
        assertThat(report.path("files")).hasSize(1);
        assertThat(report.path("files").get(0).path("path").asText()).isEqualTo(deck.toString());
        assertThat(report.path("files").get(0).path("tags").path("worked").asInt()).isEqualTo(1);
        List<String> neverUsed = new ArrayList<>();
        report.path("never_used").forEach(f -> neverUsed.add(f.path("path").asText()));
        assertThat(neverUsed).containsExactly(share.resolve("other.txt").toString());

        // the rep's feedback on the new content replaces the carried one
        cf(data, "feedback", "add", deck.toString(), "--tag", "outdated", "--user", "alice");
        assertThat(hits(data, "tag:worked")).isEmpty();
        assertThat(hits(data, "tag:outdated")).containsExactly(deck.toString());
        assertThat(cf(data, "feedback", "list", deck.toString(), "--json").json()).hasSize(1);
    }

    @Test
    void twoComputersSyncingBothCarryFeedbackOverAnEditAndTheTeamLogKeepsItsFormat() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path deck = OfficeFiles.text(share.resolve("battlecard.txt"), "paca battlecard");
        Path team = share.resolve(".collateral-feedback");
        Path alicesLaptop = tmp.resolve("alice");
        Path bobsLaptop = tmp.resolve("bob");
        cf(alicesLaptop, "index", "--source", share.toString());
        cf(bobsLaptop, "index", "--source", share.toString());
        cf(alicesLaptop, "feedback", "add", deck.toString(), "--tag", "worked", "--user", "alice");
        cf(alicesLaptop, "feedback", "sync", "--team-folder", team.toString());
        cf(bobsLaptop, "feedback", "sync", "--team-folder", team.toString());
        edit(deck);

        cf(alicesLaptop, "index");
        cf(bobsLaptop, "index");

        assertThat(hits(bobsLaptop, "tag:worked")).containsExactly(deck.toString());
        cf(bobsLaptop, "feedback", "add", deck.toString(), "--tag", "outdated", "--user", "bob");
        cf(bobsLaptop, "feedback", "sync");
        cf(alicesLaptop, "feedback", "sync");
        List<String> users = new ArrayList<>();
        cf(alicesLaptop, "feedback", "list", deck.toString(), "--json").json().forEach(e -> users.add(e.path("user").asText()));
        assertThat(users).containsExactly("bob", "alice");
        assertThat(hits(alicesLaptop, "tag:worked")).containsExactly(deck.toString());
        assertThat(hits(alicesLaptop, "tag:outdated")).containsExactly(deck.toString());
        // the logs hold feedback events only, in the format every version reads
        for (String log : List.of("alice.jsonl", "bob.jsonl")) {
            for (String line : Files.readAllLines(team.resolve(log))) {
                JsonNode event = JSON.readTree(line);
                assertThat(event.path("v").asInt()).isEqualTo(1);
                assertThat(event.path("type").asText()).isEqualTo("add");
            }
        }
    }
}
