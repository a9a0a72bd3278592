package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.entry;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team folders that cannot be used: one that cannot be written keeps the entries waiting and says so; a folder of
 * the operating system is refused; and a folder refused or unreachable at its first use (a typo) never replaces
 * the team folder this computer syncs with.
 */
class TeamFolderChoiceTest {

    @TempDir
    Path dir;

    private final List<FeedbackDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        opened.forEach(FeedbackDatabase::close);
        try (var paths = Files.walk(dir)) { // let @TempDir delete what a test made read-only
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private FeedbackDatabase laptop(String name) {
        FeedbackDatabase database = FeedbackDatabase.open(dir.resolve(name).resolve("feedback"));
        opened.add(database);
        return database;
    }

    @Test
    void aTeamFolderThatCannotBeWrittenKeepsTheEntriesWaitingAndStillMergesTheTeams() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/.collateral-feedback"));
        FeedbackDatabase bea = laptop("bea");
        new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        new TeamFolderSync(bea).sync(team);
        FeedbackDatabase carl = laptop("carl");
        new FeedbackRepository(carl).add(entry(2, HASH_B, "carl", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        new FeedbackRepository(carl).add(entry(3, HASH_A, "carl", "2025-03-03T00:00:00Z", List.of("worked"), 4, null));
        // read-only for everyone: the permission bits are checked even where they do not stop this user (root)
        Files.setPosixFilePermissions(team, PosixFilePermissions.fromString("r-xr-xr-x"));

        SyncResult readOnly = new TeamFolderSync(carl).sync(team);

        assertThat(readOnly.reachable()).isTrue();
        assertThat(readOnly.writable()).isFalse();
        assertThat(readOnly.published()).isZero();
        assertThat(readOnly.queued()).isEqualTo(2);
        assertThat(readOnly.merged()).isEqualTo(1);
        assertThat(readOnly.warnings()).isEmpty();
        assertThat(readOnly.folderSentence()).isEqualTo("The team folder " + team + " cannot be written (read-only or "
                + "no permission); 2 entries wait for the next sync.");
        assertThat(team.resolve("carl.jsonl")).doesNotExist();

        Files.setPosixFilePermissions(team, PosixFilePermissions.fromString("rwxr-xr-x"));
        SyncResult writable = new TeamFolderSync(carl).sync(team);
        assertThat(writable.writable()).isTrue();
        assertThat(writable.published()).isEqualTo(2);
        assertThat(writable.folderSentence()).isEmpty();
    }

    @Test
    void aLogThatCannotBeWrittenKeepsItsEntriesWaitingAndSaysWhy() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/.collateral-feedback"));
        Files.createDirectories(team.resolve("dana.jsonl")); // a folder where the log should be: no one can append
        FeedbackDatabase dana = laptop("dana");
        new FeedbackRepository(dana).add(entry(1, HASH_A, "dana", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));

        SyncResult result = new TeamFolderSync(dana).sync(team);

        assertThat(result.reachable()).isTrue();
        assertThat(result.writable()).isFalse();
        assertThat(result.queued()).isEqualTo(1);
        assertThat(result.folderSentence()).isEqualTo("The team folder " + team + " cannot be written: writing "
                + "dana.jsonl failed (Is a directory); 1 entry waits for the next sync.");
    }

    @Test
    void aFolderOfTheOperatingSystemIsRefused() {
        Assumptions.assumeTrue(File.separatorChar == '/', "the folders of a Unix-like system");
        FeedbackDatabase bea = laptop("bea");
        new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));

        SyncResult proc = new TeamFolderSync(bea).sync(Path.of("/proc/1"));
        SyncResult etc = new TeamFolderSync(bea).sync(Path.of("/etc/cf-team"));

