package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.entry;
import static org.collateralfinder.feedback.FeedbackFixtures.id;
import static org.collateralfinder.feedback.FeedbackFixtures.withdrawal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackSyncTest {

    @TempDir
    Path dir;

    private final EventLogCodec codec = new EventLogCodec();
    private final List<FeedbackDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(FeedbackDatabase::close);
    }

    private FeedbackDatabase database(String name) {
        FeedbackDatabase database = FeedbackDatabase.open(dir.resolve(name).resolve("feedback"));
        opened.add(database);
        return database;
    }

    private void writeLog(Path folder, String fileName, List<? extends FeedbackEvent> events) throws Exception {
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder();
        events.forEach(event -> text.append(codec.encode(event)).append('\n'));
        Files.writeString(folder.resolve(fileName), text.toString(), StandardCharsets.UTF_8);
    }

    /** Alice rates, changes her mind, withdraws and comes back, written out of order; Bob disagrees. */
    private static List<FeedbackEvent> aliceEvents() {
        return List.of(
                entry(3, HASH_A, "alice", "2025-03-03T00:00:00Z", List.of("needs update"), 3, "Prices moved."),
                withdrawal(4, HASH_B, "alice", "2025-03-04T00:00:00Z"),
                entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null),
                entry(2, HASH_B, "alice", "2025-03-02T00:00:00Z", List.of("worked"), 4, null),
                entry(5, HASH_B, "alice", "2025-03-04T00:00:00Z", List.of("customer asked"), 5, null));
    }

    private static List<FeedbackEvent> bobEvents() {
        return List.of(
                entry(11, HASH_A, "bob", "2025-03-05T00:00:00Z", List.of("outdated"), 1, "Old logo.")
                        .withPath("S:\\Marketing\\deck-a.pptx"),
                entry(12, HASH_B, "bob", "2025-03-01T00:00:00Z", List.of("worked"), 4, null)
                        .withPath("S:\\Marketing\\deck-b.pptx"),
                withdrawal(13, HASH_A, "bob", "2025-03-02T00:00:00Z"));
    }

    /** Everything a user of the store can see: current entries, histories and summaries. */
    private static List<Object> state(FeedbackDatabase database) {
        FeedbackRepository repository = new FeedbackRepository(database);
        return List.of(repository.list(Optional.empty()), repository.history(HASH_A), repository.history(HASH_B),
                repository.summaries(List.of(HASH_A, HASH_B)));
    }

    @Test
    void twoRepsLogsMergedInEitherOrderGiveTheSameState() throws Exception {
        Path aliceFirst = dir.resolve("team1");
        Path bobFirst = dir.resolve("team2");
        FeedbackDatabase one = database("one");
        FeedbackDatabase two = database("two");

        writeLog(aliceFirst, "alice.jsonl", aliceEvents());
        new TeamFolderSync(one).sync(aliceFirst);
        writeLog(aliceFirst, "bob.jsonl", bobEvents());
        new TeamFolderSync(one).sync(aliceFirst);

        writeLog(bobFirst, "bob.jsonl", bobEvents());
        new TeamFolderSync(two).sync(bobFirst);
        writeLog(bobFirst, "alice.jsonl", aliceEvents().reversed());
        new TeamFolderSync(two).sync(bobFirst);

        assertThat(state(one)).isEqualTo(state(two));
        FeedbackRepository repository = new FeedbackRepository(one);
        assertThat(repository.list(Optional.empty())).extracting(FeedbackEntry::id)
                .containsExactly(id(11), id(5), id(3), id(12));
        assertThat(repository.lastKnownPath(HASH_A)).contains("S:\\Marketing\\deck-a.pptx");
        assertThat(repository.lastKnownPath(HASH_B)).contains("/share/" + HASH_B.substring(0, 6) + ".pptx");
        assertThat(repository.summaries(List.of(HASH_B))).containsExactly(Map.entry(HASH_B,
                new FeedbackSummary(HASH_B, Map.of("customer asked", 1, "worked", 1), 4.5, 2, false)));
    }

    @Test
    void mergingAgainWithNothingNewReadsNothingAndChangesNothing() throws Exception {
        Path team = dir.resolve("team");
        writeLog(team, "alice.jsonl", aliceEvents());
        writeLog(team, "bob.jsonl", bobEvents());
        FeedbackDatabase database = database("db");
        TeamFolderSync sync = new TeamFolderSync(database);

        SyncResult first = sync.sync(team);
        List<Object> before = state(database);
        SyncResult second = sync.sync(team);

        assertThat(first).isEqualTo(new SyncResult(team, true, 0, 0, 2, 8, 0, 0, 0, List.of()));
        assertThat(second).isEqualTo(new SyncResult(team, true, 0, 0, 0, 0, 0, 0, 0, List.of()));
        assertThat(state(database)).isEqualTo(before);
    }

    @Test
    void eventsSeenTwiceAreMergedOnce() throws Exception {
        Path team = dir.resolve("team");
        writeLog(team, "alice.jsonl", aliceEvents());
        FeedbackDatabase database = database("db");
        TeamFolderSync sync = new TeamFolderSync(database);
        sync.sync(team);
        List<Object> before = state(database);

        TeamLogFiles.append(team.resolve("alice.jsonl"), aliceEvents().stream().map(codec::encode).toList());
        SyncResult again = sync.sync(team);

        assertThat(again.merged()).isZero();
        assertThat(again.alreadyKnown()).isEqualTo(5);
        assertThat(state(database)).isEqualTo(before);
    }

    @Test
    void corruptAndHalfWrittenLinesAreSkippedWithWarnings() throws Exception {
        Path team = dir.resolve("team");
        Files.createDirectories(team);
        String good1 = codec.encode(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        String good2 = codec.encode(entry(2, HASH_B, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 4, null));
        String impostor = codec.encode(entry(3, HASH_B, "bob", "2025-03-01T00:00:00Z", List.of("outdated"), 1, null));
        String badRating = good2.replace("\"rating\":4", "\"rating\":9").replace(id(2).toString(), id(4).toString());
        String halfWritten = good2.substring(0, 40);
        Files.writeString(team.resolve("alice.jsonl"), good1 + "\n"
                + "this is not json\n"
                + halfWritten + "\n"
                + "\n"
                + badRating + "\n"
                + impostor + "\n"
                + good2 + "\n"
                + halfWritten, StandardCharsets.UTF_8);

        SyncResult result = new TeamFolderSync(database("db")).sync(team);

        assertThat(result.merged()).isEqualTo(2);
        assertThat(result.skippedLines()).isEqualTo(4);
        assertThat(result.incompleteLines()).isEqualTo(1);
        assertThat(result.warnings()).containsExactly(
                "Skipped line 2 of alice.jsonl: not valid JSON.",
                "Skipped line 3 of alice.jsonl: not valid JSON.",
                "Skipped line 5 of alice.jsonl: the rating must be a whole number from 1 to 5, not 9.",
                "Skipped line 6 of alice.jsonl: written under another rep's name.",
                "alice.jsonl ends with an incomplete line; it will be read again at the next sync.");
    }

    @Test
    void feedbackRecordedOfflineIsQueuedAndPublishedWhenTheFolderIsBack() throws Exception {
        Path share = dir.resolve("share");
        Path team = TeamLogFiles.defaultFolder(share);
        FeedbackDatabase alice = database("alice");
        FeedbackRepository aliceRepository = new FeedbackRepository(alice);
        aliceRepository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, "Great."));
        aliceRepository.add(entry(2, HASH_B, "alice", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        TeamFolderSync aliceSync = new TeamFolderSync(alice);

        SyncResult offline = aliceSync.sync(team);
        assertThat(offline.reachable()).isFalse();
        assertThat(offline.queued()).isEqualTo(2);
        assertThat(offline.folderSentence()).isEqualTo("The team folder " + team + " cannot be reached: the folder "
                + share + " it would be made in does not exist; 2 entries wait for the next sync.");
        assertThat(team).doesNotExist();

        Files.createDirectories(share);
        Files.writeString(share.resolve("deck.pptx"), "the deck");
        SyncResult online = aliceSync.sync(team);
        assertThat(online.created()).isTrue();
        assertThat(online.folderSentence()).isEqualTo("Created the team folder " + team + ", as this is its first use.");
        assertThat(online.published()).isEqualTo(2);
        assertThat(online.queued()).isZero();
        assertThat(team.resolve("alice.jsonl")).exists();
        assertThat(aliceSync.sync(team).published()).isZero();

        FeedbackDatabase bob = database("bob");
        SyncResult bobSync = new TeamFolderSync(bob).sync(team);
        assertThat(bobSync.merged()).isEqualTo(2);
        assertThat(new FeedbackRepository(bob).list(Optional.empty()))
                .isEqualTo(aliceRepository.list(Optional.empty()));
    }

    @Test
    void aTeamFolderUsedBeforeThatIsGoneIsNotMadeAgainAndItsEntriesWaitForIt() throws Exception {
        Path team = dir.resolve("mnt/share/.collateral-feedback");
        Files.createDirectories(team.getParent());
        Files.writeString(team.getParent().resolve("deck.pptx"), "the deck");
        FeedbackDatabase alice = database("alice");
        FeedbackRepository repository = new FeedbackRepository(alice);
        TeamFolderSync sync = new TeamFolderSync(alice);
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.sync(team).published()).isEqualTo(1);
        Path away = Files.move(team.getParent(), dir.resolve("share-away")); // the share is unmounted
        Files.createDirectories(team.getParent()); // its mount point stays, empty

        repository.add(entry(2, HASH_B, "alice", "2025-03-02T00:00:00Z", List.of("needs update"), null, "Offline."));
        SyncResult offline = sync.sync(team);

        assertThat(offline.reachable()).isFalse();
        assertThat(offline.published()).isZero();
        assertThat(offline.queued()).isEqualTo(1);
        assertThat(offline.folderSentence()).isEqualTo("The team folder " + team + " cannot be reached: it is gone, "
                + "as when its share is not mounted; 1 entry waits for the next sync.");
        assertThat(team).doesNotExist();
        assertThat(sync.queued()).isEqualTo(1);

        Files.delete(team.getParent());
        Files.move(away, team.getParent()); // the share is back
        SyncResult back = sync.sync(team);

        assertThat(back.reachable()).isTrue();
        assertThat(back.created()).isFalse();
        assertThat(back.published()).isEqualTo(1);
        assertThat(back.queued()).isZero();
        assertThat(back.folderSentence()).isEmpty();
        SyncResult bob = new TeamFolderSync(database("bob")).sync(team);
        assertThat(bob.merged()).isEqualTo(2);
    }

    @Test
    void aNewTeamFolderIsNotMadeInAnEmptyFolderLikeTheMountPointOfAShareNotMountedYet() throws Exception {
        Path mountPoint = Files.createDirectories(dir.resolve("mnt/share"));
        Path team = mountPoint.resolve(".collateral-feedback");
        FeedbackDatabase alice = database("alice");
        new FeedbackRepository(alice).add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        TeamFolderSync sync = new TeamFolderSync(alice);

        SyncResult early = sync.sync(team);

        assertThat(early.reachable()).isFalse();
        assertThat(early.folderSentence()).isEqualTo("The team folder " + team + " cannot be reached: the folder "
                + mountPoint + " it would be made in is empty, like the mount point of a share that is not mounted (if "
                + "that is the right place, make .collateral-feedback in it yourself); 1 entry waits for the next sync.");
        assertThat(team).doesNotExist();

        Files.writeString(mountPoint.resolve("deck.pptx"), "the deck"); // the share is mounted
        SyncResult mounted = sync.sync(team);

        assertThat(mounted.created()).isTrue();
        assertThat(mounted.published()).isEqualTo(1);
    }

    @Test
    void aTeamFolderUsedBeforeThatNoLongerHoldsItsMarkerIsNotWrittenToWhateverElseItHolds() throws Exception {
        Path team = Files.createDirectories(dir.resolve("mnt/team"));
        FeedbackDatabase alice = database("alice");
        FeedbackRepository repository = new FeedbackRepository(alice);
        TeamFolderSync sync = new TeamFolderSync(alice);
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.sync(team).published()).isEqualTo(1);
        Path away = Files.move(team, dir.resolve("team-away"));
        Files.createDirectories(team);
        Files.writeString(team.resolve(".DS_Store"), "left by a file browser in the bare mount point");

        repository.add(entry(2, HASH_B, "alice", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        SyncResult unmounted = sync.sync(team);

        assertThat(unmounted.reachable()).isFalse();
        assertThat(unmounted.published()).isZero();
        assertThat(unmounted.folderSentence()).isEqualTo("The team folder " + team + " cannot be reached: it does not "
                + "hold the marker file .collateral-finder-team every sync leaves in it, nor a log with an entry "
                + "recorded on this computer, so it is not taken for the folder synced with before (as when its share "
                + "is not mounted); if it is that folder, restored or copied without its hidden files, put an empty "
                + "file named .collateral-finder-team back in it and sync again; 1 entry waits for the next sync.");
        try (var entries = Files.list(team)) {
            assertThat(entries).extracting(Path::getFileName).extracting(Path::toString).containsExactly(".DS_Store");
        }
        Files.delete(team.resolve(".DS_Store"));
        Files.delete(team);
        Files.move(away, team);
        assertThat(sync.sync(team).published()).isEqualTo(1);
        assertThat(Files.readAllLines(team.resolve("alice.jsonl"))).hasSize(2);
    }

    @Test
    void aFolderHoldingOtherFilesIsNotMadeTheTeamFolderSoItsMarkerNeverHidesDocuments() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        Files.writeString(share.resolve("Pricing Deck.txt"), "a document of the share");
        FeedbackDatabase alice = database("alice");
        new FeedbackRepository(alice).add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));

        SyncResult refused = new TeamFolderSync(alice).sync(share);

        assertThat(refused.reachable()).isFalse();
        assertThat(refused.published()).isZero();
        assertThat(refused.folderSentence()).isEqualTo("The team folder " + share + " cannot be reached: it holds "
                + "other files (such as Pricing Deck.txt), and the marker a team folder gets would make every laptop "
                + "skip them when indexing; choose or make a folder of its own for the team's feedback, such as "
                + share.resolve(".collateral-feedback") + "; 1 entry waits for the next sync.");
        try (var entries = Files.list(share)) {
            assertThat(entries).extracting(Path::getFileName).extracting(Path::toString).containsExactly("Pricing Deck.txt");
        }
    }

    @Test
    void anEmptyTeamFolderWithoutItsMarkerIsAnUnmountedShareAndIsLeftAlone() throws Exception {
        Path team = Files.createDirectories(dir.resolve("mnt/team"));
        FeedbackDatabase alice = database("alice");
        FeedbackRepository repository = new FeedbackRepository(alice);
        TeamFolderSync sync = new TeamFolderSync(alice);
        repository.add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        SyncResult first = sync.sync(team); // an empty folder never used before: the first use marks it
        assertThat(first.reachable()).isTrue();
        assertThat(first.created()).isFalse();
        assertThat(first.published()).isEqualTo(1);
        Path away = Files.move(team, dir.resolve("team-away"));
        Files.createDirectories(team); // the bare mount point of the unmounted share

        repository.add(entry(2, HASH_B, "alice", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        SyncResult unmounted = sync.sync(team);

        assertThat(unmounted.reachable()).isFalse();
        assertThat(unmounted.published()).isZero();
        assertThat(unmounted.folderSentence()).isEqualTo("The team folder " + team + " cannot be reached: it is empty, "
                + "without the marker file .collateral-finder-team every sync leaves in it, as when its share is not "
                + "mounted; once the share is back, sync again, or if the team's folder moved, choose its new place as "
                + "the team folder; 1 entry waits for the next sync.");
        try (var entries = Files.list(team)) {
            assertThat(entries).isEmpty();
        }

        Files.delete(team);
        Files.move(away, team);
        SyncResult back = sync.sync(team);
        assertThat(back.published()).isEqualTo(1);
        assertThat(Files.readAllLines(team.resolve("alice.jsonl"))).hasSize(2);
    }

    @Test
    void publishingAfterACutShortAppendKeepsTheNewLineIntact() throws Exception {
        Path team = dir.resolve("team");
        Files.createDirectories(team);
        String cut = codec.encode(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        Files.writeString(team.resolve("alice.jsonl"), cut.substring(0, 30), StandardCharsets.UTF_8);
        FeedbackDatabase alice = database("alice");
        new FeedbackRepository(alice).add(entry(2, HASH_B, "alice", "2025-03-02T00:00:00Z", List.of("worked"), 4, null));

        assertThat(new TeamFolderSync(alice).sync(team).published()).isEqualTo(1);
        SyncResult bob = new TeamFolderSync(database("bob")).sync(team);

        assertThat(bob.merged()).isEqualTo(1);
        assertThat(bob.skippedLines()).isEqualTo(1);
        assertThat(bob.incompleteLines()).isZero();
    }

    @Test
    void logFileNamesAreSafeOnEveryFileSystem() {
        assertThat(TeamLogFiles.logFileName("alice")).isEqualTo("alice.jsonl");
        assertThat(TeamLogFiles.logFileName("Jane Doe")).isEqualTo("jane_doe.jsonl");
        assertThat(TeamLogFiles.logFileName("CORP\\jdoe")).isEqualTo("corp_jdoe.jsonl");
        assertThat(TeamLogFiles.logFileName("../etc/passwd")).isEqualTo("_.._etc_passwd.jsonl");
        assertThat(TeamLogFiles.logFileName("con")).isEqualTo("con_.jsonl");
    }
}
