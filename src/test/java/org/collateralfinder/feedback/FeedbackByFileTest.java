package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_C;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.MovedFile;
import org.collateralfinder.model.PathChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which feedback belongs to which file, over a real H2 store and the files an index holds: feedback on a
 * content follows the file at the path an edit in place changed, only that file, on a laptop that never
 * saw the old content as on the one that did.
 */
class FeedbackByFileTest {

    private static final String PRICES = "/share/prices.txt";
    private static final String OTHER = "/share/other.txt";

    @TempDir
    Path temp;

    private FeedbackDatabase db;
    private FeedbackRepository repository;

    @BeforeEach
    void open() {
        db = FeedbackDatabase.open(temp.resolve("feedback"));
        repository = new FeedbackRepository(db, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static FeedbackEntry entry(int id, String hash, String path, String user, String instant, String tag,
                                       Integer rating) {
        return new FeedbackEntry(FeedbackFixtures.id(id), hash, path, user, Instant.parse(instant), List.of(tag), rating,
                null, null, null);
    }

    private FeedbackByFile index(KnownFile... files) {
        return repository.byFile(IndexedContents.of(List.of(files)));
    }

    @Test
    void feedbackOnAContentNoFileHasAnyMoreFollowsTheFileNowAtThePathItWasGivenAt() {
        repository.add(entry(1, HASH_A, PRICES, "ana", "2026-01-01T00:00:00Z", FeedbackTags.WORKED, 5));
        KnownFile prices = new KnownFile(HASH_B, PRICES); // edited in place before this laptop indexed it
        KnownFile other = new KnownFile(HASH_C, OTHER);

        FeedbackByFile files = index(prices, other);

        assertThat(files.contentsOf(prices)).containsExactly(HASH_B, HASH_A);
        assertThat(files.summary(prices).tagCounts()).containsExactly(Map.entry(FeedbackTags.WORKED, 1));
        assertThat(files.summary(other).isEmpty()).isTrue();
        assertThat(files.current(prices)).extracting(FeedbackEntry::user, FeedbackEntry::path)
                .containsExactly(tuple("ana", PRICES));
        FeedbackByFile.Matching worked = files.where(summary -> summary.tagCount(FeedbackTags.WORKED) > 0);
        assertThat(worked.paths()).containsExactly(PRICES);
        assertThat(worked.carryingPaths()).containsExactly(PRICES);
        assertThat(files.all(List.of(prices, other))).extracting(FeedbackEntry::path).containsExactly(PRICES);
    }

    @Test
    void feedbackStaysWithItsContentWhileAFileHasIt() {
        repository.add(entry(1, HASH_A, PRICES, "ana", "2026-01-01T00:00:00Z", FeedbackTags.WORKED, 5));
        // moved away, and another file put at its old path
        KnownFile moved = new KnownFile(HASH_A, "/share/archive/prices.txt");
        KnownFile newcomer = new KnownFile(HASH_B, PRICES);

        FeedbackByFile files = index(moved, newcomer);

        assertThat(files.contentsOf(newcomer)).containsExactly(HASH_B);
        assertThat(files.summary(newcomer).isEmpty()).isTrue();
        assertThat(files.summary(moved).count()).isEqualTo(1);
        assertThat(files.all(List.of(moved, newcomer))).extracting(FeedbackEntry::path)
                .containsExactly("/share/archive/prices.txt");
    }

    /** Retest 4, N5: old.txt overwritten with new.txt's content. */
    @Test
    void aFileOverwrittenWithAnothersContentCarriesItsFeedbackAndTheOtherFileKeepsOnlyItsOwn() {
        String old = "/share/old.txt";
        String fresh = "/share/new.txt";
        repository.add(entry(1, HASH_A, old, "rep1", "2026-01-01T00:00:00Z", FeedbackTags.OUTDATED, 1));
        repository.add(entry(2, HASH_B, fresh, "rep2", "2026-01-02T00:00:00Z", FeedbackTags.WORKED, 5));
        repository.recordEdits(List.of(new EditedFile(old, HASH_A, HASH_B)));
        KnownFile overwritten = new KnownFile(HASH_B, old);
        KnownFile untouched = new KnownFile(HASH_B, fresh);

        FeedbackByFile files = index(overwritten, untouched);

        assertThat(files.current(untouched)).extracting(FeedbackEntry::user).containsExactly("rep2");
        assertThat(files.current(overwritten)).extracting(FeedbackEntry::user).containsExactly("rep2", "rep1");
        FeedbackByFile.Matching outdated = files.where(summary -> summary.tagCount(FeedbackTags.OUTDATED) > 0);
        assertThat(outdated.paths()).containsExactly(old);
        assertThat(outdated.contents()).containsExactly(HASH_A); // no indexed file has it: matches nothing by content
        FeedbackByFile.Matching worked = files.where(summary -> summary.tagCount(FeedbackTags.WORKED) > 0);
        assertThat(worked.contents()).containsExactly(HASH_B);
        assertThat(worked.carryingPaths()).containsExactly(old);
        assertThat(worked.paths()).containsExactly(old);
        assertThat(files.summary(untouched).averageRating()).isEqualTo(5.0);
        assertThat(files.summary(overwritten).averageRating()).isEqualTo(3.0);
    }

    @Test
    void withdrawingOnTheEditedFileWithdrawsTheEntryItCarriesAndLeavesTheOtherFilesAlone() {
        repository.add(entry(1, HASH_A, PRICES, "ana", "2026-01-01T00:00:00Z", FeedbackTags.OUTDATED, 1));
        repository.add(entry(2, HASH_B, OTHER, "bo", "2026-01-02T00:00:00Z", FeedbackTags.WORKED, 5));
        KnownFile prices = new KnownFile(HASH_B, PRICES);
        KnownFile other = new KnownFile(HASH_B, OTHER);

        FeedbackWithdrawal withdrawn = index(prices, other).withdraw(prices, "ana");

        // on the content ana's entry was given on, which every laptop links to the file by the entry's path
        assertThat(withdrawn.contentHash()).isEqualTo(HASH_A);
        FeedbackByFile files = index(prices, other);
        assertThat(files.current(prices)).extracting(FeedbackEntry::user).containsExactly("bo");
        assertThat(files.current(other)).extracting(FeedbackEntry::user).containsExactly("bo");
        assertThat(files.history(prices)).extracting(item -> item.event().user(), FeedbackHistoryItem::current)
                .containsExactly(tuple("ana", false), tuple("bo", true), tuple("ana", false));
    }

    @Test
    void theRepsLatestEventOverTheContentsAFileHadIsTheirs() {
        repository.add(entry(1, HASH_A, PRICES, "ana", "2026-01-01T00:00:00Z", FeedbackTags.WORKED, 5));
        repository.add(entry(2, HASH_B, PRICES, "ana", "2026-02-01T00:00:00Z", FeedbackTags.OUTDATED, 2));
        KnownFile prices = new KnownFile(HASH_B, PRICES);

        FeedbackByFile files = index(prices);

        assertThat(files.summary(prices).tagCounts()).containsOnlyKeys(FeedbackTags.OUTDATED);
        assertThat(files.summary(prices).count()).isEqualTo(1);
        assertThat(files.current(prices)).extracting(FeedbackEntry::rating).containsExactly(2);
    }

    /**
     * An edit this computer saw is a fact about the path it saw it at: feedback given before the file was
     * renamed there follows it too (a laptop that did not see the edit has only the path the entry names).
     */
    @Test
    void anEditSeenHereCarriesFeedbackGivenUnderTheFilesEarlierName() {
        repository.add(entry(1, HASH_A, "/share/draft.txt", "ana", "2026-01-01T00:00:00Z", FeedbackTags.WORKED, 4));
        repository.recordEdits(List.of(new EditedFile(PRICES, HASH_A, HASH_B)));
        KnownFile prices = new KnownFile(HASH_B, PRICES);

        FeedbackByFile files = index(prices);

        assertThat(files.current(prices)).extracting(FeedbackEntry::user, FeedbackEntry::path)
                .containsExactly(tuple("ana", PRICES));
        assertThat(files.isCurrent()).isTrue();
        repository.add(entry(2, HASH_B, PRICES, "bo", "2026-01-03T00:00:00Z", FeedbackTags.WORKED, 5));
        assertThat(files.isCurrent()).isFalse();
    }

    /**
     * Window retest 6, N1: a file edited in place, then moved. It takes the feedback it carried along to its
     * new path (also after the database is opened again), and a file put at its old path later gets none.
     */
    @Test
    void aFileMovedAfterAnEditTakesTheFeedbackItCarriedAlongAndANewFileAtItsOldPathGetsNone() {
        String renamed = "/share/prices-2026.txt";
        repository.add(entry(1, HASH_A, PRICES, "ana", "2026-01-01T00:00:00Z", FeedbackTags.WORKED, 4));
        repository.recordEdits(List.of(new EditedFile(PRICES, HASH_A, HASH_B)));

        repository.recordChanges(new PathChanges(List.of(), List.of(new MovedFile(PRICES, renamed, HASH_B))));

        KnownFile moved = new KnownFile(HASH_B, renamed);
        KnownFile newcomer = new KnownFile(HASH_C, PRICES);
        FeedbackByFile files = index(moved, newcomer);
        assertThat(files.contentsOf(moved)).containsExactly(HASH_B, HASH_A);
        assertThat(files.current(moved)).extracting(FeedbackEntry::user, FeedbackEntry::path)
                .containsExactly(tuple("ana", renamed));
        assertThat(files.contentsOf(newcomer)).containsExactly(HASH_C);
        assertThat(files.all(List.of(moved, newcomer))).extracting(FeedbackEntry::path).containsExactly(renamed);
        db.close();
        db = FeedbackDatabase.open(temp.resolve("feedback"));
        repository = new FeedbackRepository(db);
        assertThat(index(moved, newcomer).contentsOf(moved)).containsExactly(HASH_B, HASH_A);
        assertThat(index(moved, newcomer).contentsOf(newcomer)).containsExactly(HASH_C);
    }

    /**
     * Retest 7, NEW E: a content nobody gave feedback on (the file an answer names as the fix), edited in place,
     * then moved: the file now at the new path carries it, as it would carry feedback.
     */
    @Test
    void aContentWithoutFeedbackEditedThenMovedIsCarriedByTheMovedFile() {
        String renamed = "/share/prices-2026.txt";
        repository.recordEdits(List.of(new EditedFile(PRICES, HASH_A, HASH_B)));
        repository.recordChanges(new PathChanges(List.of(), List.of(new MovedFile(PRICES, renamed, HASH_B))));

        FeedbackByFile files = index(new KnownFile(HASH_B, renamed), new KnownFile(HASH_C, PRICES));

        assertThat(files.carrierOf(HASH_A)).contains(renamed);
        assertThat(files.contentsOf(new KnownFile(HASH_B, renamed))).containsExactly(HASH_B);
        assertThat(files.carrierOf(HASH_C)).isEmpty();
    }

    /** Moved away and back again: the feedback is at the path the file is at now, on reopening too. */
    @Test
    void aFileMovedAwayAndBackCarriesItsFeedbackAtItsPathAgain() {
        String away = "/share/old/prices.txt";
        repository = new FeedbackRepository(db); // moves are replayed in the order of the times they were seen
        repository.add(entry(1, HASH_A, PRICES, "ana", "2026-01-01T00:00:00Z", FeedbackTags.WORKED, 4));
        repository.recordEdits(List.of(new EditedFile(PRICES, HASH_A, HASH_B)));
        repository.recordChanges(new PathChanges(List.of(), List.of(new MovedFile(PRICES, away, HASH_B))));
        repository.recordChanges(new PathChanges(List.of(), List.of(new MovedFile(away, PRICES, HASH_B))));
        repository.recordChanges(new PathChanges(List.of(), List.of(new MovedFile(PRICES, away, HASH_B))));
        repository.recordChanges(new PathChanges(List.of(), List.of(new MovedFile(away, PRICES, HASH_B))));

        KnownFile prices = new KnownFile(HASH_B, PRICES);
        KnownFile newcomer = new KnownFile(HASH_C, away);
        assertThat(index(prices, newcomer).contentsOf(prices)).containsExactly(HASH_B, HASH_A);
        assertThat(index(prices, newcomer).contentsOf(newcomer)).containsExactly(HASH_C);
        db.close();
        db = FeedbackDatabase.open(temp.resolve("feedback"));
        repository = new FeedbackRepository(db);
        assertThat(index(prices, newcomer).contentsOf(prices)).containsExactly(HASH_B, HASH_A);
        assertThat(index(prices, newcomer).contentsOf(newcomer)).containsExactly(HASH_C);
    }
}
