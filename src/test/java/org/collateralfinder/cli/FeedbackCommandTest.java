package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.collateralfinder.Main;
import org.collateralfinder.testing.ChildJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class FeedbackCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path dataDir;
    private Path deck;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void createFiles() throws Exception {
        dataDir = dir.resolve("data");
        deck = Files.writeString(dir.resolve("pricing deck.pptx"), "the pricing deck", StandardCharsets.UTF_8);
        assertThat(CliRun.of("sources", "add", dir.toString(), "--data-dir", dataDir.toString()).exit())
                .isZero(); // feedback is for files in a source
    }

    /** Runs {@code feedback <subcommand> --data-dir <dataDir> <args>}. */
    private Run feedback(String subcommand, String... args) {
        List<String> all = new ArrayList<>(List.of(subcommand, "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return execute(all.toArray(String[]::new));
    }

    private static Run execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = CommandLineRunner.create();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] feedback = new String[args.length + 1];
        feedback[0] = "feedback";
        System.arraycopy(args, 0, feedback, 1, args.length);
        int exit = command.execute(feedback);
        assertThat(err.toString()).doesNotContain("Exception");
        return new Run(exit, out.toString(), err.toString());
    }

    private JsonNode listJson(Path file) throws Exception {
        Run list = file == null ? feedback("list", "--json") : feedback("list", file.toString(), "--json");
        assertThat(list.exit()).isZero();
        return JSON.readTree(list.out());
    }

    @Test
    void addListAsJsonAndRemoveRoundTrip() throws Exception {
        Run add = feedback("add", deck.toString(), "--tag", "worked", "--tag", "Customer Asked", "--rating", "5",
                "--comment", "Closed the \"Acme\" deal.", "--user", "alice", "--stage", "negotiation",
                "--industry", "retail");
        assertThat(add.exit()).isZero();
        assertThat(add.err()).isEmpty();
        assertThat(add.out()).startsWith("Saved alice's feedback on " + deck + " (");

        JsonNode entries = listJson(deck);
        assertThat(entries.isArray()).isTrue();
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("path").textValue()).isEqualTo(deck.toString());
        assertThat(entry.get("user").textValue()).isEqualTo("alice");
        assertThat(entry.get("tags").toString()).isEqualTo("[\"worked\",\"customer asked\"]");
        assertThat(entry.get("rating").intValue()).isEqualTo(5);
        assertThat(entry.get("comment").textValue()).isEqualTo("Closed the \"Acme\" deal.");
        assertThat(entry.get("stage").textValue()).isEqualTo("negotiation");
        assertThat(entry.get("industry").textValue()).isEqualTo("retail");
        assertThat(Instant.parse(entry.get("at").textValue())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(entry.get("at").textValue()).endsWith("Z");

        Run remove = feedback("remove", deck.toString(), "--user", "alice");
        assertThat(remove.exit()).isZero();
        assertThat(remove.out()).isEqualTo("Withdrew alice's feedback on " + deck + "." + System.lineSeparator());
        assertThat(listJson(deck)).isEmpty();
    }

    @Test
    void userDefaultsToTheLoginName() throws Exception {
        assertThat(feedback("add", deck.toString(), "--tag", "worked").exit()).isZero();
        assertThat(listJson(deck).get(0).get("user").textValue()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void changedFeedbackReplacesTheRepsEarlierEntry() throws Exception {
        feedback("add", deck.toString(), "--rating", "2", "--user", "alice");
        feedback("add", deck.toString(), "--rating", "4", "--user", "alice");
        feedback("add", deck.toString(), "--rating", "5", "--user", "bob");

        JsonNode entries = listJson(deck);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("user").textValue()).isEqualTo("bob");
        assertThat(entries.get(1).get("rating").intValue()).isEqualTo(4);
    }

    @Test
    void feedbackFollowsARenamedAndMovedFile() throws Exception {
        feedback("add", deck.toString(), "--tag", "worked", "--user", "alice");
        Path moved = Files.createDirectories(dir.resolve("archive/2025")).resolve("pricing-final.pptx");
        Files.move(deck, moved);

        JsonNode entries = listJson(moved);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("path").textValue()).isEqualTo(moved.toString());
        assertThat(entries.get(0).get("tags").get(0).textValue()).isEqualTo("worked");
    }

    @Test
    void copiesOfTheSameContentShareFeedback() throws Exception {
        Path copy = Files.copy(deck, dir.resolve("copy.pptx"));
        feedback("add", deck.toString(), "--tag", "worked", "--user", "alice");

        assertThat(listJson(copy)).hasSize(1);
    }

    @Test
    void hostileCommentsRoundTripExactlyThroughTheCommandLine() throws Exception {
        List<String> comments = List.of(
                "'; DROP TABLE feedback_event; --",
                "<script>alert(\"x\")</script>",
                "Emoji 👍🏽 and \"quotes\" and 'apostrophes'",
                IntStream.range(1, 32).mapToObj(Character::toString).reduce("ctl:", String::concat) + "\u007f\u001b[31m",
                "x".repeat(10_000));
        for (int i = 0; i < comments.size(); i++) {
            Run add = feedback("add", deck.toString(), "--comment", comments.get(i), "--user", "rep" + i);
            assertThat(add.exit()).isZero();
        }

        List<String> listed = new ArrayList<>();
        listJson(deck).forEach(entry -> listed.add(entry.get("comment").textValue()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(comments);
    }

    @Test
    void plainListingShowsControlCharactersEscaped() {
        feedback("add", deck.toString(), "--comment", "red \u001b[31malert\u001b[0m\nsecond line", "--user", "alice");

        Run list = feedback("list", deck.toString());

        assertThat(list.out()).contains("    red \\u001b[31malert\\u001b[0m\n    second line").doesNotContain("\u001b");
    }

    @Test
    void commentOfTenThousandAndOneCharactersIsRefusedWithExitCodeTwo() throws Exception {
        Run add = feedback("add", deck.toString(), "--comment", "x".repeat(10_001), "--user", "alice");

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).isEqualTo("The comment has 10,001 characters; the limit is 10,000." + System.lineSeparator());
        assertThat(add.out()).isEmpty();
        assertThat(listJson(deck)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6"})
    void ratingOutsideOneToFiveIsRefused(String rating) {
        Run add = feedback("add", deck.toString(), "--rating", rating);

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).isEqualTo("The rating must be a whole number from 1 to 5, not " + rating + "."
                + System.lineSeparator());
    }

    @Test
    void tooLongOrTooManyTagsAreRefused() {
        Run longTag = feedback("add", deck.toString(), "--tag", "t".repeat(51));
        List<String> args = new ArrayList<>(List.of(deck.toString()));
        IntStream.range(0, 21).forEach(i -> args.addAll(List.of("--tag", "tag" + i)));
        Run manyTags = feedback("add", args.toArray(String[]::new));

        assertThat(longTag.exit()).isEqualTo(2);
        assertThat(longTag.err()).isEqualTo("A tag has 51 characters; the limit is 50." + System.lineSeparator());
        assertThat(manyTags.exit()).isEqualTo(2);
        assertThat(manyTags.err()).isEqualTo("There are 21 tags; the limit is 20." + System.lineSeparator());
    }

    @Test
    void missingFilesAndFoldersAreRefused() {
        Path missing = dir.resolve("missing.pdf");
        Run add = feedback("add", missing.toString(), "--tag", "worked");
        Run folder = feedback("add", dir.toString(), "--tag", "worked");
        Run list = feedback("list", missing.toString());

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).isEqualTo("The file " + missing + " does not exist." + System.lineSeparator());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo(dir + " is a folder, not a file." + System.lineSeparator());
        assertThat(list.exit()).isEqualTo(2);
    }

    @Test
    void malformedOptionsAreRefusedWithoutAStackTrace() {
        Run rating = feedback("add", deck.toString(), "--rating", "five");

        assertThat(rating.exit()).isEqualTo(2);
        assertThat(rating.err()).isEqualTo("The rating must be a whole number from 1 to 5, not five." + System.lineSeparator());
    }

    @Test
    void removingFeedbackYouNeverGaveIsRefusedWithASentence() {
        Run remove = feedback("remove", deck.toString(), "--user", "alice");

        assertThat(remove.exit()).isEqualTo(2); // refused input, as every other refusal of feedback remove
        assertThat(remove.err()).isEqualTo("alice has no feedback on this file to withdraw." + System.lineSeparator());
    }

    @Test
    void syncRemembersTheTeamFolderAndReportsAnUnreachableOne() throws Exception {
        Path team = dir.resolve("share/.collateral-feedback");
        Files.writeString(Files.createDirectories(team.getParent()).resolve("price list.xlsx"), "the price list");
        feedback("add", deck.toString(), "--tag", "worked", "--user", "alice");

        Run first = feedback("sync", "--team-folder", team.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("Created the team folder " + team + ", as this is its first use."
                + System.lineSeparator() + "Published 1 entry and merged 0 new ones from 1 changed log in " + team
                + "." + System.lineSeparator());
        assertThat(Files.readString(team.resolve("alice.jsonl"))).contains("\"type\":\"add\"", "\"user\":\"alice\"");

        Run again = feedback("sync", "--json");
        assertThat(again.exit()).isZero();
        assertThat(JSON.readTree(again.out()).get("published").intValue()).isZero();

        Path offline = dir.resolve("unmounted/share/.collateral-feedback");
        Run unreachable = feedback("sync", "--team-folder", offline.toString());
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).isEqualTo("The team folder " + offline + " cannot be reached: the folder "
                + offline.getParent() + " it would be made in does not exist; 0 entries wait for the next sync."
                + System.lineSeparator());
    }

    @Test
    void aNewTeamFolderReceivesTheFeedbackAlreadyPublishedElsewhere() throws Exception {
        Path deck2 = Files.writeString(dir.resolve("price list.xlsx"), "the price list", StandardCharsets.UTF_8);
        feedback("add", deck.toString(), "--tag", "worked", "--user", "alice");
        feedback("add", deck2.toString(), "--rating", "4", "--user", "alice");
        Path first = Files.createDirectories(dir.resolve("old-share/feedback"));
        Path next = Files.createDirectories(dir.resolve("new-share/feedback"));
        assertThat(feedback("sync", "--team-folder", first.toString()).out()).startsWith("Published 2 entries");

        Run moved = feedback("sync", "--team-folder", next.toString());

        assertThat(moved.exit()).isZero();
        assertThat(moved.out()).startsWith("Published 2 entries and merged 0 new ones");
        Path teammate = dir.resolve("teammate");
        Run theirs = execute("sync", "--data-dir", teammate.toString(), "--team-folder", next.toString(), "--json");
        assertThat(JSON.readTree(theirs.out()).get("merged").intValue()).isEqualTo(2);
        Run listed = execute("list", "--data-dir", teammate.toString(), "--json");
        assertThat(JSON.readTree(listed.out())).hasSize(2);
        assertThat(JSON.readTree(feedback("sync", "--json").out()).get("published").intValue()).isZero();
    }

    @Test
    void aFileGivenAsTheTeamFolderIsRefusedAndNotRemembered() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/feedback"));
        assertThat(feedback("sync", "--team-folder", team.toString()).exit()).isZero();

        Run file = feedback("sync", "--team-folder", deck.toString());

        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.out()).isEmpty();
        assertThat(file.err()).isEqualTo(deck + " is a file, not a folder; give the team's shared feedback folder."
                + System.lineSeparator());
        assertThat(JSON.readTree(feedback("sync", "--json").out()).get("folder").textValue()).isEqualTo(team.toString());
    }

    @Test
    void theDataFolderOrAFolderInsideItIsRefusedAsTheTeamFolder() {
        feedback("add", deck.toString(), "--tag", "worked", "--user", "alice");
        Path logs = dataDir.resolve("logs");

        Run data = feedback("sync", "--team-folder", dataDir.toString());
        Run inside = feedback("sync", "--team-folder", logs.toString());

        assertThat(data.exit()).isEqualTo(2);
        assertThat(data.err()).isEqualTo(dataDir + " is inside this computer's data folder " + dataDir
                + "; the team folder must be a folder the team shares." + System.lineSeparator());
        assertThat(inside.exit()).isEqualTo(2);
        assertThat(inside.err()).startsWith(logs + " is inside this computer's data folder ");
        assertThat(feedback("sync").err()).isEqualTo("No team folder is set; give one with --team-folder DIR."
                + System.lineSeparator());
    }

    @Test
    void syncWithoutAnyTeamFolderAsksForOne() {
        Run sync = feedback("sync");

        assertThat(sync.exit()).isEqualTo(2);
        assertThat(sync.err()).isEqualTo("No team folder is set; give one with --team-folder DIR." + System.lineSeparator());
    }

    @Test
    void reportWritesCsvAndPrintsJson() throws Exception {
        feedback("add", deck.toString(), "--tag", "outdated", "--rating", "2", "--comment", "Old, \"2023\" prices",
                "--user", "bob");
        Path csv = dir.resolve("report.csv");

        Run report = feedback("report", "--csv", csv.toString(), "--json");

        assertThat(report.exit()).isZero();
        JsonNode json = JSON.readTree(report.out());
        assertThat(json.get("files").get(0).get("path").textValue()).isEqualTo(deck.toString());
        assertThat(json.get("flagged_outdated").get(0).textValue()).isEqualTo(deck.toString());
        // with a byte-order mark, so Excel reads the file as UTF-8 (résumé, not rÃ©sumÃ©)
        assertThat(Files.readString(csv)).startsWith("\uFEFFpath,content_hash,entries,average_rating,")
                .contains("\r\n" + deck + ",", ",1,2.00,0,0,1,0,0,,\"Old, \"\"2023\"\" prices\",bob,");
    }

    /**
     * Slides re-test 20 #3: with another data folder named, the report was written into the main data folder's
     * {@code index/}, and a report replaced a .csv of a source. A folder holding the data-folder marker is refused
     * whichever data folder is in use, and no existing file of a source is replaced, as for decks.
     */
    @Test
    void theReportGoesIntoNoDataFolderAndReplacesNoFileOfASource() throws Exception {
        Files.createDirectories(dataDir.resolve("index"));
        assertThat(dataDir.resolve(".collateral-finder-data")).exists();
        Path otherData = dir.resolve("data2");
        Path inIndex = dataDir.resolve("index/r.csv");

        Run intoIndex = execute("report", "--data-dir", otherData.toString(), "--csv", inIndex.toString());

        assertThat(intoIndex.exit()).isNotZero();
        assertThat(intoIndex.err().strip()).isEqualTo("The report cannot be written into " + dataDir + ", a Collateral Finder "
                + "data folder (it holds .collateral-finder-data); choose a file elsewhere.");
        assertThat(inIndex).doesNotExist();

        Path prices = Files.writeString(dir.resolve("prices.csv"), "product,price\r\nPro,10\r\n");
        Run overSource = feedback("report", "--csv", prices.toString());
        assertThat(overSource.exit()).isNotZero();
        assertThat(overSource.err().strip()).isEqualTo(prices + " is a file in the source folder " + dir + ", and files in "
                + "the sources are never replaced; save the report under a new name or in another folder.");
        assertThat(prices).hasContent("product,price\r\nPro,10\r\n");
    }

    /** Re-test 9, NEW 5c: feedback added by commands run at the same time (a script's {@code &}) is all recorded, once. */
    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void feedbackAddedByCommandsRunAtTheSameTimeIsAllRecordedOnce() throws Exception {
        assertThat(feedback("add", deck.toString(), "--tag", "worked", "--user", "rep0").exit()).isZero();
        List<Process> adds = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            adds.add(ChildJvm.start(Main.class, "feedback", "add", deck.toString(), "--tag", "worked", "--user", "rep" + i,
                    "--data-dir", dataDir.toString()));
        }
        for (Process add : adds) {
            assertThat(add.waitFor(200, TimeUnit.SECONDS)).isTrue();
            assertThat(add.exitValue()).isZero();
        }

        List<String> users = new ArrayList<>();
        listJson(null).forEach(entry -> users.add(entry.get("user").textValue()));
        assertThat(users).containsExactlyInAnyOrder("rep0", "rep1", "rep2", "rep3");
    }

    @Test
    void feedbackAloneShowsUsageAndEachSubcommandHasHelp() {
        Run bare = execute();
        Run help = execute("add", "--help");

        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).contains("Usage: collateral-finder feedback", "add", "list", "remove", "sync", "report");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: collateral-finder feedback add", "--data-dir=DIR", "--rating=N", "--tag=TAG");
    }
}
