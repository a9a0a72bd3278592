package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search --context}: the rep's deal favours files that worked in deals like it by the team's feedback, bounded,
 * and each hit says why (issue 16, item 3).
 */
class DealContextSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void indexAndGiveFeedback() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        for (String name : List.of("alpha", "bravo", "charlie", "delta", "echo")) {
            OfficeFiles.text(src.resolve(name + " pitch.txt"), "hospital pricing pitch " + name);
        }
        data = tmp.resolve("data");
        assertThat(cli("index", "--source", src.toString()).exit()).isZero();
        // alpha worked in two retail deals: the best feedback overall
        give(src, "alpha", "ann", "--tag", "worked", "--industry", "Retail");
        give(src, "alpha", "bob", "--tag", "worked", "--industry", "retail");
        // bravo worked in one healthcare proposal
        give(src, "bravo", "cy", "--tag", "worked", "--industry", "healthcare", "--stage", "proposal");
        // charlie did not land in a healthcare deal lost to Acme
        give(src, "charlie", "dee", "--tag", "didn't land", "--industry", "Healthcare", "--comment", "Lost to Acme.");
        // delta worked against Acme (stage and industry not said)
        give(src, "delta", "eve", "--tag", "worked", "--rating", "4", "--comment", "Won against ACME with slide 3");
        // echo: rated in a healthcare deal at discovery, no tag
        give(src, "echo", "fay", "--rating", "4", "--industry", "healthcare", "--stage", "discovery",
                "--comment", "Acmeware asked for it");
    }

    private static CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(1, List.of("--data-dir", data.toString()));
        if (args[0].equals("feedback")) {
            all = new ArrayList<>(List.of(args));
            all.addAll(2, List.of("--data-dir", data.toString()));
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void give(Path src, String name, String user, String... what) {
        List<String> args = new ArrayList<>(List.of("feedback", "add", src.resolve(name + " pitch.txt").toString(),
                "--user", user));
        args.addAll(List.of(what));
        CliRun r = cli(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
    }

    /** File name (without " pitch.txt") to the hit's reason, in the order of the hits. */
    private static Map<String, String> search(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--json"));
        args.addAll(List.of(options));
        args.add("hospital pricing");
        CliRun r = cli(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String> hits = new LinkedHashMap<>();
        for (JsonNode hit : JSON.readTree(r.out()).get("hits")) {
            JsonNode context = hit.get("context");
            hits.put(hit.get("file_name").asText().replace(" pitch.txt", ""),
                    context.isNull() ? null : context.get("reason").asText());
        }
        return hits;
    }

    @Test
    void withoutADealFeedbackAloneRanksAndNoHitSaysWhy() throws IOException {
        Map<String, String> hits = search();
        assertThat(hits.keySet()).containsExactly("alpha", "bravo", "delta", "echo", "charlie");
        assertThat(hits.values()).containsOnlyNulls();
        CliRun r = cli("search", "--json", "hospital pricing");
        assertThat(JSON.readTree(r.out()).get("context").isNull()).isTrue();
    }

    @Test
    void aHealthcareDealPutsWhatWorkedInHealthcareFirstAndSaysWhy() throws IOException {
        Map<String, String> hits = search("--context", "industry=healthcare");
        assertThat(hits.keySet()).containsExactly("bravo", "alpha", "delta", "echo", "charlie");
        assertThat(hits).containsEntry("bravo", "worked in 1 healthcare deal")
                .containsEntry("echo", "rated 4 in 1 healthcare deal")
                .containsEntry("charlie", "didn't land in 1 healthcare deal")
                .containsEntry("alpha", null).containsEntry("delta", null);
    }

    @Test
    void theStageNarrowsAndAnEntryOfAnotherStageIsNotFromADealLikeIt() throws IOException {
        Map<String, String> hits = search("--context", "industry=Healthcare, stage=Proposal");
        assertThat(hits).containsEntry("bravo", "worked in 1 Healthcare deal at Proposal") // as the rep spelled the deal
                .containsEntry("charlie", "didn't land in 1 Healthcare deal") // no stage said: not a different one
                .containsEntry("echo", null); // discovery is another stage
        assertThat(hits.keySet().iterator().next()).isEqualTo("bravo");
    }

    @Test
    void aCompetitorIsADealWhoseCommentNamesItAsAWord() throws IOException {
        Map<String, String> hits = search("--context", "competitor=acme");
        assertThat(hits).containsEntry("delta", "worked in 1 deal against acme")
                .containsEntry("charlie", "didn't land in 1 deal against acme")
                .containsEntry("echo", null) // "Acmeware" is not Acme
                .containsEntry("alpha", null).containsEntry("bravo", null);
        // with an industry, an entry of another industry is not from a deal like it, whatever its comment names
        Map<String, String> retail = search("--context", "competitor=Acme,industry=retail");
        assertThat(retail).containsEntry("alpha", "worked in 2 retail deals")
                .containsEntry("delta", "worked in 1 deal against Acme")
                .containsEntry("charlie", null);
        assertThat(retail.keySet()).containsExactly("alpha", "delta", "bravo", "echo", "charlie");
    }

    @Test
    void theDealIsEchoedAndEachReasonCarriesItsCountsAndFactor() throws IOException {
        CliRun r = cli("search", "--json", "--context", "industry=healthcare,stage=proposal", "hospital pricing");
        JsonNode out = JSON.readTree(r.out());
        assertThat(out.get("context").toString())
                .isEqualTo("{\"industry\":\"healthcare\",\"stage\":\"proposal\",\"competitor\":null}");
        assertThat(out.get("hits").get(0).get("context").toString())
                .isEqualTo("{\"reason\":\"worked in 1 healthcare deal at proposal\",\"deals\":1,\"worked\":1,"
                        + "\"didnt_land\":0,\"factor\":1.15}");
    }

    @Test
    void plainTextSaysWhyUnderTheHit() {
        CliRun r = cli("search", "--context", "industry=healthcare", "hospital pricing");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("bravo pitch.txt\n    Worked in 1 healthcare deal.\n");
    }

    @Test
    void aDealThatCannotBeReadIsExplained() {
        assertThat(error("industry")).isEqualTo("Say what \"industry\" is: name=value, "
                + "e.g. industry=healthcare,stage=proposal,competitor=Acme.");
        assertThat(error("region=emea")).isEqualTo("A deal has an industry, a stage and a competitor, not \"region\": "
                + "e.g. industry=healthcare,stage=proposal,competitor=Acme.");
        assertThat(error("stage=")).isEqualTo("Give the deal's stage a value after \"stage=\": "
                + "e.g. industry=healthcare,stage=proposal,competitor=Acme.");
        assertThat(error("industry=retail,industry=banking"))
                .isEqualTo("The deal's industry is given twice (\"retail\" and \"banking\"): give it once.");
        assertThat(error("competitor=" + "x".repeat(101)))
                .isEqualTo("The deal's competitor is 101 characters long; it may have at most 100.");
    }

    private static String error(String context) {
        CliRun r = cli("search", "--json", "--context", context, "hospital pricing");
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        return r.err().strip();
    }
}
