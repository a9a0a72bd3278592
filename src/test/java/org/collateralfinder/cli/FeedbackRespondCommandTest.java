package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feedback respond}: a rep's laptop and marketing's, two data folders, one team folder. */
class FeedbackRespondCommandTest {

    @TempDir
    Path dir;

    private Path team;
    private Path deckV1;
    private Path deckV2;

    @BeforeEach
    void shareWithDecks() throws Exception {
        team = Files.createDirectories(dir.resolve("share/.collateral-feedback"));
        Files.setPosixFilePermissions(Files.createDirectories(team.resolve("responses")),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        deckV1 = Files.writeString(dir.resolve("share/Pricing Deck v1.pptx"), "pricing deck, first version");
        deckV2 = Files.writeString(dir.resolve("share/Pricing Deck v2.pptx"), "pricing deck, second version");
        for (String laptop : List.of("rep", "marketing")) { // feedback is for files in a source
            assertThat(CliRun.of("sources", "add", dir.resolve("share").toString(), "--data-dir",
                    dir.resolve(laptop).toString()).exit()).isZero();
        }
    }

    private CliRun on(String laptop, String... args) {
        List<String> all = new ArrayList<>(List.of("feedback"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve(laptop).toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    @Test
    void marketingAnswersFeedbackGivenBeforeTheFileWasEditedOnALaptopThatOnlyIndexedItAfterwards() throws Exception {
        assertThat(on("rep", "add", deckV1.toString(), "--tag", "outdated", "--comment", "Old prices.",
                "--user", "alice").exit()).isZero();
        assertThat(on("rep", "sync", "--team-folder", team.toString()).exit()).isZero();
        Files.writeString(deckV1, "pricing deck, first version, prices of 2027");
        assertThat(CliRun.of("index", "--data-dir", dir.resolve("marketing").toString()).exit()).isZero();
        assertThat(on("marketing", "sync", "--team-folder", team.toString()).exit()).isZero();

        CliRun respond = on("marketing", "respond", deckV1.toString(), "--status", "acknowledged", "--note",
                "Prices updated in the file.", "--by", "maria");

        assertThat(respond.err()).isEmpty();
        assertThat(respond.out()).isEqualTo("Answered alice's feedback on " + deckV1 + ": acknowledged. It reaches "
                + "them at the next sync." + System.lineSeparator());
        assertThat(respond.exit()).isZero();
    }

    @Test
    void marketingAnswersOnOneLaptopAndTheRepSeesTheAnswerOnTheOther() throws Exception {
        assertThat(on("rep", "add", deckV1.toString(), "--tag", "didn't land", "--comment", "Prices confused them.",
                "--user", "alice").exit()).isZero();
        assertThat(on("rep", "sync", "--team-folder", team.toString()).exit()).isZero();
        assertThat(on("marketing", "sync", "--team-folder", team.toString()).exit()).isZero();

        CliRun respond = on("marketing", "respond", deckV1.toString(), "--user", "alice", "--status", "addressed",
                "--note", "New pricing slide.", "--fixed-by", deckV2.toString(), "--by", "maria");
        assertThat(respond.exit()).isZero();
        assertThat(respond.out()).isEqualTo("Answered alice's feedback on " + deckV1 + ": addressed. It reaches them "
                + "at the next sync." + System.lineSeparator());
        assertThat(on("marketing", "sync").exit()).isZero();
        assertThat(on("rep", "sync").exit()).isZero();

        JsonNode list = on("rep", "list", "--json").json();
        assertThat(list).hasSize(1);
        JsonNode response = list.get(0).get("response");
        assertThat(response.get("status").textValue()).isEqualTo("addressed");
        assertThat(response.get("note").textValue()).isEqualTo("New pricing slide.");
        assertThat(response.get("by").textValue()).isEqualTo("maria");
        assertThat(response.get("fixed_by").textValue()).isEqualTo(deckV2.toString());
        assertThat(Instant.parse(response.get("at").textValue()))
                .isAfter(Instant.parse(list.get(0).get("at").textValue()));
        assertThat(response.properties()).extracting(Map.Entry::getKey)
                .containsExactly("status", "note", "by", "at", "fixed_by");

        JsonNode loop = on("rep", "report", "--json").json().get("loop");
        assertThat(loop.get("received").intValue()).isEqualTo(1);
        assertThat(loop.get("answered").intValue()).isEqualTo(1);
        assertThat(loop.get("median_days_to_answer").doubleValue()).isEqualTo(0.0);
        assertThat(loop.get("open_over_14_days").intValue()).isZero();
        assertThat(loop.get("months")).hasSize(1);
        assertThat(loop.get("months").get(0).get("answered").intValue()).isEqualTo(1);
    }

    /**
     * Window retest 6, N4: {@code fixed_by} is where the fixing file is on the rep's computer now (found by its
     * content, as the window's notice links it), not the path marketing named: renamed since.
     */
    @Test
    void theListNamesTheFixWhereTheRepsIndexHasItNow() throws Exception {
        assertThat(on("rep", "add", deckV1.toString(), "--tag", "didn't land", "--user", "alice").exit()).isZero();
        assertThat(on("rep", "sync", "--team-folder", team.toString()).exit()).isZero();
        assertThat(on("marketing", "sync", "--team-folder", team.toString()).exit()).isZero();
        assertThat(on("marketing", "respond", deckV1.toString(), "--status", "addressed", "--note", "New pricing slide.",
                "--fixed-by", deckV2.toString(), "--by", "maria").exit()).isZero();
        assertThat(on("marketing", "sync").exit()).isZero();
        Path renamed = Files.move(deckV2, dir.resolve("share/Pricing Deck 2026.pptx"));
        assertThat(CliRun.of("index", "--data-dir", dir.resolve("rep").toString()).exit()).isZero();
        assertThat(on("rep", "sync").exit()).isZero();

        JsonNode response = on("rep", "list", deckV1.toString(), "--json").json().get(0).get("response");
        CliRun text = on("rep", "list");

        assertThat(response.get("fixed_by").textValue()).isEqualTo(renamed.toString());
        assertThat(text.out()).contains("(fixed by " + renamed + ")");
    }

    /**
     * Retest 7, NEW E: the fixing file is renamed, edited in place, then renamed again, each step indexed on the
     * rep's laptop. {@code fixed_by} follows it as feedback follows a file: to where it is now.
     */
    @Test
    void theListNamesTheFixWhereItIsNowAfterItWasRenamedEditedAndRenamedAgain() throws Exception {
        Path fix = Files.writeString(dir.resolve("share/new.txt"), "pricing sheet that fixes it");
        assertThat(on("rep", "add", deckV1.toString(), "--tag", "outdated", "--user", "alice").exit()).isZero();
        assertThat(on("rep", "sync", "--team-folder", team.toString()).exit()).isZero();
        assertThat(on("marketing", "sync", "--team-folder", team.toString()).exit()).isZero();
        assertThat(on("marketing", "respond", deckV1.toString(), "--status", "addressed", "--note", "Use the new sheet.",
                "--fixed-by", fix.toString(), "--by", "maria").exit()).isZero();
        assertThat(on("marketing", "sync").exit()).isZero();
        assertThat(on("rep", "sync").exit()).isZero();
        assertThat(CliRun.of("index", "--data-dir", dir.resolve("rep").toString()).exit()).isZero();
        Path renamed = Files.move(fix, dir.resolve("share/new v2 ü.txt"));
        assertThat(CliRun.of("index", "--data-dir", dir.resolve("rep").toString()).exit()).isZero();
        assertThat(on("rep", "list", deckV1.toString(), "--json").json().get(0).get("response").get("fixed_by")
                .textValue()).isEqualTo(renamed.toString());
        Files.writeString(renamed, "pricing sheet that fixes it, with one more line");
        assertThat(CliRun.of("index", "--data-dir", dir.resolve("rep").toString()).exit()).isZero();
        assertThat(on("rep", "list", deckV1.toString(), "--json").json().get(0).get("response").get("fixed_by")
                .textValue()).isEqualTo(renamed.toString());
        Path again = Files.move(renamed, dir.resolve("share/new3.txt"));

        assertThat(CliRun.of("index", "--data-dir", dir.resolve("rep").toString()).exit()).isZero();

        JsonNode response = on("rep", "list", deckV1.toString(), "--json").json().get(0).get("response");
        assertThat(response.get("fixed_by").textValue()).isEqualTo(again.toString());
        assertThat(on("rep", "list").out()).contains("(fixed by " + again + ")");
    }

    @Test
    void feedbackNobodyAnsweredListsANullResponse() throws Exception {
        on("rep", "add", deckV1.toString(), "--tag", "worked", "--user", "alice");

        JsonNode entry = on("rep", "list", "--json").json().get(0);

        assertThat(entry.has("response")).isTrue();
        assertThat(entry.get("response").isNull()).isTrue();
        JsonNode loop = on("rep", "report", "--json").json().get("loop");
        assertThat(loop.get("answered").intValue()).isZero();
        assertThat(loop.get("median_days_to_answer").isNull()).isTrue();
    }

    @Test
    void aRepWhoCannotWriteTheResponsesFolderIsToldInOneSentence() throws Exception {
        on("rep", "add", deckV1.toString(), "--tag", "worked", "--user", "alice");
        on("rep", "sync", "--team-folder", team.toString());
        Files.setPosixFilePermissions(team.resolve("responses"), PosixFilePermissions.fromString("r-xr-xr-x"));

        CliRun refused = on("rep", "respond", deckV1.toString(), "--status", "acknowledged", "--note", "Seen.");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("Only marketing answers feedback: you cannot write the team's responses folder "
                + team.resolve("responses") + ", so answers are shown to you read-only." + System.lineSeparator());
    }

    @Test
    void anUnknownStatusIsRefused() {
        on("rep", "add", deckV1.toString(), "--tag", "worked", "--user", "alice");
        on("rep", "sync", "--team-folder", team.toString());

        CliRun refused = on("rep", "respond", deckV1.toString(), "--status", "done", "--note", "Seen.");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("The answer's status must be acknowledged, addressed or wont-change, not "
                + "\"done\"." + System.lineSeparator());
    }
}
