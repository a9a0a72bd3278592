package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collateralfinder.feedback.FeedbackFixtures.at;
import static org.collateralfinder.feedback.FeedbackFixtures.id;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share restored from a backup gives the team folder logs shorter than, or different from, what the laptops
 * read and wrote: every laptop (a data folder with its own H2 file) still ends with every entry, and nothing is
 * written twice. Merging is idempotent by entry id, so a log that no longer begins as it was read is read again
 * from its start, and a laptop puts back its own entries that the restored log lacks.
 */
class TeamLogRestoreTest {

    @TempDir
    Path dir;

    private final List<FeedbackDatabase> opened = new ArrayList<>();
    private final EventLogCodec codec = new EventLogCodec();

    @AfterEach
    void closeAll() {
        opened.forEach(FeedbackDatabase::close);
    }

    private FeedbackDatabase laptop(String name) {
        FeedbackDatabase database = FeedbackDatabase.open(dir.resolve(name).resolve("feedback"));
        opened.add(database);
        return database;
    }

    private static String hash(int file) {
        return ContentHasher.hash(("offset test emuword " + file).getBytes(StandardCharsets.UTF_8));
    }

    /** Entry {@code n} by {@code user} on file n, commented "<user> e<n>" (all lines of a log as long as each other). */
    private static FeedbackEntry entry(String user, int n) {
        return new FeedbackEntry(id(n), hash(n), "/share/f" + n + ".txt", user,
                at("2025-03-0" + n + "T00:00:00Z"), List.of("worked"), null, user + " e" + n, null, null);
    }

    private static void give(FeedbackDatabase laptop, String user, int... ns) {
        FeedbackRepository repository = new FeedbackRepository(laptop);
        for (int n : ns) {
            repository.add(entry(user, n));
        }
    }

    /** The comments of every entry the laptop knows, in order. */
    private static List<String> comments(FeedbackDatabase laptop) {
        return new FeedbackRepository(laptop).list(Optional.empty()).stream().map(FeedbackEntry::comment).sorted()
                .toList();
    }

