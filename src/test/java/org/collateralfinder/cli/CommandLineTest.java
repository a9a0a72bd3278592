package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.collateralfinder.index.Schema;
import org.collateralfinder.testing.OfficeFiles;
import org.collateralfinder.testing.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's JSON contract and its error sentences, run in-process. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        JsonNode lastJson() throws IOException {
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        }
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

    private Path corpus() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("Retail Pricing.md"), "# Retail pricing\nThe open source connector is free.");
        OfficeFiles.text(src.resolve("Slide notes.txt"), "Slide notes for the retail pitch.");
        return src;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void indexPrintsItsCountsAsJsonOnTheLastLine() throws IOException {
        Path data = tmp.resolve("data");
        Run r = run("index", "--data-dir", data.toString(), "--json", "--source", corpus().toString());
        assertThat(r.exit()).isZero();
        JsonNode o = r.lastJson();
        assertThat(fieldNames(o)).containsExactly("files", "added", "updated", "removed", "unchanged", "failed", "seconds",
                "copied_files", "copied_bytes");
        assertThat(o.get("files").asInt()).isEqualTo(2);
        assertThat(o.get("added").asInt()).isEqualTo(2);

        JsonNode again = run("index", "--data-dir", data.toString(), "--json").lastJson();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("added").asInt()).isZero();
    }

    @Test
    void searchJsonHasTheContractFields() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        Run r = run("search", "--data-dir", data.toString(), "--json", "--limit", "5", "retail", "pricing");
        assertThat(r.exit()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("query").asText()).isEqualTo("retail pricing");
        assertThat(o.get("total").asInt()).isEqualTo(1);
        assertThat(o.get("took_ms").isNumber()).isTrue();
        JsonNode hit = o.get("hits").get(0);
        assertThat(hit.get("path").asText()).isEqualTo(src.resolve("Retail Pricing.md").toString());
        assertThat(hit.get("title").asText()).isEqualTo("Retail pricing");
        assertThat(hit.get("type").asText()).isEqualTo("text");
        assertThat(hit.get("score").isNumber()).isTrue();
        assertThat(hit.get("snippet").asText()).isEqualTo("# <b>Retail</b> <b>pricing</b> The open source connector is free.");
        assertThat(hit.get("modified").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    void batchAnswersEveryLineInOrderInOneProcess() throws IOException {
        Path data = tmp.resolve("data");
        run("index", "--data-dir", data.toString(), "--source", corpus().toString());
        Path queries = Files.writeString(tmp.resolve("q.txt"), "pricing\nslide\n\"open source\"\ntitle:(broken\n");
        Run r = run("search", "--data-dir", data.toString(), "--json", "--batch", queries.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(l -> l.get("query").asText())
                .containsExactly("pricing", "slide", "\"open source\"", "title:(broken");
        assertThat(lines).extracting(l -> l.get("total").asInt()).containsExactly(1, 1, 1, 0);
        assertThat(lines.get(3).get("error").asText()).isEqualTo("The query opens a parenthesis that is never closed.");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void statusListsSourcesDocumentsAndFailedFiles() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        Files.write(src.resolve("broken.docx"), new byte[] {1, 2, 3, 4});
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        Run r = run("status", "--data-dir", data.toString(), "--json");
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("documents").asInt()).isEqualTo(3);
        assertThat(o.get("sources").get(0).get("path").asText()).isEqualTo(src.toString());
        assertThat(o.get("sources").get(0).get("reachable").asBoolean()).isTrue();
        assertThat(o.get("sources").get(0).get("files").asInt()).isEqualTo(3);
        assertThat(o.get("failed")).hasSize(1);
        assertThat(o.get("failed").get(0).get("path").asText()).isEqualTo(src.resolve("broken.docx").toString());
        assertThat(o.get("failed").get(0).get("reason").asText()).isEqualTo("corrupt");
        assertThat(o.get("index_bytes").asLong()).isPositive();

        // window test 9: a run that reads nothing again says as many files could not be read as status lists
        JsonNode again = JSON.readTree(run("index", "--data-dir", data.toString(), "--json").out().strip()
                .lines().reduce((first, last) -> last).orElseThrow());
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.get("failed").asInt()).isEqualTo(1);
        JsonNode status = JSON.readTree(run("status", "--data-dir", data.toString(), "--json").out());
        assertThat(status.get("last_run").get("failed").asInt()).isEqualTo(status.get("failed").size()).isEqualTo(1);
    }

    @Test
    void statusSaysTheIndexIsRebuiltForTheNewVersionWhileTheOldOneAnswers() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        OlderSchema.mark(data.resolve("index"), Schema.VERSION - 1);

        JsonNode before = JSON.readTree(run("status", "--data-dir", data.toString(), "--json").out());
        assertThat(before.get("documents").asInt()).isEqualTo(2);
        assertThat(before.get("rebuilding").asBoolean()).isTrue();
        assertThat(before.get("rebuild_note").asText()).isEqualTo("The index was written by another version of "
                + "Collateral Finder; the next indexing run rebuilds it, and the old index answers searches until then.");

        Path unmounted = Files.move(src, tmp.resolve("unmounted"));
        run("index", "--data-dir", data.toString());
        JsonNode waiting = JSON.readTree(run("status", "--data-dir", data.toString(), "--json").out());
        assertThat(waiting.get("documents").asInt()).isEqualTo(2);
        assertThat(waiting.get("rebuilding").asBoolean()).isTrue();
        assertThat(waiting.get("rebuild_note").asText()).isEqualTo("The index is being rebuilt for this version of "
                + "Collateral Finder; the old index answers searches until the new one is ready. The last run could not "
                + "finish the rebuild: " + src + " was unreachable or looked empty, and its files would have been lost; "
                + "until one does, searches do not see files changed since the upgrade.");
        assertThat(JSON.readTree(run("search", "--data-dir", data.toString(), "--json", "retail").out())
                .get("total").asInt()).isEqualTo(2);

        Files.move(unmounted, src);
        run("index", "--data-dir", data.toString());
        JsonNode after = JSON.readTree(run("status", "--data-dir", data.toString(), "--json").out());
        assertThat(after.get("documents").asInt()).isEqualTo(2);
        assertThat(after.get("rebuilding").asBoolean()).isFalse();
        assertThat(after.get("rebuild_note").isNull()).isTrue();
        assertThat(OlderSchema.storedVersion(data.resolve("index"))).isEqualTo(Schema.VERSION);
    }

    @Test
    void malformedQueryIsRefusedWithOneSentenceAndExitCodeTwo() throws IOException {
        Path data = tmp.resolve("data");
        run("index", "--data-dir", data.toString(), "--source", corpus().toString());
        Run r = run("search", "--data-dir", data.toString(), "--json", "title:(unclosed");
        assertThat(r.exit()).isEqualTo(2); // refused input, as --limit abc (issue 16, re-test 22, finding 8)
        assertThat(r.err().strip()).isEqualTo("The query opens a parenthesis that is never closed.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void searchBeforeAnyIndexSaysWhatToDo() {
        Run r = run("search", "--data-dir", tmp.resolve("empty").toString(), "pricing");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("Nothing has been indexed yet in " + tmp.resolve("empty")
                + "; run the index command first.");
    }

    @Test
    void sourcesAreAddedListedAndRemoved() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        assertThat(run("sources", "add", "--data-dir", data.toString(), src.toString()).out())
                .isEqualTo("Added " + src + "; run 'index' to index it.\n");
        assertThat(run("sources", "list", "--data-dir", data.toString()).out()).isEqualTo(src + "\n");
        assertThat(run("sources", "remove", "--data-dir", data.toString(), src.toString()).exit()).isZero();
        Run again = run("sources", "remove", "--data-dir", data.toString(), src.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err().strip()).isEqualTo(src + " is not a source; 'sources list' shows them.");
        Run missing = run("sources", "add", "--data-dir", data.toString(), tmp.resolve("nope").toString());
        assertThat(missing.err().strip()).isEqualTo("The folder " + tmp.resolve("nope") + " does not exist; check the path, and that its share is mounted.");
    }

    @Test
    void dataDirectoryIsOwnerOnly() throws IOException {
        Path data = tmp.resolve("data");
        run("sources", "add", "--data-dir", data.toString(), corpus().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("index")))).isEqualTo("rwx------");
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version").out()).startsWith("Collateral Finder ");
        Run help = run("search", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--batch=FILE", "--data-dir=DIR", "--json", "--limit=N");
        Run bad = run("search", "--limit");
        assertThat(bad.exit()).isEqualTo(2);
        Run timeout = run("index", "--data-dir", tmp.resolve("data").toString(), "--timeout", "-1");
        assertThat(timeout.exit()).isEqualTo(2);
        assertThat(timeout.err().lines().findFirst().orElse("")).isEqualTo("--timeout must be at least 1 second (it was -1).");
    }

    @Test
    void searchWhileTheShareIsOfflineGivesTheSameHitsMarkedUnavailable() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        assertThat(run("offline", "pin", "--data-dir", data.toString(), src.resolve("Slide notes.txt").toString()).exit()).isZero();
        JsonNode online = JSON.readTree(run("search", "--data-dir", data.toString(), "--json", "retail").out());
        Files.move(src, tmp.resolve("unmounted"));
        JsonNode offline = JSON.readTree(run("search", "--data-dir", data.toString(), "--json", "retail").out());

        assertThat(online.get("hits")).extracting(h -> h.get("available").asBoolean()).containsExactly(true, true);
        assertThat(offline.get("hits")).extracting(h -> h.get("available").asBoolean()).containsExactly(false, false);
        assertThat(offline.get("hits")).extracting(h -> h.get("file_name").asText() + " " + h.get("offline_copy").asBoolean())
                .containsExactlyInAnyOrder("Slide notes.txt true", "Retail Pricing.md false");
        assertThat(withoutAvailability(offline)).isEqualTo(withoutAvailability(online));
        JsonNode status = JSON.readTree(run("status", "--data-dir", data.toString(), "--json").out());
        assertThat(status.get("sources").get(0).get("state").asText()).isEqualTo("unreachable");
        assertThat(status.get("sources").get(0).get("files").asInt()).isEqualTo(2);
    }

    /** Re-test 13, finding 6: an index run with its source out of reach printed only its JSON; status alone said why. */
    @Test
    void anIndexRunWithASourceOutOfReachSaysSoOnStandardErrorAndKeepsItsJsonLast() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        assertThat(run("index", "--data-dir", data.toString(), "--source", src.toString()).exit()).isZero();
        Files.move(src, tmp.resolve("unmounted"));

        Run offline = run("index", "--data-dir", data.toString(), "--json");

        assertThat(offline.exit()).isZero();
        assertThat(offline.err().strip()).isEqualTo("Source " + src + ": The folder could not be reached; its 2 indexed "
                + "files are kept.");
        assertThat(offline.lastJson().get("files").asInt()).isEqualTo(2);
        assertThat(offline.out().strip().lines().count()).isEqualTo(1);
    }

    /** The hits without the availability flags, which is all that may differ offline. */
    private static List<String> withoutAvailability(JsonNode result) {
        List<String> hits = new ArrayList<>();
        for (JsonNode h : result.get("hits")) {
            var copy = (ObjectNode) h.deepCopy();
            copy.remove(List.of("available", "offline_copy"));
            hits.add(copy.toString());
        }
        return hits;
    }

    @Test
    void feedbackReportListsIndexedFilesNobodyRated() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        Run added = run("feedback", "add", "--data-dir", data.toString(), src.resolve("Retail Pricing.md").toString(),
                "--tag", "worked", "--rating", "5", "--user", "dana");
        assertThat(added.exit()).as(added.err()).isZero();

        JsonNode report = JSON.readTree(run("feedback", "report", "--data-dir", data.toString(), "--json").out());
        assertThat(report.get("never_used")).extracting(n -> n.get("path").asText())
                .containsExactly(src.resolve("Slide notes.txt").toString());
    }

    @Test
    void feedbackReportAsTextHasEverySectionAndWithCsvOnlySaysWhereItWrote() throws IOException {
        Path data = tmp.resolve("data");
        Path src = corpus();
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        String pricing = src.resolve("Retail Pricing.md").toString();
        assertThat(run("feedback", "add", "--data-dir", data.toString(), pricing, "--tag", "didn't land",
                "--user", "dana").exit()).isZero();

        Run text = run("feedback", "report", "--data-dir", data.toString());
        assertThat(text.out()).isEqualTo(String.join(System.lineSeparator(), "Feedback on 1 file.",
                "Answered by marketing: 1 received · 0 answered · 0 open over 14 days.", "",
                "Didn't land:", "  " + pricing + "  1 entry, no rating, didn't land 1", "",
                "All files:", "  " + pricing + "  1 entry, no rating, didn't land 1", "",
                "Never used:", "  " + src.resolve("Slide notes.txt"), ""));

        Path csv = tmp.resolve("report.csv");
        Run withCsv = run("feedback", "report", "--data-dir", data.toString(), "--csv", csv.toString());
        assertThat(withCsv.out()).isEqualTo("Wrote the report to " + csv + ": 1 file with feedback, 1 never used."
                + System.lineSeparator());
        assertThat(Files.readAllLines(csv)).hasSize(3); // the header, the file with feedback, the one never used
        assertThat(run("feedback", "report", "--data-dir", data.toString(), "--csv", csv.toString()).exit())
                .isZero(); // a report replaces the report written before

        // re-test 12: --csv over a deck replaced it, over the feedback database wiped the team's feedback
        byte[] deck = Files.readAllBytes(src.resolve("Slide notes.txt"));
        Run overDeck = run("feedback", "report", "--data-dir", data.toString(), "--csv",
                src.resolve("Slide notes.txt").toString());
        assertThat(overDeck.exit()).isNotZero();
        assertThat(overDeck.err().strip()).isEqualTo(src.resolve("Slide notes.txt") + " is a file in the source folder "
                + src + ", and files in the sources are never replaced; save the report under a new name or in another "
                + "folder.");
        assertThat(Files.readAllBytes(src.resolve("Slide notes.txt"))).isEqualTo(deck);
        // slides re-test 20 #3: a report replaces only a report (a price list of another data folder's sources is a .csv)
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Path prices = Files.writeString(tmp.resolve("prices.csv"), "product,price\r\nPro,10\r\n");
        for (Path other : List.of(notes, prices)) {
            String before = Files.readString(other);
            Run overOther = run("feedback", "report", "--data-dir", data.toString(), "--csv", other.toString());
            assertThat(overOther.exit()).isNotZero();
            assertThat(overOther.err().strip()).isEqualTo(other + " exists and is not a feedback report Collateral Finder "
                    + "wrote; it was left as it is. Choose another file name.");
            assertThat(other).hasContent(before);
        }
        Path database;
        try (var files = Files.walk(data)) {
            database = files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
        Run overDatabase = run("feedback", "report", "--data-dir", data.toString(), "--csv", database.toString());
        assertThat(overDatabase.err().strip()).isEqualTo("The report cannot be written into the data folder " + data
                + "; choose a file elsewhere.");
        assertThat(run("feedback", "list", "--data-dir", data.toString(), pricing).out()).contains("dana");
    }

    @Test
    void feedbackFiltersSearchAndMovesWorkedFilesUpAndOutdatedOnesDown() throws IOException {
        Path data = tmp.resolve("data");
        Path src = Files.createDirectories(tmp.resolve("decks"));
        // same words and length, so they score alike; different content, so they are not grouped
        OfficeFiles.text(src.resolve("alpha.txt"), "retail pitch deck one");
        OfficeFiles.text(src.resolve("bravo.txt"), "retail pitch deck two");
        OfficeFiles.text(src.resolve("charlie.txt"), "retail pitch deck six");
        run("index", "--data-dir", data.toString(), "--source", src.toString());
        JsonNode before = JSON.readTree(run("search", "--data-dir", data.toString(), "--json", "retail", "pitch").out());
        assertThat(before.get("hits")).hasSize(3);

        run("feedback", "add", "--data-dir", data.toString(), src.resolve("charlie.txt").toString(), "--tag", "worked",
                "--rating", "5", "--comment", "Closed Contoso with it", "--user", "dana");
        run("feedback", "add", "--data-dir", data.toString(), src.resolve("alpha.txt").toString(), "--tag", "outdated",
                "--rating", "2", "--user", "lee");

        JsonNode ranked = JSON.readTree(run("search", "--data-dir", data.toString(), "--json", "retail", "pitch").out());
        assertThat(ranked.get("hits")).extracting(h -> h.get("file_name").asText())
                .containsExactly("charlie.txt", "bravo.txt", "alpha.txt");
        JsonNode top = ranked.get("hits").get(0);
        assertThat(top.get("tags")).extracting(JsonNode::asText).containsExactly("worked");
        assertThat(top.get("rating").asDouble()).isEqualTo(5.0);
        assertThat(top.get("feedback_count").asInt()).isEqualTo(1);
        assertThat(ranked.get("hits").get(1).get("rating").isNull()).isTrue();

        assertThat(names(run("search", "--data-dir", data.toString(), "--json", "tag:outdated"))).containsExactly("alpha.txt");
        assertThat(names(run("search", "--data-dir", data.toString(), "--json", "pitch", "rating:>=4"))).containsExactly("charlie.txt");
        assertThat(names(run("search", "--data-dir", data.toString(), "--json", "commented:yes"))).containsExactly("charlie.txt");
        assertThat(names(run("search", "--data-dir", data.toString(), "--json", "tag:\"didn't land\""))).isEmpty();
    }

    private static List<String> names(Run r) throws IOException {
        List<String> names = new ArrayList<>();
        JSON.readTree(r.out()).get("hits").forEach(h -> names.add(h.get("file_name").asText()));
        return names;
    }
}
