package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_C;
import static org.collateralfinder.feedback.FeedbackFixtures.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team folder used before that lost only its marker file (a restore or copy tool that skips hidden files) is
 * known by the entries recorded on this computer in its log there: it is synced with and marked again. A folder that
 * holds none of them (empty, other files, another rep's log only) is still taken for a share that is not mounted,
 * and the sentence says how to put the marker back.
 */
class TeamFolderMarkerTest {

    private static final String MARKER = ".collateral-finder-team";

    @TempDir
    Path dir;

    private final List<FeedbackDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        opened.forEach(FeedbackDatabase::close);
        try (Stream<Path> paths = Files.walk(dir)) { // let @TempDir delete what a test made read-only
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

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    /** Round 9, NEW F: every laptop that had synced was locked out of a team folder restored without its marker. */
    @Test
    void aTeamFolderThatLostOnlyItsMarkerButHoldsThisComputersEntriesIsSyncedAndMarkedAgain() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/team"));
        FeedbackDatabase alice = laptop("alice");
        TeamFolderSync sync = new TeamFolderSync(alice);
        new FeedbackRepository(alice).add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.sync(team).published()).isEqualTo(1);
        FeedbackDatabase bob = laptop("bob");
        new FeedbackRepository(bob).add(entry(2, HASH_B, "bob", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        assertThat(new TeamFolderSync(bob).sync(team).published()).isEqualTo(1);
        Files.delete(team.resolve(MARKER)); // restored by a tool that skips dot-files
        new FeedbackRepository(alice).add(entry(3, HASH_C, "alice", "2025-03-03T00:00:00Z", List.of("worked"), 4, null));

        SyncResult back = sync.sync(team);

        assertThat(back.reachable()).isTrue();
        assertThat(back.writable()).isTrue();
        assertThat(back.recognisedBy()).isEqualTo("alice.jsonl");
        assertThat(back.published()).isEqualTo(1);
        assertThat(back.merged()).isEqualTo(1);
        assertThat(back.queued()).isZero();
        assertThat(back.folderSentence()).isEqualTo("The team folder " + team + " had lost its marker file " + MARKER
                + " (as a copy or restore that skips hidden files leaves it); it holds this computer's entries in "
                + "alice.jsonl, so it is the folder synced with before, and the marker was written again.");
        assertThat(names(team)).containsExactly(MARKER, "alice.jsonl", "bob.jsonl");
        assertThat(Files.readAllLines(team.resolve("alice.jsonl"))).hasSize(2);

        SyncResult next = sync.sync(team);
        assertThat(next.recognisedBy()).isNull();
        assertThat(next.folderSentence()).isEmpty();
        assertThat(next.logsRead()).isZero();
    }

    @Test
    void aFolderUsedBeforeWithoutItsMarkerHoldingNoEntryRecordedHereIsRefusedWithHowToPutItBack() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/team"));
        FeedbackDatabase alice = laptop("alice");
        TeamFolderSync sync = new TeamFolderSync(alice);
        new FeedbackRepository(alice).add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.sync(team).published()).isEqualTo(1);
        Path away = Files.move(team, dir.resolve("team-away"));
        // what stands there now: bob's log, and a log in alice's name written by another computer of hers
        Path stray = Files.createDirectories(team);
        FeedbackDatabase other = laptop("other");
        new FeedbackRepository(other).add(entry(7, HASH_B, "bob", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        new FeedbackRepository(other).add(entry(8, HASH_C, "alice", "2025-03-02T00:00:00Z", List.of("worked"), 3, null));
        new TeamFolderSync(other).sync(Files.createDirectories(dir.resolve("elsewhere/team")));
        Files.copy(dir.resolve("elsewhere/team/bob.jsonl"), stray.resolve("bob.jsonl"));
        Files.copy(dir.resolve("elsewhere/team/alice.jsonl"), stray.resolve("alice.jsonl"));
        new FeedbackRepository(alice).add(entry(2, HASH_B, "alice", "2025-03-03T00:00:00Z", List.of("outdated"), 2, null));

        SyncResult refused = sync.sync(team);

        assertThat(refused.reachable()).isFalse();
        assertThat(refused.published()).isZero();
        assertThat(refused.merged()).isZero();
        assertThat(refused.folderSentence()).isEqualTo("The team folder " + team + " cannot be reached: it does not "
                + "hold the marker file " + MARKER + " every sync leaves in it, nor a log with an entry recorded on "
                + "this computer, so it is not taken for the folder synced with before (as when its share is not "
                + "mounted); if it is that folder, restored or copied without its hidden files, put an empty file "
                + "named " + MARKER + " back in it and sync again; 1 entry waits for the next sync.");
        assertThat(names(team)).containsExactly("alice.jsonl", "bob.jsonl");
        assertThat(Files.readAllLines(team.resolve("alice.jsonl"))).hasSize(1);

        Files.createFile(team.resolve(MARKER)); // what the sentence says to do
        SyncResult marked = sync.sync(team);
        assertThat(marked.reachable()).isTrue();
        assertThat(marked.published()).isEqualTo(2); // entry 1 was never in this folder, entry 2 waited
        assertThat(marked.merged()).isEqualTo(2);
        Files.delete(team.resolve(MARKER));
        try (Stream<Path> paths = Files.walk(team)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.move(away, team);
        assertThat(sync.sync(team).reachable()).isTrue();
    }

    @Test
    void anEmptyFolderOrOneWithUnrelatedFilesIsStillTakenForAShareThatIsNotMounted() throws Exception {
        Path team = Files.createDirectories(dir.resolve("mnt/team"));
        FeedbackDatabase alice = laptop("alice");
        TeamFolderSync sync = new TeamFolderSync(alice);
        new FeedbackRepository(alice).add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.sync(team).published()).isEqualTo(1);
        Files.move(team, dir.resolve("team-away"));
        Files.createDirectories(team);

        SyncResult empty = sync.sync(team);
        Files.writeString(team.resolve("notes.txt"), "a stray file");
        Files.createDirectories(team.resolve("responses"));
        SyncResult unrelated = sync.sync(team);

        assertThat(empty.folderSentence()).startsWith("The team folder " + team + " cannot be reached: it is empty");
        assertThat(unrelated.reachable()).isFalse();
        assertThat(unrelated.folderSentence()).contains("nor a log with an entry recorded on this computer");
        assertThat(names(team)).containsExactly("notes.txt", "responses");
    }

    @Test
    void aReadOnlyTeamFolderThatLostItsMarkerIsStillMergedFromAndSaysItCannotBeWritten() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/team"));
        FeedbackDatabase alice = laptop("alice");
        TeamFolderSync sync = new TeamFolderSync(alice);
        new FeedbackRepository(alice).add(entry(1, HASH_A, "alice", "2025-03-01T00:00:00Z", List.of("worked"), 5, null));
        assertThat(sync.sync(team).published()).isEqualTo(1);
        FeedbackDatabase bob = laptop("bob");
        new FeedbackRepository(bob).add(entry(2, HASH_B, "bob", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        new TeamFolderSync(bob).sync(team);
        Files.delete(team.resolve(MARKER));
        Files.setPosixFilePermissions(team, PosixFilePermissions.fromString("r-xr-xr-x"));

        SyncResult readOnly = sync.sync(team);

        assertThat(readOnly.reachable()).isTrue();
        assertThat(readOnly.writable()).isFalse();
        assertThat(readOnly.recognisedBy()).isEqualTo("alice.jsonl");
        assertThat(readOnly.merged()).isEqualTo(1);
        assertThat(readOnly.folderSentence()).isEqualTo("The team folder " + team + " cannot be written (read-only or "
                + "no permission); 0 entries wait for the next sync.");
        assertThat(names(team)).containsExactly("alice.jsonl", "bob.jsonl");
    }

    @Test
    void aLogOfAnswersGivenHereAlsoShowsTheFolderIsTheTeams() throws Exception {
        Path team = Files.createDirectories(dir.resolve("share/team"));
        Files.createDirectories(team.resolve("responses"));
        FeedbackDatabase bob = laptop("bob");
        new FeedbackRepository(bob).add(entry(2, HASH_B, "bob", "2025-03-02T00:00:00Z", List.of("outdated"), null, null));
        new TeamFolderSync(bob).sync(team);
        FeedbackDatabase maria = laptop("maria"); // marketing: answers, no feedback of her own
        TeamFolderSync sync = new TeamFolderSync(maria);
        sync.sync(team);
        KnownFile file = new KnownFile(HASH_B, "/share/deck-b.pptx");
        new FeedbackResponses(maria).respond(new FeedbackResponses.Answer(file, Optional.of("bob"),
                ResponseStatus.ACKNOWLEDGED, "On it.", null, null, "maria"),
                new FeedbackRepository(maria).byFile(IndexedContents.of(List.of(file))), team);
        assertThat(sync.sync(team).answersPublished()).isEqualTo(1);
        Files.delete(team.resolve(MARKER));

        SyncResult back = sync.sync(team);

        assertThat(back.reachable()).isTrue();
        assertThat(back.recognisedBy()).isEqualTo("responses/maria.jsonl");
        assertThat(team.resolve(MARKER)).isRegularFile();
    }
}