        assertThat(proc.reachable()).isFalse();
        assertThat(proc.folderSentence()).isEqualTo("The team folder /proc/1 is refused: it is in /proc, a folder of "
                + "the operating system, not one the team shares; 1 entry waits for the next sync.");
        assertThat(etc.folderSentence()).isEqualTo("The team folder /etc/cf-team is refused: it is in /etc, a folder "
                + "of the operating system, not one the team shares; 1 entry waits for the next sync.");
        assertThat(Path.of("/etc/cf-team")).doesNotExist();
    }

    @Test
    void aFolderRefusedOrUnreachableAtItsFirstUseDoesNotReplaceTheTeamFolder() throws Exception {
        Path share = Files.createDirectories(dir.resolve("mnt/share"));
        Files.writeString(share.resolve("deck.pptx"), "the deck");
        Path team = share.resolve(".collateral-feedback");
        FeedbackDatabase bea = laptop("bea");
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));
        TeamFolderSync sync = new TeamFolderSync(bea);
        new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.syncWithChosen(team, preferences).published()).isEqualTo(1);

        SyncResult typo = sync.syncWithChosen(dir.resolve("mnt/nonexist/deep/team"), preferences);
        SyncResult system = sync.syncWithChosen(Path.of("/proc/1"), preferences);
        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        SyncResult cannotWrite = sync.syncWithChosen(readOnly, preferences);

        assertThat(List.of(typo.reachable(), system.reachable(), cannotWrite.writable())).containsOnly(false);
        assertThat(readOnly.resolve(".collateral-finder-team")).doesNotExist();
        assertThat(preferences.teamFolder()).contains(team);

        Path away = Files.move(share, dir.resolve("share-away")); // the team folder's share is unmounted
        Files.createDirectories(share);
        Path other = Files.createDirectories(dir.resolve("other/.collateral-feedback"));
        assertThat(sync.syncWithChosen(other, preferences).reachable()).isTrue();
        assertThat(preferences.teamFolder()).contains(other);
        SyncResult backToTheUnmounted = sync.syncWithChosen(team, preferences);
        assertThat(backToTheUnmounted.reachable()).isFalse();
        assertThat(preferences.teamFolder()).contains(team); // used before: the choice stands while its share is away
        Files.delete(share);
        Files.move(away, share);
        assertThat(sync.sync(team).reachable()).isTrue();
    }

    /** Round 7, NEW A: an empty source folder was taken as the team folder; its marker then hid the share's files. */
    @Test
    void aFolderThisComputerSearchesIsRefusedEvenWhileItIsEmpty(@TempDir Path dir) throws Exception {
        Path emptyShare = Files.createDirectories(dir.resolve("new share"));
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));
        try (FeedbackDatabase bea = FeedbackDatabase.open(dir.resolve("bea/feedback"))) {
            new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
            SyncResult refused = new TeamFolderSync(bea).syncWithChosen(emptyShare, preferences, List.of(emptyShare));

            assertThat(refused.reachable()).isFalse();
            assertThat(refused.folderSentence()).isEqualTo("The team folder " + emptyShare + " is refused: it is a folder "
                    + "this computer searches, and the marker a team folder gets would make every laptop skip its files; "
                    + "choose or make a folder of its own for the team's feedback, such as "
                    + emptyShare.resolve(".collateral-feedback") + " (" + emptyShare + " is empty, like the mount point "
                    + "of a share that is not mounted: if that is the right place, make it yourself); 1 entry waits for "
                    + "the next sync.");
            assertThat(emptyShare).isEmptyDirectory();
            assertThat(preferences.teamFolder()).isEmpty();
            // its own folder inside the share, made as the advice says (re-test 9, NEW 5d: a sync does not make it there)
            Path own = Files.createDirectories(emptyShare.resolve(".collateral-feedback"));
            assertThat(new TeamFolderSync(bea).syncWithChosen(own, preferences, List.of(emptyShare)).published()).isEqualTo(1);
            assertThat(preferences.teamFolder()).contains(own);
        }
    }

    /** Re-test 9, NEW 5d: the folder the refusal of a source suggests is made by the sync given it, as suggested. */
    @Test
    void theFolderSuggestedInsteadOfASourceIsMadeWhenItIsGiven(@TempDir Path dir) throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        Files.writeString(share.resolve("deck.pptx"), "the deck");
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));
        try (FeedbackDatabase bea = FeedbackDatabase.open(dir.resolve("bea/feedback"))) {
            new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
            SyncResult refused = new TeamFolderSync(bea).syncWithChosen(share, preferences, List.of(share));
            SyncResult suggested = new TeamFolderSync(bea).syncWithChosen(share.resolve(".collateral-feedback"),
                    preferences, List.of(share));

            assertThat(refused.folderSentence()).isEqualTo("The team folder " + share + " is refused: it is a folder "
                    + "this computer searches, and the marker a team folder gets would make every laptop skip its files; "
                    + "choose or make a folder of its own for the team's feedback, such as "
                    + share.resolve(".collateral-feedback") + "; 1 entry waits for the next sync.");
            assertThat(suggested.reachable()).as(suggested.folderSentence()).isTrue();
            assertThat(suggested.created()).isTrue();
            assertThat(suggested.published()).isEqualTo(1);
            assertThat(preferences.teamFolder()).contains(share.resolve(".collateral-feedback"));
        }
    }

    /** Re-test 8, NEW 1: a team folder made inside the published index stopped every publication of the share. */
    @Test
    void aFolderInsideAPublishedTeamIndexIsRefusedAndTheSuggestionIsBesideIt(@TempDir Path dir) throws Exception {
        Path published = Files.createDirectories(dir.resolve("share/.collateral-index"));
        Files.createDirectories(published.resolve("history"));
        Files.writeString(published.resolve("manifest.json"), "{}");
        Path inside = published.resolve(".collateral-feedback");
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));
        try (FeedbackDatabase bea = FeedbackDatabase.open(dir.resolve("bea/feedback"))) {
            new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
            for (Path chosen : List.of(published, inside)) {
                SyncResult refused = new TeamFolderSync(bea).syncWithChosen(chosen, preferences, List.of());

                assertThat(refused.reachable()).isFalse();
                assertThat(refused.folderSentence()).isEqualTo("The team folder " + chosen + " is refused: it is in "
                        + published + ", where the team index is published; choose or make a folder of its own for the "
                        + "team's feedback beside it, such as " + dir.resolve("share/.collateral-feedback")
                        + "; 1 entry waits for the next sync.");
            }
            assertThat(inside).doesNotExist();
            assertThat(published.resolve(".collateral-finder-team")).doesNotExist();
            assertThat(preferences.teamFolder()).isEmpty();
        }
    }

    /** Re-test 8, NEW 3: a source's alias, where this computer searches it when mounted there, was made a team folder. */
    @Test
    void anAliasOfASourceIsRefusedLikeTheSource(@TempDir Path dir) throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        Path alias = dir.resolve("share mounted elsewhere");
        var source = new SourceRegistry.SourceFolder(share.toString(), List.of(),
                List.of(alias.toString()));
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));
        try (FeedbackDatabase bea = FeedbackDatabase.open(dir.resolve("bea/feedback"))) {
            SyncResult refused = new TeamFolderSync(bea).syncWithChosen(alias, preferences, source.places().toList());

            assertThat(refused.reachable()).isFalse();
            assertThat(refused.folderSentence()).startsWith("The team folder " + alias + " is refused: it is a folder "
                    + "this computer searches");
            assertThat(alias).doesNotExist();
            assertThat(preferences.teamFolder()).isEmpty();
        }
    }

    /** Round 9, NEW F: a read-only folder synced with twice became the team folder, though it was never written. */
    @Test
    void aFolderOnlyReadAndNeverWrittenDoesNotReplaceTheTeamFolder() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/.collateral-feedback"));
        FeedbackDatabase bea = laptop("bea");
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));
        TeamFolderSync sync = new TeamFolderSync(bea);
        new FeedbackRepository(bea).add(entry(1, HASH_A, "bea", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.syncWithChosen(team, preferences).published()).isEqualTo(1);
        Path readOnly = Files.createDirectories(dir.resolve("rom"));
        FeedbackDatabase carl = laptop("carl");
        new FeedbackRepository(carl).add(entry(2, HASH_B, "carl", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        new TeamFolderSync(carl).sync(readOnly); // a team folder someone else writes, read-only here
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        SyncResult first = sync.syncWithChosen(readOnly, preferences);
        SyncResult second = sync.syncWithChosen(readOnly, preferences);

        assertThat(first.merged()).isEqualTo(1);
        assertThat(List.of(first.writable(), second.writable())).containsOnly(false);
        assertThat(preferences.teamFolder()).contains(team);
        assertThat(second.folderSentence()).isEqualTo("The team folder " + readOnly + " cannot be written (read-only "
                + "or no permission); 0 entries wait for the next sync.");
    }

    /**
     * Issue 16 re-test r24, finding 3: a rep whose share they may only read never had it remembered, so the window's
     * syncs never brought marketing's later curations; a computer without a team folder now takes it.
     */
    @Test
    void aReadOnlyTeamFolderBecomesTheTeamFolderOfAComputerThatHasNone() throws Exception {
        Path readOnly = Files.createDirectories(dir.resolve("ro-share/.collateral-feedback"));
        FeedbackDatabase carl = laptop("carl");
        new FeedbackRepository(carl).add(entry(2, HASH_B, "carl", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        new TeamFolderSync(carl).sync(readOnly); // marketing writes it; reps only read it
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        FeedbackDatabase bea = laptop("bea");
        FeedbackPreferences preferences = new FeedbackPreferences(dir.resolve("bea/feedback.properties"));

        SyncResult result = new TeamFolderSync(bea).syncWithChosen(readOnly, preferences);

        assertThat(result.writable()).isFalse();
        assertThat(result.merged()).isEqualTo(1);
        assertThat(preferences.teamFolder()).contains(readOnly);
        Path empty = Files.createDirectories(dir.resolve("empty-ro"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("r-xr-xr-x"));
        FeedbackPreferences dan = new FeedbackPreferences(dir.resolve("dan/feedback.properties"));
        new TeamFolderSync(laptop("dan")).syncWithChosen(empty, dan); // no team's logs there: a typo, not the team's
        assertThat(dan.teamFolder()).isEmpty();
        // r25, finding 2: a team folder marketing uses for curation and collections alone holds no feedback log
        Path curationOnly = Files.createDirectories(dir.resolve("cur-share/.collateral-feedback"));
        new TeamFolderSync(laptop("maria")).sync(curationOnly);
        Files.setPosixFilePermissions(curationOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        FeedbackPreferences eve = new FeedbackPreferences(dir.resolve("eve/feedback.properties"));
        new TeamFolderSync(laptop("eve")).syncWithChosen(curationOnly, eve);
        assertThat(eve.teamFolder()).contains(curationOnly);
    }
}
