package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.TeamFolderSync;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The searches that found nothing on the command line: two laptops (two data folders) indexing one share, one team
 * folder. {@code search} typed by a person counts when it finds nothing; {@code --json} and {@code --batch}, which
 * scripts use, never do. {@code feedback report --json} lists them as {@code search_gaps}.
 */
class SearchGapsCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path team;

    @BeforeEach
    void twoLaptopsOneShare() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        team = Files.createDirectories(share.resolve(".collateral-feedback"));
        Files.writeString(share.resolve("price-sheet-2026.txt"), "Price sheet for 2026 with the new list prices.");
        Files.writeString(share.resolve("battlecard.txt"), "Competitor battlecard for Globex.");
        for (String laptop : List.of("ana", "ben")) {
            assertThat(CliRun.of("index", "--source", share.toString(), "--data-dir", data(laptop)).exit()).isZero();
            CliRun sync = run(laptop, "feedback", "sync", "--team-folder", team.toString());
            assertThat(sync.exit()).as(sync.err()).isZero();
        }
    }

    private String data(String laptop) {
        return dir.resolve(laptop).toString();
    }

    private CliRun run(String laptop, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data(laptop)));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    private String gaps(String laptop) throws Exception {
        CliRun report = run(laptop, "feedback", "report", "--json");
        assertThat(report.exit()).as(report.err()).isZero();
        return report.json().get("search_gaps").toString();
    }

    private static String gap(String query, int count, int foundNothing) {
        return "{\"query\":\"" + query + "\",\"count\":" + count + ",\"last\":\"" + LocalDate.now() + "\",\"found_nothing\":"
                + foundNothing + "}";
    }

    /** The week is over: a sync a week from now writes this laptop's counts and merges the others'. */
    private void syncNextWeek(String laptop) {
        try (FeedbackDatabase database = FeedbackDatabase.open(DataDirectory.open(dir.resolve(laptop)))) {
            new TeamFolderSync(database, Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(7)),
                    () -> true).sync(team);
        }
    }

    @Test
    void typedSearchesThatFoundNothingAreCountedAndTheTeamsWeeklyCountsReported() throws Exception {
        CliRun nothing = run("ana", "search", "GDPR", "  Checklist");
        assertThat(nothing.out()).startsWith("0 files match \"GDPR   Checklist\"");
        assertThat(nothing.exit()).isZero();
        assertThat(run("ana", "search", "--json", "gdpr", "checklist").exit()).isZero(); // a script's: not counted
        Path batch = Files.writeString(dir.resolve("queries.txt"), "gdpr checklist\nsoc2 attestation\n");
        assertThat(run("ana", "search", "--batch", batch.toString()).exit()).isZero(); // a script's: not counted
        assertThat(run("ana", "search", "price", "sheet").out()).startsWith("1 file matches"); // found: not counted
        assertThat(run("ana", "search", "path:\"/nowhere/at all.pdf\"").exit()).isZero(); // no subject: not counted
        assertThat(run("ana", "search", "Présentation", "Zürich").exit()).isZero();
        assertThat(run("ben", "search", "gdpr", "checklist").exit()).isZero();

        assertThat(gaps("ana")).isEqualTo("[" + gap("gdpr checklist", 1, 1) + "," + gap("presentation zurich", 1, 1) + "]");
        assertThat(gaps("ben")).isEqualTo("[" + gap("gdpr checklist", 1, 1) + "]");
        CliRun sameWeek = run("ana", "feedback", "sync", "--json");
        assertThat(sameWeek.json().get("search_gaps_published").intValue()).isZero(); // the week is not over
        assertThat(team.resolve("gaps")).doesNotExist();

        syncNextWeek("ana");
        syncNextWeek("ben");
        syncNextWeek("ana");

        String teams = "[" + gap("gdpr checklist", 2, 2) + "," + gap("presentation zurich", 1, 1) + "]";
        assertThat(gaps("ana")).isEqualTo(teams);
        assertThat(gaps("ben")).isEqualTo(teams);
        List<String> text = run("ben", "feedback", "report").out().lines().toList();
        int section = text.indexOf("Searched for and not found (the last 13 weeks):");
        assertThat(text.subList(section, section + 4))
                .containsExactly("Searched for and not found (the last 13 weeks):",
                        "  gdpr checklist  2 searches, all found nothing, last on " + LocalDate.now(),
                        "  presentation zurich  1 search, found nothing, last on " + LocalDate.now(), "");
        CliRun merged = run("ben", "feedback", "sync", "--json");
        assertThat(merged.json().get("search_gaps_merged").intValue()).isZero(); // had them all already
        // issue 16, re-test 22: the summary line says the counts a sync merged
        CliRun newcomer = run("cy", "feedback", "sync", "--team-folder", team.toString());
        assertThat(newcomer.out()).isEqualTo("Published 0 entries and merged 0 new ones from 0 changed logs in " + team
                + ". Merged 3 new weekly counts of searches that found nothing." + System.lineSeparator());
    }

    /** Issue 16, re-test 22, finding 4: the filters are part of what was searched, however they were given. */
    @Test
    void aTypeGivenAsAnOptionIsCountedAsTheSameTypeTypedInTheQuery() throws Exception {
        assertThat(run("ana", "search", "ROI", "Calculator", "--type", "pdf").out()).startsWith("0 files match");
        assertThat(run("ana", "search", "roi calculator type:pdf").exit()).isZero();
        assertThat(run("ana", "search", "roi   calculator ").exit()).isZero();

        assertThat(gaps("ana")).isEqualTo("[" + gap("roi calculator type:pdf", 2, 2) + "," + gap("roi calculator", 1, 1)
                + "]");
    }

    /** Issue 16, re-test 22, finding 5: a collection that answers the search is something found. */
    @Test
    void aSearchAnsweredByACollectionIsNotCountedAsFoundNothing() throws Exception {
        Path share = dir.resolve("share");
        assertThat(run("ana", "collection", "create", "Healthcare pitch kit", "--description", "For hospital buyers")
                .exit()).isZero();
        assertThat(run("ana", "collection", "add", "Healthcare pitch kit", share.resolve("battlecard.txt").toString())
                .exit()).isZero();

        CliRun buyers = run("ana", "search", "buyers");
        assertThat(buyers.out()).startsWith("0 files match \"buyers\"").contains("Collection \"Healthcare pitch kit\"");
        run("ana", "search", "soc2", "attestation");

        assertThat(gaps("ana")).isEqualTo("[" + gap("soc2 attestation", 1, 1) + "]");
    }

    @Test
    void theRepSeesAndTurnsCountingOffAndOnAndOffForgetsWhatWaits() throws Exception {
        String on = "Searches that found nothing, or whose files nobody opened, copied, dragged or pinned, are counted on "
                + "this computer and shared weekly, without names, through " + team.resolve("gaps")
                + " (feedback search-gaps off stops it).";
        assertThat(run("ana", "feedback", "search-gaps").out()).isEqualTo(on + NL);
        run("ana", "search", "soc2", "attestation");
        run("ana", "search", "soc2", "attestation");

        CliRun off = run("ana", "feedback", "search-gaps", "off");

        assertThat(off.out()).isEqualTo("Searches that found nothing are not counted on this computer: you turned it off "
                + "(feedback search-gaps on counts them again). Forgot 2 searches counted here and not shared yet." + NL);
        assertThat(off.exit()).isZero();
        run("ana", "search", "soc2", "attestation");
        assertThat(gaps("ana")).isEqualTo("[]");
        syncNextWeek("ana");
        assertThat(team.resolve("gaps")).doesNotExist();

        CliRun maybe = run("ana", "feedback", "search-gaps", "maybe");
        assertThat(maybe.err()).isEqualTo("Say on or off, not \"maybe\"." + NL);
        assertThat(maybe.exit()).isEqualTo(2);
        assertThat(run("ana", "feedback", "search-gaps", "ON").out()).isEqualTo(on + NL);
        run("ana", "search", "soc2", "attestation");
        assertThat(gaps("ana")).isEqualTo("[" + gap("soc2 attestation", 1, 1) + "]");
    }

    @Test
    void withoutATeamFolderNothingIsCounted() throws Exception {
        Path share = dir.resolve("share");
        assertThat(CliRun.of("index", "--source", share.toString(), "--data-dir", data("alone")).exit()).isZero();
        run("alone", "feedback", "add", share.resolve("battlecard.txt").toString(), "--tag", "worked");

        run("alone", "search", "soc2", "attestation");

        assertThat(gaps("alone")).isEqualTo("[]");
        assertThat(run("alone", "feedback", "search-gaps").out()).isEqualTo("Searches that found nothing are not "
                + "counted: there is no team folder to share them through (counting starts once there is one, unless you "
                + "turn it off with feedback search-gaps off)." + NL);
    }
}
