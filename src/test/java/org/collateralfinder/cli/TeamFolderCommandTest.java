package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feedback sync} and {@code feedback respond} against a team folder on a share that comes and goes:
 * a folder used before is never made again where the share was (its entries wait for it), and the sync
 * says what it did with marketing's answers.
 */
class TeamFolderCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path share;
    private Path team;
    private Path deck;

    @BeforeEach
    void shareWithADeck() throws Exception {
        share = Files.createDirectories(dir.resolve("mnt/share"));
        team = share.resolve(".collateral-feedback");
        deck = Files.writeString(share.resolve("Pricing Deck.pptx"), "the pricing deck");
    }

    private CliRun on(String laptop, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve(laptop).toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    private void laptopWithTheShareAsSource(String laptop) {
        assertThat(on(laptop, "sources", "add", share.toString()).exit()).isZero();
    }

    @Test
    void syncWhileTheShareIsAwayPublishesNothingAndTheEntryReachesTheShareWhenItIsBack() throws Exception {
        laptopWithTheShareAsSource("rep");
        on("rep", "feedback", "add", deck.toString(), "--tag", "worked", "--user", "alice");
        CliRun first = on("rep", "feedback", "sync", "--team-folder", team.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("Created the team folder " + team + ", as this is its first use." + NL
                + "Published 1 entry and merged 0 new ones from 1 changed log in " + team + "." + NL);
        on("rep", "feedback", "add", deck.toString(), "--tag", "needs update", "--comment", "Offline.", "--user", "bob");
        Path away = Files.move(share, dir.resolve("share-away")); // unmounted: the mount point stays, empty
        Files.createDirectories(share);

        CliRun offline = on("rep", "feedback", "sync", "--json");

        assertThat(offline.exit()).isEqualTo(1);
        JsonNode json = offline.json();
        assertThat(json.get("reachable").booleanValue()).isFalse();
        assertThat(json.get("published").intValue()).isZero();
        assertThat(json.get("queued").intValue()).isEqualTo(1);
        assertThat(json.get("created").booleanValue()).isFalse();
        assertThat(offline.err()).isEqualTo("The team folder " + team + " cannot be reached: it is gone, as when its "
                + "share is not mounted; 1 entry waits for the next sync." + NL);
        assertThat(team).doesNotExist();

        Files.delete(share);
        Files.move(away, share);
        CliRun back = on("rep", "feedback", "sync");

        assertThat(back.exit()).isZero();
        assertThat(back.out()).isEqualTo("Published 1 entry and merged 0 new ones from 1 changed log in " + team + "." + NL);
        assertThat(Files.readString(team.resolve("bob.jsonl"))).contains("\"comment\":\"Offline.\"");
    }

    @Test
    void theRepsSyncCountsTheAnswersItMerged() throws Exception {
        laptopWithTheShareAsSource("rep");
        laptopWithTheShareAsSource("marketing");
        on("rep", "feedback", "add", deck.toString(), "--tag", "didn't land", "--user", "alice");
        on("rep", "feedback", "sync", "--team-folder", team.toString());
        Files.setPosixFilePermissions(Files.createDirectories(team.resolve("responses")),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        on("marketing", "feedback", "sync", "--team-folder", team.toString());
        assertThat(on("marketing", "feedback", "respond", deck.toString(), "--status", "acknowledged", "--note", "Seen.",
                "--by", "maria").exit()).isZero();

        CliRun marketing = on("marketing", "feedback", "sync");
        CliRun rep = on("rep", "feedback", "sync");
        CliRun again = on("rep", "feedback", "sync", "--json");

        assertThat(marketing.out()).isEqualTo("Published 0 entries and merged 0 new ones from 0 changed logs in " + team
                + ". Published 1 answer." + NL);
        assertThat(rep.out()).isEqualTo("Published 0 entries and merged 0 new ones from 0 changed logs in " + team
                + ". Merged 1 new answer from marketing." + NL);
        assertThat(again.json().get("answers_merged").intValue()).isZero();
        assertThat(again.json().get("answers_published").intValue()).isZero();
    }

    @Test
    void respondingWithoutAResponsesFolderSaysItDoesNotExistYetAndWhoMakesIt() throws Exception {
        laptopWithTheShareAsSource("marketing");
        on("marketing", "feedback", "add", deck.toString(), "--tag", "worked", "--user", "alice");
        on("marketing", "feedback", "sync", "--team-folder", team.toString());

        CliRun emptyNote = on("marketing", "feedback", "respond", deck.toString(), "--status", "acknowledged",
                "--note", " ");
        CliRun noSuchRep = on("marketing", "feedback", "respond", deck.toString(), "--status", "acknowledged",
                "--note", "Seen.", "--user", "nosuchrep");
        CliRun noFolder = on("marketing", "feedback", "respond", deck.toString(), "--status", "acknowledged",
                "--note", "Seen.");

        assertThat(emptyNote.exit()).isEqualTo(2);
        assertThat(emptyNote.err()).isEqualTo("Give a short note with the answer." + NL);
        assertThat(noSuchRep.exit()).isEqualTo(2);
        assertThat(noSuchRep.err()).isEqualTo("nosuchrep has no feedback on this file to answer." + NL);
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).isEqualTo("The team folder " + team + " has no responses folder yet: whoever runs "
                + "the share makes " + team.resolve("responses") + ", writable by marketing only, and then marketing "
                + "can answer." + NL);
        assertThat(team.resolve("responses")).doesNotExist();
    }

    @Test
    void aTeamFolderThatCannotBeWrittenFailsWithOneSentenceAndTheEntriesWait() throws Exception {
        laptopWithTheShareAsSource("bea");
        on("bea", "feedback", "add", deck.toString(), "--tag", "worked", "--user", "bea");
        assertThat(on("bea", "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();
        on("bea", "feedback", "add", deck.toString(), "--tag", "outdated", "--user", "bea");
        // read-only for everyone: the permission bits are checked even where they do not stop this user (root)
        Files.setPosixFilePermissions(team, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun readOnly = on("bea", "feedback", "sync", "--json");

            assertThat(readOnly.exit()).isEqualTo(1);
            JsonNode json = readOnly.json();
            assertThat(json.get("reachable").booleanValue()).isTrue();
            assertThat(json.get("writable").booleanValue()).isFalse();
            assertThat(json.get("published").intValue()).isZero();
            assertThat(json.get("queued").intValue()).isEqualTo(1);
            assertThat(readOnly.err()).isEqualTo("The team folder " + team + " cannot be written (read-only or no "
                    + "permission); 1 entry waits for the next sync." + NL);
        } finally {
            Files.setPosixFilePermissions(team, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        CliRun writable = on("bea", "feedback", "sync", "--json");
        assertThat(writable.exit()).isZero();
        assertThat(writable.json().get("writable").booleanValue()).isTrue();
        assertThat(writable.json().get("published").intValue()).isEqualTo(1);
    }

    @Test
    void aMistypedTeamFolderIsNotRemembered() throws Exception {
        laptopWithTheShareAsSource("bea");
        on("bea", "feedback", "add", deck.toString(), "--tag", "worked", "--user", "bea");
        assertThat(on("bea", "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();
        Path typo = dir.resolve("mnt/nonexist/deep/team");

        CliRun mistyped = on("bea", "feedback", "sync", "--team-folder", typo.toString());
        CliRun next = on("bea", "feedback", "sync");

        assertThat(mistyped.exit()).isEqualTo(1);
        assertThat(mistyped.err()).isEqualTo("The team folder " + typo + " cannot be reached: the folder "
                + typo.getParent() + " it would be made in does not exist; 0 entries wait for the next sync." + NL);
        assertThat(next.exit()).isZero();
        assertThat(next.out()).isEqualTo("Published 0 entries and merged 0 new ones from 0 changed logs in " + team
                + "." + NL);
    }

    /** Round 9, NEW F: a team folder restored without its marker file locked out every laptop that had synced. */
    @Test
    void aTeamFolderThatLostOnlyItsMarkerIsSyncedAgainAndSaysSo() throws Exception {
        laptopWithTheShareAsSource("rep");
        on("rep", "feedback", "add", deck.toString(), "--tag", "worked", "--user", "rep");
        assertThat(on("rep", "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();
        Files.delete(team.resolve(".collateral-finder-team")); // a restore that skips dot-files

        CliRun back = on("rep", "feedback", "sync");

        assertThat(back.exit()).isZero();
        assertThat(back.err()).isEmpty();
        assertThat(back.out()).isEqualTo("The team folder " + team + " had lost its marker file .collateral-finder-team "
                + "(as a copy or restore that skips hidden files leaves it); it holds this computer's entries in "
                + "rep.jsonl, so it is the folder synced with before, and the marker was written again." + NL
                + "Published 0 entries and merged 0 new ones from 0 changed logs in " + team + "." + NL);
        assertThat(team.resolve(".collateral-finder-team")).isRegularFile();
        Files.delete(team.resolve(".collateral-finder-team"));
        CliRun json = on("rep", "feedback", "sync", "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.json().get("marker_restored").booleanValue()).isTrue();
        assertThat(on("rep", "feedback", "sync", "--json").json().get("marker_restored").booleanValue()).isFalse();
    }

    @Test
    void aReadOnlyFolderSyncedWithTwiceDoesNotBecomeTheTeamFolder() throws Exception {
        laptopWithTheShareAsSource("rep");
        on("rep", "feedback", "add", deck.toString(), "--tag", "worked", "--user", "rep");
        assertThat(on("rep", "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();
        Path readOnly = Files.createDirectories(dir.resolve("rom"));
        Files.copy(team.resolve("rep.jsonl"), readOnly.resolve("rep.jsonl"));
        Files.writeString(readOnly.resolve(".collateral-finder-team"), "a team folder someone else writes");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(on("rep", "feedback", "sync", "--team-folder", readOnly.toString()).exit()).isEqualTo(1);
            assertThat(on("rep", "feedback", "sync", "--team-folder", readOnly.toString()).exit()).isEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        CliRun diagnostics = on("rep", "diagnostics", "--json");

        assertThat(diagnostics.json().get("team_folder").textValue()).isEqualTo(team.toString());
    }
}