    /** The comments of a log's lines, in the log's order. */
    private List<String> logComments(Path log) throws Exception {
        List<String> comments = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            comments.add(((FeedbackEntry) codec.decode(line.getBytes(StandardCharsets.UTF_8))).comment());
        }
        return comments;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(path));
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The share is restored from the backup: the team folder is what it was when the backup was taken. */
    private static void restore(Path backup, Path team) throws Exception {
        deleteTree(team);
        copyTree(backup, team);
    }

    private Path teamFolder() throws Exception {
        return Files.createDirectories(dir.resolve("share/.collateral-feedback"));
    }

    @Test
    void aLogRestoredFromABackupAndGrownAgainIsReadFromItsStartSoEveryLaptopGetsEveryEntry() throws Exception {
        Path team = teamFolder();
        Path backup = dir.resolve("backup");
        FeedbackDatabase a = laptop("A80");
        FeedbackDatabase b = laptop("B80");
        give(b, "bob80", 1);
        new TeamFolderSync(b).sync(team);
        copyTree(team, backup); // the nightly backup of the share
        give(b, "bob80", 2, 3);
        assertThat(new TeamFolderSync(b).sync(team).published()).isEqualTo(2);
        assertThat(new TeamFolderSync(a).sync(team).merged()).isEqualTo(3);
        restore(backup, team);

        give(b, "bob80", 4, 5, 6);
        SyncResult bobAfterRestore = new TeamFolderSync(b).sync(team);
        SyncResult aAfterRestore = new TeamFolderSync(a).sync(team);
        FeedbackDatabase c = laptop("C80"); // a new laptop
        SyncResult cFirst = new TeamFolderSync(c).sync(team);

        List<String> all = List.of("bob80 e1", "bob80 e2", "bob80 e3", "bob80 e4", "bob80 e5", "bob80 e6");
        assertThat(bobAfterRestore.published()).isEqualTo(5); // e4-e6, then e2 and e3 the restored log lacked
        assertThat(bobAfterRestore.warnings()).isEmpty();
        assertThat(logComments(team.resolve("bob80.jsonl")))
                .containsExactly("bob80 e1", "bob80 e4", "bob80 e5", "bob80 e6", "bob80 e2", "bob80 e3");
        assertThat(aAfterRestore.merged()).isEqualTo(3);
        assertThat(aAfterRestore.warnings()).isEmpty();
        assertThat(cFirst.merged()).isEqualTo(6);
        for (FeedbackDatabase laptop : List.of(a, b, c)) {
            assertThat(comments(laptop)).isEqualTo(all);
        }
        assertThat(new TeamFolderSync(a).sync(team).merged()).isZero();
        assertThat(new TeamFolderSync(b).sync(team).published()).isZero();
    }

    @Test
    void aRestoredLogThatGrewBackToTheLengthAlreadyReadIsReadAgain() throws Exception {
        Path team = teamFolder();
        Path backup = dir.resolve("backup");
        FeedbackDatabase a = laptop("A");
        FeedbackDatabase bobsDesktop = laptop("bob-desktop");
        give(bobsDesktop, "bob", 1);
        new TeamFolderSync(bobsDesktop).sync(team);
        copyTree(team, backup);
        give(bobsDesktop, "bob", 2, 3);
        new TeamFolderSync(bobsDesktop).sync(team);
        assertThat(new TeamFolderSync(a).sync(team).merged()).isEqualTo(3);
        long lengthRead = Files.size(team.resolve("bob.jsonl"));
        restore(backup, team);

        FeedbackDatabase bobsLaptop = laptop("bob-laptop"); // bob's other computer, same log, knows nothing of e2, e3
        new TeamFolderSync(bobsLaptop).sync(team);
        give(bobsLaptop, "bob", 4, 5);
        new TeamFolderSync(bobsLaptop).sync(team);
        assertThat(Files.size(team.resolve("bob.jsonl"))).isEqualTo(lengthRead); // e1, e4, e5: as long as e1, e2, e3

        SyncResult aAfterRestore = new TeamFolderSync(a).sync(team);

        assertThat(aAfterRestore.merged()).isEqualTo(2);
        assertThat(comments(a)).containsExactly("bob e1", "bob e2", "bob e3", "bob e4", "bob e5");
    }

    @Test
    void ownEntriesARestoredLogLacksArePublishedAgain() throws Exception {
        Path team = teamFolder();
        Path backup = dir.resolve("backup");
        FeedbackDatabase lapA = laptop("lapA");
        FeedbackDatabase lapB = laptop("lapB");
        give(lapA, "ann", 1);
        new TeamFolderSync(lapA).sync(team);
        copyTree(team, backup);
        give(lapA, "ann", 2); // "A delta after backup"
        assertThat(new TeamFolderSync(lapA).sync(team).published()).isEqualTo(1);
        restore(backup, team);

        SyncResult afterRestore = new TeamFolderSync(lapA).sync(team);
        SyncResult again = new TeamFolderSync(lapA).sync(team);
        SyncResult lapBSync = new TeamFolderSync(lapB).sync(team);

        assertThat(afterRestore.published()).isEqualTo(1);
        assertThat(afterRestore.queued()).isZero();
        assertThat(again.published()).isZero();
        assertThat(logComments(team.resolve("ann.jsonl"))).containsExactly("ann e1", "ann e2");
        assertThat(lapBSync.merged()).isEqualTo(2);
        assertThat(comments(lapB)).containsExactly("ann e1", "ann e2");
    }

    @Test
    void ownLogMissingFromARestoredFolderIsWrittenAgain() throws Exception {
        Path team = teamFolder();
        Path backup = dir.resolve("backup");
        FeedbackDatabase lapA = laptop("lapA");
        FeedbackDatabase lapB = laptop("lapB");
        give(lapB, "bea", 3);
        new TeamFolderSync(lapB).sync(team);
        copyTree(team, backup); // taken before ann ever synced
        give(lapA, "ann", 1, 2);
        new TeamFolderSync(lapA).sync(team);
        restore(backup, team);

        SyncResult afterRestore = new TeamFolderSync(lapA).sync(team);
        SyncResult lapBSync = new TeamFolderSync(lapB).sync(team);

        assertThat(afterRestore.published()).isEqualTo(2);
        assertThat(logComments(team.resolve("ann.jsonl"))).containsExactly("ann e1", "ann e2");
        assertThat(lapBSync.merged()).isEqualTo(2);
        assertThat(comments(lapB)).containsExactly("ann e1", "ann e2", "bea e3");
    }

    /** The report's "Skipped line 2 of pat.jsonl: not valid JSON.": a log read from a position of another log. */
    @Test
    void aLogReplacedByAnotherIsReadFromItsStartWithoutWarnings() throws Exception {
        Path team = teamFolder();
        FeedbackDatabase p70 = laptop("p70");
        FeedbackDatabase q70 = laptop("q70");
        new FeedbackRepository(p70).add(new FeedbackEntry(id(1), hash(1), "/share/a.txt", "pat",
                at("2025-03-01T00:00:00Z"), List.of("worked"), null, "P before", null, null));
        new TeamFolderSync(p70).sync(team);
        assertThat(new TeamFolderSync(q70).sync(team).merged()).isEqualTo(1);
        FeedbackEntry whileAway = new FeedbackEntry(id(2), hash(2), "/share/b.txt", "pat", at("2025-03-02T00:00:00Z"),
                List.of("outdated"), null, "P while away, a longer comment than the first", null, null);
        Files.writeString(team.resolve("pat.jsonl"), codec.encode(whileAway) + "\n", StandardCharsets.UTF_8);

        SyncResult q70Sync = new TeamFolderSync(q70).sync(team);

        assertThat(q70Sync.warnings()).isEmpty();
        assertThat(q70Sync.skippedLines()).isZero();
        assertThat(q70Sync.merged()).isEqualTo(1);
        assertThat(comments(q70)).containsExactly("P before", "P while away, a longer comment than the first");
    }

    @Test
    void switchingTheTeamFolderBackAndForthWritesEachEntryOnce() throws Exception {
        Path one = Files.createDirectories(dir.resolve("share1/.collateral-feedback"));
        Path two = Files.createDirectories(dir.resolve("share2/.collateral-feedback"));
        FeedbackDatabase lap = laptop("lap");
        TeamFolderSync sync = new TeamFolderSync(lap);
        give(lap, "charlie", 1);
        sync.sync(one);
        give(lap, "charlie", 2);
        SyncResult toTwo = sync.sync(two);
        give(lap, "charlie", 3);
        SyncResult backToOne = sync.sync(one);
        SyncResult backToTwo = sync.sync(two);

        assertThat(toTwo.published()).isEqualTo(2);
        assertThat(backToOne.published()).isEqualTo(2);
        assertThat(backToTwo.published()).isEqualTo(1);
        // e2, given while syncing with the other folder, is what this log lacked: found before publishing, it is
        // written with the queued e3, in the order they were given
        assertThat(logComments(one.resolve("charlie.jsonl"))).containsExactly("charlie e1", "charlie e2", "charlie e3");
        assertThat(logComments(two.resolve("charlie.jsonl"))).containsExactly("charlie e1", "charlie e2", "charlie e3");
        assertThat(sync.sync(one).published()).isZero();
        assertThat(logComments(one.resolve("charlie.jsonl"))).hasSize(3);
    }

    /** Round 9, NEW G: each switch back to a folder that had not changed read this computer's logs there again. */
    @Test
    void switchingBackToAFolderThatDidNotChangeReportsNoChangedLogs() throws Exception {
        Path one = Files.createDirectories(dir.resolve("share1/.collateral-feedback"));
        Path two = Files.createDirectories(dir.resolve("share2/.collateral-feedback"));
        FeedbackDatabase other = laptop("other");
        give(other, "dora", 5);
        new TeamFolderSync(other).sync(one);
        new TeamFolderSync(other).sync(two);
        FeedbackDatabase lap = laptop("lap");
        TeamFolderSync sync = new TeamFolderSync(lap);
        give(lap, "charlie", 1);
        give(lap, "erin", 2);
        sync.sync(one);
        sync.sync(two);

        List<SyncResult> back = List.of(sync.sync(one), sync.sync(two), sync.sync(one));

        assertThat(back).extracting(SyncResult::logsRead).containsExactly(0, 0, 0);
        assertThat(back).extracting(SyncResult::published).containsExactly(0, 0, 0);
        assertThat(back).extracting(SyncResult::alreadyKnown).containsExactly(0, 0, 0);
        give(lap, "charlie", 3); // given while syncing with two: one lacks it, found without reading anything else
        sync.sync(two);
        SyncResult changed = sync.sync(one);
        assertThat(changed.published()).isEqualTo(1);
        assertThat(changed.logsRead()).isEqualTo(1); // charlie.jsonl, which this sync wrote
        assertThat(logComments(one.resolve("charlie.jsonl"))).containsExactly("charlie e1", "charlie e3");
    }

    /** Nearby: a read-only folder lacking this computer's entries queued them, and the next folder got them twice. */
    @Test
    void aFolderThatCannotBeWrittenQueuesNothingThatTheNextFolderHoldsAlready() throws Exception {
        Path one = Files.createDirectories(dir.resolve("share1/.collateral-feedback"));
        Path readOnly = Files.createDirectories(dir.resolve("share2/.collateral-feedback"));
        FeedbackDatabase other = laptop("other");
        give(other, "dora", 5);
        new TeamFolderSync(other).sync(readOnly);
        FeedbackDatabase lap = laptop("lap");
        TeamFolderSync sync = new TeamFolderSync(lap);
        give(lap, "charlie", 1, 2);
        sync.sync(one);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            SyncResult cannotWrite = sync.sync(readOnly);
            assertThat(cannotWrite.writable()).isFalse();
            assertThat(cannotWrite.merged()).isEqualTo(1);
            assertThat(cannotWrite.queued()).isZero();

            SyncResult backToOne = sync.sync(one);
            assertThat(backToOne.published()).isZero();
            assertThat(logComments(one.resolve("charlie.jsonl"))).containsExactly("charlie e1", "charlie e2");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        SyncResult writableNow = sync.sync(readOnly); // the entries it lacks reach it once it can be written
        assertThat(writableNow.published()).isEqualTo(2);
        assertThat(logComments(readOnly.resolve("charlie.jsonl"))).containsExactly("charlie e1", "charlie e2");
    }

    @Test
    void answersARestoredResponsesLogLacksArePublishedAgainAndReadByEveryone() throws Exception {
        Path team = teamFolder();
        Path responses = Files.createDirectories(team.resolve(ResponderRole.FOLDER_NAME));
        Files.setPosixFilePermissions(responses, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path backup = dir.resolve("backup");
        FeedbackDatabase rep = laptop("rep");
        FeedbackDatabase marketing = laptop("marketing");
        give(rep, "alice", 1);
        new TeamFolderSync(rep).sync(team);
        new TeamFolderSync(marketing).sync(team);
        List<UUID> answers = new ArrayList<>();
        answers.add(answer(marketing, team, 1));
        new TeamFolderSync(marketing).sync(team);
        copyTree(team, backup);
        answers.add(answer(marketing, team, 2));
        new TeamFolderSync(marketing).sync(team);
        assertThat(new TeamFolderSync(rep).sync(team).answersMerged()).isEqualTo(2);
        restore(backup, team);

        answers.add(answer(marketing, team, 3));
        SyncResult marketingAfterRestore = new TeamFolderSync(marketing).sync(team);
        SyncResult repAfterRestore = new TeamFolderSync(rep).sync(team);
        FeedbackDatabase newLaptop = laptop("new");
        new TeamFolderSync(newLaptop).sync(team);

        assertThat(marketingAfterRestore.answersPublished()).isEqualTo(2); // the third, then the second again
        assertThat(repAfterRestore.answersMerged()).isEqualTo(1);
        assertThat(repAfterRestore.warnings()).isEmpty();
        for (FeedbackDatabase laptop : List.of(rep, marketing, newLaptop)) {
            assertThat(laptop.read(ResponseTable::all)).extracting(FeedbackResponse::id)
                    .containsExactlyInAnyOrderElementsOf(answers);
        }
        assertThat(Files.readAllLines(responses.resolve("maria.jsonl"))).hasSize(3);
    }

    /** Nearby: marketing switching to a team folder without a responses folder, and back, wrote an answer twice. */
    @Test
    void answersWaitForNoFolderWithoutAResponsesFolderWhenMarketingSwitchesFolders() throws Exception {
        Path one = teamFolder();
        Files.createDirectories(one.resolve(ResponderRole.FOLDER_NAME));
        Path two = Files.createDirectories(dir.resolve("share2/.collateral-feedback"));
        FeedbackDatabase rep = laptop("rep");
        FeedbackDatabase marketing = laptop("marketing");
        give(rep, "alice", 1);
        new TeamFolderSync(rep).sync(one);
        new TeamFolderSync(marketing).sync(one);
        answer(marketing, one, 1);
        assertThat(new TeamFolderSync(marketing).sync(one).answersPublished()).isEqualTo(1);

        SyncResult toTwo = new TeamFolderSync(marketing).sync(two);
        SyncResult backToOne = new TeamFolderSync(marketing).sync(one);

        assertThat(toTwo.warnings()).isEmpty();
        assertThat(List.of(toTwo.answersPublished(), backToOne.answersPublished())).containsExactly(0, 0);
        assertThat(Files.readAllLines(one.resolve(ResponderRole.FOLDER_NAME).resolve("maria.jsonl"))).hasSize(1);
    }

    /** Maria answers alice's feedback on file 1, the {@code n}th time (a day apart). */
    private static UUID answer(FeedbackDatabase marketing, Path team, int n) {
        Clock clock = Clock.fixed(Instant.parse("2025-04-0" + n + "T09:00:00Z"), ZoneOffset.UTC);
        KnownFile file = new KnownFile(hash(1), "/share/f1.txt");
        return new FeedbackResponses(marketing, clock).respond(new FeedbackResponses.Answer(file,
                Optional.of("alice"), ResponseStatus.ACKNOWLEDGED, "Seen, " + n + ".", null, null, "maria"),
                new FeedbackRepository(marketing).byFile(IndexedContents.of(List.of(file))), team)
                .getFirst().id();
    }
}
