package org.collateralfinder.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinned copies with real files: pin, open while the share is gone, refresh, budget, unpin. */
class OfflineStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589Z");
    private static final FileTime ORIGINAL_TIME = FileTime.from(Instant.parse("2025-01-01T08:00:00Z"));

    @TempDir
    Path tmp;

    private Path share;
    private Path offlineDir;
    private Path settingsFile;
    private OfflineStore store;

    @BeforeEach
    void createShareAndStore() throws IOException {
        share = Files.createDirectories(tmp.resolve("share"));
        offlineDir = tmp.resolve("data/offline");
        settingsFile = tmp.resolve("data/offline.properties");
        store = newStore();
    }

    private OfflineStore newStore() {
        return new OfflineStore(offlineDir, new OfflineSettings(settingsFile), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, ORIGINAL_TIME);
        return file;
    }

    private static Path write(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        return file;
    }

    private Path expectedCopyRoot(Path pinned) {
        return offlineDir.resolve("files").resolve(OfflineStore.hash16(pinned.toString())).resolve(pinned.getFileName().toString());
    }

    private List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void pinnedFileOpensFromItsCopyWhileTheShareIsGone() throws IOException {
        Path deck = write(share.resolve("Decks/Retail Pitch.pptx"), "retail pitch v1");

        PinResult r = store.pin(deck);

        Path copy = expectedCopyRoot(deck);
        assertThat(r.pin()).isEqualTo(new Pin(deck.toString(), false, copy, 15, 1, NOW));
        assertThat(r.alreadyPinned()).isFalse();
        assertThat(r.copiedFiles()).isEqualTo(1);
        Files.move(share, tmp.resolve("share-unmounted"));
        assertThat(store.copyFor(deck.toString())).contains(copy);
        assertThat(Files.readString(copy)).isEqualTo("retail pitch v1");
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(ORIGINAL_TIME);
        assertThat(store.isPinned(deck.toString())).isTrue();
        assertThat(store.files()).containsExactly(new PinnedFile(deck.toString(), copy, 15, ORIGINAL_TIME.toInstant(),
                ContentHasher.hash("retail pitch v1".getBytes()), NOW, deck.toString()));
    }

    @Test
    void pinnedFolderCopiesEveryFileButHiddenAndTemporaryOnesKeepingItsLayout() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail 2025.xlsx"), "retail prices");
        Path terms = write(pricing.resolve("Legal/Terms.pdf"), "terms");
        write(pricing.resolve("~$Retail 2025.xlsx"), "lock");
        write(pricing.resolve("draft.tmp"), "temp");
        write(pricing.resolve(".hidden"), "hidden");
        write(pricing.resolve(".git/config"), "vcs");
        write(share.resolve("Elsewhere.txt"), "not pinned");

        PinResult r = store.pin(pricing);

        Path copyRoot = expectedCopyRoot(pricing);
        assertThat(r.pin()).isEqualTo(new Pin(pricing.toString(), true, copyRoot, 18, 2, NOW));
        assertThat(r.failed()).isEmpty();
        assertThat(filesUnder(offlineDir.resolve("files")))
                .containsExactly(copyRoot.resolve("Legal/Terms.pdf"), copyRoot.resolve("Retail 2025.xlsx"));
        Files.move(pricing, tmp.resolve("moved-away"));
        assertThat(store.copyFor(sheet.toString())).contains(copyRoot.resolve("Retail 2025.xlsx"));
        assertThat(store.copyFor(terms.toString())).contains(copyRoot.resolve("Legal/Terms.pdf"));
        assertThat(store.copyFor(share.resolve("Elsewhere.txt").toString())).isEmpty();
        assertThat(store.isPinned(pricing.resolve("Legal").toString())).isTrue();
        assertThat(store.isPinned(share.resolve("Elsewhere.txt").toString())).isFalse();
    }

    @Test
    void refreshRecopiesAnOriginalThatChanged() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "old prices");
        write(pricing.resolve("Terms.pdf"), "terms");
        store.pin(pricing);
        Files.writeString(sheet, "new prices, 2025");
        Files.setLastModifiedTime(sheet, FileTime.from(Instant.parse("2025-02-01T08:00:00Z")));

        RefreshSummary r = store.refresh();

        assertThat(r).isEqualTo(new RefreshSummary(List.of(sheet.toString()), List.of(), 1, List.of(), List.of(), false));
        Path copy = store.copyFor(sheet.toString()).orElseThrow();
        assertThat(Files.readString(copy)).isEqualTo("new prices, 2025");
        assertThat(store.files().getFirst().contentHash()).isEqualTo(ContentHasher.hash(sheet));
        assertThat(store.list().usedBytes()).isEqualTo(16 + 5);
        assertThat(filesUnder(offlineDir.resolve("staging"))).isEmpty();
    }

    /**
     * b13c: with the share reached only through its source's alias (another mount of it), refresh called the pin
     * unreachable and copied nothing, the copy was not found for the alias path and the pin could not be removed
     * through it. Pins follow the share as the index's documents do; the copies stay under the pinned path.
     */
    @Test
    void pinsFollowTheShareToTheAliasItIsReachedAt() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "old prices");
        write(pricing.resolve("Terms.pdf"), "terms");
        Path alias = tmp.resolve("Volumes-share");
        store.followingAliases(() -> List.of(new SourceRegistry.SourceFolder(share.toString(), List.of(),
                List.of(alias.toString()))));
        store.pin(pricing);
        Files.move(share, alias); // the same share, now mounted at the alias only
        Path sheetThere = alias.resolve("Pricing/Retail.xlsx");
        Files.writeString(sheetThere, "new prices, 2025");

        RefreshSummary r = store.refresh();

        assertThat(r).isEqualTo(new RefreshSummary(List.of(sheet.toString()), List.of(), 1, List.of(), List.of(), false));
        assertThat(Files.readString(store.copyFor(sheetThere.toString()).orElseThrow())).isEqualTo("new prices, 2025");
        assertThat(store.copyFor(sheet.toString())).isEqualTo(store.copyFor(sheetThere.toString()));
        assertThat(store.isPinned(alias.resolve("Pricing").toString())).isTrue();
        PinResult again = store.pin(alias.resolve("Pricing")); // already pinned, through the other mount
        assertThat(again.pin().path()).isEqualTo(pricing.toString());
        assertThat(store.list().pins()).extracting(Pin::path).containsExactly(pricing.toString());
        assertThat(store.unpin(alias.resolve("Pricing"))).extracting(Pin::path).containsExactly(pricing.toString());
        assertThat(store.isPinned(sheetThere.toString())).isFalse();

        // b13d: pinned at the path the index still holds, before an index run saw the share move: read at the alias
        write(alias.resolve("Brochures/Spring.pdf"), "spring");
        PinResult brochures = store.pin(share.resolve("Brochures"));
        assertThat(brochures.pin().path()).isEqualTo(share.resolve("Brochures").toString());
        assertThat(brochures.pin().files()).isEqualTo(1);
        assertThat(Files.readString(store.copyFor(alias.resolve("Brochures/Spring.pdf").toString()).orElseThrow()))
                .isEqualTo("spring");
        assertThat(store.files()).extracting(PinnedFile::originalPath).containsExactly(
                share.resolve("Brochures/Spring.pdf").toString());
    }

    /** b13b: an edit that keeps the size and puts the old modification time back left the old copy in place. */
    @Test
    void refreshRecopiesAnOriginalEditedKeepingItsSizeAndTime() throws IOException {
        assumeThat(FileSystemAccess.DEFAULT_HAS_UNIX_VIEW).as("a file system with status-change times").isTrue();
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "old prices");
        write(pricing.resolve("Terms.pdf"), "terms");
        store.pin(pricing);
        FileTime modified = Files.getLastModifiedTime(sheet);
        Files.writeString(sheet, "new prices");
        Files.setLastModifiedTime(sheet, modified);

        RefreshSummary r = store.refresh();

        assertThat(r).isEqualTo(new RefreshSummary(List.of(sheet.toString()), List.of(), 1, List.of(), List.of(), false));
        assertThat(Files.readString(store.copyFor(sheet.toString()).orElseThrow())).isEqualTo("new prices");
        assertThat(store.refresh()).isEqualTo(new RefreshSummary(List.of(), List.of(), 2, List.of(), List.of(), false));
    }

    @Test
    void refreshKeepsTheCopiesWhenTheShareIsUnreachable() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        Path memo = write(share.resolve("Memo.txt"), "memo");
        store.pin(pricing);
        store.pin(memo);
        Files.move(share, tmp.resolve("share-unmounted"));

        RefreshSummary r = store.refresh();

        assertThat(r).isEqualTo(new RefreshSummary(List.of(), List.of(), 0,
                List.of(memo.toString(), pricing.toString()), List.of(), false));
        assertThat(Files.readString(store.copyFor(sheet.toString()).orElseThrow())).isEqualTo("prices");
        assertThat(Files.readString(store.copyFor(memo.toString()).orElseThrow())).isEqualTo("memo");
        assertThat(store.list().pins()).extracting(Pin::path).containsExactly(memo.toString(), pricing.toString());
    }

    @Test
    void refreshKeepsTheCopyOfAFileDeletedFromAReachableFolder() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        store.pin(pricing);
        Files.delete(sheet);

        Path memo = write(share.resolve("Memo.txt"), "memo");
        store.pin(memo);
        Files.delete(memo);

        RefreshSummary r = store.refresh();

        // retest 10, NEW 6: listed as unreachable though the share answered
        String reason = "no longer at the source (deleted or moved there); the older copy is kept";
        assertThat(r).isEqualTo(new RefreshSummary(List.of(), List.of(), 0, List.of(),
                List.of(new CopyFailure(memo.toString(), reason), new CopyFailure(sheet.toString(), reason)), false));
        assertThat(store.copyFor(sheet.toString())).isPresent();
        assertThat(store.copyFor(memo.toString())).isPresent();
    }

    @Test
    void refreshAddsNewFilesOfAPinnedFolder() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        store.pin(pricing);
        Path added = write(pricing.resolve("Wholesale/Wholesale.xlsx"), "wholesale");
        write(pricing.resolve("Wholesale/~$Wholesale.xlsx"), "lock");

        RefreshSummary r = store.refresh();

        assertThat(r).isEqualTo(new RefreshSummary(List.of(), List.of(added.toString()), 1, List.of(), List.of(), false));
        assertThat(store.copyFor(added.toString())).contains(expectedCopyRoot(pricing).resolve("Wholesale/Wholesale.xlsx"));
        assertThat(store.copyFor(sheet.toString())).isPresent();
        assertThat(store.list().pins().getFirst().files()).isEqualTo(2);
    }

    @Test
    void aCancelledRefreshCopiesNothingMore() throws IOException {
        Path pricing = share.resolve("Pricing");
        write(pricing.resolve("Retail.xlsx"), "prices");
        store.pin(pricing);
        Path added = write(pricing.resolve("New.pdf"), "new");

        RefreshSummary r = store.refresh(() -> true);

        assertThat(r).isEqualTo(new RefreshSummary(List.of(), List.of(), 0, List.of(), List.of(), true));
        assertThat(store.copyFor(added.toString())).isEmpty();
    }

    @Test
    void aCopyThatCannotBeRefreshedKeepsTheOlderCopy() throws IOException {
        Path memo = write(share.resolve("Memo.txt"), "memo v1");
        store.pin(memo);
        Files.delete(memo);
        Files.createDirectories(memo); // the original is no longer a readable file

        RefreshSummary r = store.refresh();

        assertThat(r.failed()).containsExactly(new CopyFailure(memo.toString(), "it is not a regular file; the older copy is kept"));
        assertThat(Files.readString(store.copyFor(memo.toString()).orElseThrow())).isEqualTo("memo v1");
        assertThat(filesUnder(offlineDir.resolve("staging"))).isEmpty();
    }

    @Test
    void pinBeyondTheBudgetIsRefusedWithWhatIsNeededAndFreeAndCopiesNothing() throws IOException {
        store.setBudget(10 * 1024);
        Path memo = write(share.resolve("Memo.txt"), 4 * 1024);
        store.pin(memo);
        Path pricing = share.resolve("Pricing");
        write(pricing.resolve("Retail.xlsx"), 5 * 1024);
        write(pricing.resolve("Wholesale.xlsx"), 3 * 1024);

        assertThatThrownBy(() -> store.pin(pricing)).isInstanceOf(CollateralException.class)
                .hasMessage("Pinning " + pricing + " needs 8 KB, but only 6 KB of the 10 KB offline budget is free; "
                        + "unpin something or raise the budget.");

        assertThat(filesUnder(offlineDir.resolve("files"))).containsExactly(expectedCopyRoot(memo));
        assertThat(filesUnder(offlineDir.resolve("staging"))).isEmpty();
        assertThat(store.list()).isEqualTo(new OfflineListing(4 * 1024, 10 * 1024,
                List.of(new Pin(memo.toString(), false, expectedCopyRoot(memo), 4 * 1024, 1, NOW))));
        assertThat(store.isPinned(pricing.toString())).isFalse();
    }

    @Test
    void aFolderPinTakesOverEarlierPinsInsideIt() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        store.pin(sheet);
        store.setBudget(10);

        PinResult r = store.pin(pricing);

        assertThat(r.pin().files()).isEqualTo(1);
        assertThat(store.list().pins()).extracting(Pin::path).containsExactly(pricing.toString());
        assertThat(filesUnder(offlineDir.resolve("files"))).containsExactly(expectedCopyRoot(pricing).resolve("Retail.xlsx"));
        assertThat(store.copyFor(sheet.toString())).contains(expectedCopyRoot(pricing).resolve("Retail.xlsx"));
    }

    @Test
    void unpinningAFolderThatTookOverEarlierPinsKeepsThemPinnedWithTheirCopies() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        Path old = write(pricing.resolve("Old/2023.pdf"), "old");
        Path older = write(pricing.resolve("Old/2022.pdf"), "older");
        write(pricing.resolve("Notes.txt"), "notes");
        store.pin(sheet);
        store.pin(old.getParent());
        store.pin(pricing);
        assertThat(store.list().pins()).extracting(Pin::path).containsExactly(pricing.toString());

        List<Pin> removed = store.unpin(pricing);

        assertThat(removed).extracting(Pin::path, Pin::files).containsExactly(tuple(pricing.toString(), 1));
        assertThat(store.list().pins()).extracting(Pin::path, Pin::files, Pin::pinnedAt).containsExactly(
                tuple(old.getParent().toString(), 2, NOW), tuple(sheet.toString(), 1, NOW));
        assertThat(filesUnder(offlineDir.resolve("files"))).containsExactlyInAnyOrder(expectedCopyRoot(sheet),
                expectedCopyRoot(old.getParent()).resolve("2022.pdf"), expectedCopyRoot(old.getParent()).resolve("2023.pdf"));
        assertThat(store.copyFor(older.toString())).contains(expectedCopyRoot(old.getParent()).resolve("2022.pdf"));
        assertThat(Files.readString(store.copyFor(sheet.toString()).orElseThrow())).isEqualTo("prices");
        assertThat(store.isPinned(pricing.resolve("Notes.txt").toString())).isFalse();
        assertThat(newStore().list().pins()).extracting(Pin::path).containsExactly(old.getParent().toString(),
                sheet.toString());
    }

    @Test
    void pinningAFileInsideAPinnedFolderReportsTheFolder() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        store.pin(pricing);

        PinResult r = store.pin(sheet);

        assertThat(r.alreadyPinned()).isTrue();
        assertThat(r.pin().path()).isEqualTo(pricing.toString());
        assertThat(r.copiedFiles()).isZero();
    }

    @Test
    void unpinDeletesTheCopies() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        Path memo = write(share.resolve("Memo.txt"), "memo");
        store.pin(pricing);
        store.pin(memo);

        List<Pin> removed = store.unpin(pricing);

        assertThat(removed).containsExactly(new Pin(pricing.toString(), true, expectedCopyRoot(pricing), 6, 1, NOW));
        assertThat(store.copyFor(sheet.toString())).isEmpty();
        assertThat(store.isPinned(sheet.toString())).isFalse();
        assertThat(filesUnder(offlineDir.resolve("files"))).containsExactly(expectedCopyRoot(memo));
        store.unpin(memo);
        assertThat(filesUnder(offlineDir.resolve("files"))).isEmpty();
        assertThat(store.list()).isEqualTo(new OfflineListing(0, OfflineSettings.DEFAULT_BUDGET_BYTES, List.of()));
    }

    @Test
    void unpinningAFolderRemovesEveryPinUnderIt() throws IOException {
        Path a = write(share.resolve("Decks/A.pptx"), "a");
        Path b = write(share.resolve("Decks/Old/B.pptx"), "b");
        store.pin(a);
        store.pin(b.getParent());

        assertThat(store.unpin(share.resolve("Decks"))).extracting(Pin::path).containsExactly(a.toString(), b.getParent().toString());
        assertThat(filesUnder(offlineDir.resolve("files"))).isEmpty();
    }

    @Test
    void unpinExplainsWhatCannotBeUnpinned() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path sheet = write(pricing.resolve("Retail.xlsx"), "prices");
        store.pin(pricing);

        assertThatThrownBy(() -> store.unpin(sheet)).hasMessage(sheet + " is part of the pinned folder " + pricing
                + "; unpin that folder to remove it.");
        assertThatThrownBy(() -> store.unpin(share.resolve("Other.txt"))).hasMessage(share.resolve("Other.txt")
                + " is not pinned for offline use.");
        assertThat(store.copyFor(sheet.toString())).isPresent();
    }

    @Test
    void pinsAndBudgetOutliveTheStore() throws IOException {
        Path memo = write(share.resolve("Memo.txt"), "memo");
        store.pin(memo);
        store.setBudget(500L * 1024 * 1024);

        OfflineStore reopened = newStore();

        assertThat(reopened.list()).isEqualTo(new OfflineListing(4, 500L * 1024 * 1024,
                List.of(new Pin(memo.toString(), false, expectedCopyRoot(memo), 4, 1, NOW))));
        assertThat(reopened.copyFor(memo.toString())).contains(expectedCopyRoot(memo));
        assertThat(Files.readString(settingsFile)).contains("budget_bytes=524288000");
    }

    @Test
    void budgetBelowWhatIsPinnedIsRefused() throws IOException {
        store.pin(write(share.resolve("Deck.pptx"), 3 * 1024));

        assertThatThrownBy(() -> store.setBudget(2 * 1024))
                .hasMessage("A budget of 2 KB is less than the 3 KB already pinned; unpin something first.");
        assertThatThrownBy(() -> store.setBudget(0)).hasMessage("The offline budget must be more than zero.");
        assertThat(store.list().budgetBytes()).isEqualTo(OfflineSettings.DEFAULT_BUDGET_BYTES);
    }

    @Test
    void aPinnedFolderHoldingTheDataFolderLeavesTheCopiesOut() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path notes = write(home.resolve("Notes.txt"), "notes");
        OfflineStore inHome = new OfflineStore(home.resolve("AppData/offline"), new OfflineSettings(settingsFile), Clock.systemUTC());
        inHome.pin(notes);

        PinResult r = inHome.pin(home);

        assertThat(r.pin().files()).isEqualTo(1);
        assertThat(inHome.refresh().added()).isEmpty();
        assertThatThrownBy(() -> inHome.pin(home.resolve("AppData/offline/files")))
                .hasMessage(home.resolve("AppData/offline/files") + " holds the offline copies themselves, so it cannot be pinned.");
    }

    @Test
    void pinningAMissingPathSaysSo() {
        Path missing = share.resolve("Gone.pdf");
        assertThatThrownBy(() -> store.pin(missing))
                .hasMessage(missing + " cannot be found, or its drive is not reachable right now.");
        assertThat(store.copyFor(missing.toString())).isEqualTo(Optional.empty());
    }

    /** A collection's files are kept offline as a unit: all of them within the budget, or none. */
    @Test
    void filesPinnedAsAUnitAreAllPinnedOrNone() throws IOException {
        Path deck = write(share.resolve("kit/deck.pptx"), 400);
        Path sheet = write(share.resolve("kit/sheet.pdf"), 300);
        Path study = write(share.resolve("other/study.docx"), 500);
        store.pin(deck); // pinned already: it takes no more of the budget
        store.setBudget(1_000);

        assertThatThrownBy(() -> store.pinAll("the 3 files of \"Kit\"", List.of(deck, sheet, study)))
                .hasMessage("Keeping the 3 files of \"Kit\" offline needs 800 bytes, but only 600 bytes of the 1000 bytes offline "
                        + "budget is free; unpin something or raise the budget.");
        Path gone = share.resolve("kit/gone.pdf");
        assertThatThrownBy(() -> store.pinAll("the 2 files of \"Kit\"", List.of(sheet, gone)))
                .hasMessage(gone + " cannot be found, or its drive is not reachable right now; nothing of the 2 files "
                        + "of \"Kit\" was kept offline.");
        assertThat(store.list().pins()).extracting(Pin::path).containsExactly(deck.toString());

        List<PinResult> pinned = store.pinAll("the 2 files of \"Kit\"", List.of(sheet, deck, sheet));

        assertThat(pinned).extracting(r -> r.pin().path(), PinResult::alreadyPinned)
                .containsExactly(tuple(sheet.toString(), false), tuple(deck.toString(), true));
        assertThat(store.list().pins()).extracting(Pin::path).containsExactly(deck.toString(), sheet.toString());
        assertThat(store.list().usedBytes()).isEqualTo(700);
    }
}
