package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The team index on the command line: publish, index copying it, status naming it (issue 14's JSON contract). */
class PublishCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        JsonNode lastJson() throws IOException {
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        }
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

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Path share() throws IOException {
        Path share = tmp.resolve("share");
        OfficeFiles.text(share.resolve("Retail Pricing.md"), "# Retail pricing\nThe open source connector is free.");
        OfficeFiles.text(share.resolve("Decks/Slide notes.txt"), "Slide notes for the retail pitch.");
        return share;
    }

    @Test
    void publishPrintsWhatItPublishedAndALaptopsIndexCopiesItInsteadOfReadingTheFiles() throws IOException {
        Path share = share();
        String publisher = tmp.resolve("publisher").toString();
        Run published = run("publish", share.toString(), "--data-dir", publisher, "--json");
        assertThat(published.exit()).as(published.err()).isZero();
        JsonNode p = published.lastJson();
        assertThat(fieldNames(p)).containsExactly("generation", "documents", "files_published", "bytes_published", "seconds");
        assertThat(p.get("generation").asLong()).isEqualTo(1);
        assertThat(p.get("documents").asInt()).isEqualTo(2);
        assertThat(p.get("files_published").asInt()).isPositive();

        JsonNode again = run("publish", share.toString(), "--data-dir", publisher, "--json").lastJson();
        assertThat(List.of(again.get("generation").asLong(), again.get("files_published").asLong(),
                again.get("bytes_published").asLong())).containsExactly(1L, 0L, 0L);

        String laptop = tmp.resolve("laptop").toString();
        Run indexed = run("index", "--data-dir", laptop, "--json", "--source", share.toString());
        assertThat(indexed.exit()).as(indexed.err()).isZero();
        JsonNode i = indexed.lastJson();
        assertThat(fieldNames(i)).containsExactly("files", "added", "updated", "removed", "unchanged", "failed", "seconds",
                "copied_files", "copied_bytes");
        assertThat(List.of(i.get("files").asInt(), i.get("added").asInt(), i.get("unchanged").asInt()))
                .containsExactly(2, 0, 2);
        assertThat(i.get("copied_files").asInt()).isEqualTo(p.get("files_published").asInt());
        assertThat(i.get("copied_bytes").asLong()).isEqualTo(p.get("bytes_published").asLong());

        JsonNode source = JSON.readTree(run("status", "--data-dir", laptop, "--json").out()).get("sources").get(0);
        assertThat(fieldNames(source.get("published"))).containsExactly("generation", "published_at", "copied_at");
        assertThat(source.get("published").get("generation").asLong()).isEqualTo(1);
        assertThat(source.get("files").asInt()).isEqualTo(2);
        JsonNode own = JSON.readTree(run("status", "--data-dir", publisher, "--json").out()).get("sources").get(0);
        assertThat(own.get("published").isNull()).isTrue();

        JsonNode nothingNew = run("index", "--data-dir", laptop, "--json").lastJson();
        assertThat(List.of(nothingNew.get("copied_files").asInt(), nothingNew.get("copied_bytes").asInt())).containsExactly(0, 0);
        JsonNode hits = JSON.readTree(run("search", "--data-dir", laptop, "--json", "retail", "pitch").out()).get("hits");
        assertThat(hits.get(0).get("path").asText()).isEqualTo(share.resolve("Decks/Slide notes.txt").toString());
    }

    @Test
    void publishRefusesADataFolderThatIndexesOtherFoldersToo() throws IOException {
        Path share = share();
        Path other = tmp.resolve("my-own");
        OfficeFiles.text(other.resolve("private.txt"), "Not for the team.");
        String data = tmp.resolve("data").toString();
        assertThat(run("index", "--data-dir", data, "--source", other.toString()).exit()).isZero();

        Run refused = run("publish", share.toString(), "--data-dir", data, "--json");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("The data folder for publishing " + share + " also indexes " + other
                + ", which would be published with it; use a data folder of its own (--data-dir).");
    }
}
