package org.collateralfinder.gui.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curation form of the file's detail, without a toolkit: real H2, a real team folder. */
class CurationViewModelTest {

    private static final String HASH = "a".repeat(64);

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private final SimpleObjectProperty<ResultItem> selected = new SimpleObjectProperty<>();
    private FeedbackStore store;
    /** A real index of a deck and an identical copy of it in another folder. */
    private TestIndex index;
    private Path deck;
    private Path copy;
    private Path team;
    private int curated;
    private CurationViewModel vm;
    /** The paths kept offline. */
    private final Set<String> keptOffline = new HashSet<>();

    @BeforeEach
    void setUp() throws Exception {
        team = Files.createDirectories(temp.resolve("team"));
        Files.createDirectories(team.resolve("curation"));
        store = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "maria");
        deck = OfficeFiles.text(Files.createDirectories(temp.resolve("share/decks")).resolve("pitch-deck.txt"),
                "Pitch deck for hospital buyers.", "2025-01-15T10:00:00Z");
        copy = Files.copy(deck, Files.createDirectories(temp.resolve("share/copies")).resolve("pitch-deck-copy.txt"));
        index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"));
        assertThat(store.teamSync().sync(team).writable()).isTrue();
        vm = new CurationViewModel(selected, store, () -> Optional.of(team), () -> {
            throw new AssertionError("no replacement is named");
        }, () -> index.search, keptOffline::contains, new UiWork(Runnable::run, Runnable::run, errors::add), () -> curated++);
        selected.set(new ResultItem(new SearchHit("/share/price-sheet-2025.pdf", "Price sheet 2025", "pdf", "pdf",
                "price-sheet-2025.pdf", "/share", "/share", 1f, "", Instant.parse("2025-01-15T10:00:00Z"), 10, null, 1,
                HASH, null, List.of(), List.of()), null, true, true));
    }

    @AfterEach
    void tearDown() {
        store.close();
        index.close();
    }

    /** A rep with no team folder: no curation can reach them, and no file says "Not curated" (new-user run, stop 28). */
    @Test
    void withoutATeamFolderTheDetailSaysNothingAboutCuration() {
        CurationViewModel alone = new CurationViewModel(selected, store, Optional::empty, () -> {
            throw new AssertionError("no replacement is named");
        }, () -> index.search, keptOffline::contains, new UiWork(Runnable::run, Runnable::run, errors::add), () -> { });

        assertThat(alone.summaryProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("Not curated by marketing.");
    }

    @Test
    void marketingSetsTheCurationAndTheDetailSaysWhatItIs() {
        assertThat(vm.summaryProperty().get()).isEqualTo("Not curated by marketing.");
        vm.checkRole();
        assertThat(vm.mayCurateProperty().get()).isTrue();

        vm.stateProperty().set(CurationState.RETIRED);
        vm.expiresProperty().set(LocalDate.of(2099, 12, 31));
        vm.ownerProperty().set("Maria Lopez");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Curated price-sheet-2025.pdf as retired. It reaches every "
                + "laptop at its next sync.");
        assertThat(curated).isEqualTo(1);
        var stored = store.curations().current().get(HASH);
        assertThat(stored.state()).isEqualTo(CurationState.RETIRED);
        assertThat(stored.owner()).isEqualTo("Maria Lopez");
        assertThat(stored.curator()).isEqualTo("maria");
        selected.set(selected.get().withCuration(new ShownCuration(stored, false, null, false)));
        assertThat(vm.summaryProperty().get()).isEqualTo("Retired · expires after 2099-12-31 · owner Maria Lopez (maria, "
                + stored.at().toString().substring(0, 10) + ")");
        assertThat(vm.pinnedNoteProperty().get()).isEqualTo("The copy kept offline is of a retired file.");
        assertThat(vm.replacementPinnableProperty().get()).isFalse(); // no replacement: no button that does nothing
        assertThat(errors).isEmpty();
    }

    /** The row the window shows for an indexed file (each copy as its own row, as a click on a duplicate selects it). */
    private ResultItem rowOf(Path file) {
        SearchHit found = index.search.search(SearchRequest.of("pitch deck", 10)).hits().getFirst();
        return new ResultItem(new SearchHit(file.toString(), found.title(), found.type(), found.extension(),
                file.getFileName().toString(), file.getParent().toString(), found.source(), found.score(), "",
                found.modified(), found.size(), null, 1, found.contentHash(), null, List.of(), List.of()), null, false,
                true);
    }

    /**
     * Issue 16 re-test M1: curation follows the content, so retiring an archive copy retires the official deck it is a
     * copy of on every laptop; the form's message says which copies it reaches, and that one was official until now.
     */
    @Test
    void theMessageNamesTheIdenticalCopiesACurationReachesAndSaysWhenItRetiresAnOfficialOne() {
        selected.set(rowOf(deck));
        vm.stateProperty().set(CurationState.OFFICIAL);
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Curated pitch-deck.txt as official. It reaches every laptop "
                + "at its next sync. It also applies to 1 identical copy: " + copy + " (curation follows the content).");

        selected.set(rowOf(copy));
        vm.stateProperty().set(CurationState.RETIRED);
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Curated pitch-deck-copy.txt as retired. It reaches every "
                + "laptop at its next sync. It also applies to 1 identical copy, official until now: " + deck
                + "; curation follows the content, so every laptop shows it as retired now too.");
        assertThat(errors).isEmpty();
    }

    @Test
    void aRetiredFileKeptOfflineOffersItsReplacementOnlyWhenItHasOne() {
        Curation retired = new Curation(UUID.fromString("00000000-0000-0000-0000-000000000002"), HASH,
                "/share/price-sheet-2025.pdf", "maria", Instant.parse("2026-12-06T10:00:00Z"), CurationState.RETIRED,
                null, null, "/share/price-sheet-2026.pdf", "b".repeat(64));
        ResultItem pinned = selected.get();

        selected.set(pinned.withCuration(new ShownCuration(retired, false, "/share/price-sheet-2026.pdf", false)));

        assertThat(vm.pinnedNoteProperty().get()).isEqualTo("The copy kept offline is of a retired file; keep "
                + "price-sheet-2026.pdf offline instead.");
        assertThat(vm.replacementPinnableProperty().get()).isTrue();
        assertThat(vm.replacementToPin()).contains("/share/price-sheet-2026.pdf");

        // once the replacement is kept offline, it is said so and not offered again (issue 16 re-test r23, finding 4)
        keptOffline.add("/share/price-sheet-2026.pdf");
        selected.set(null);
        selected.set(pinned.withCuration(new ShownCuration(retired, false, "/share/price-sheet-2026.pdf", false)));
        assertThat(vm.pinnedNoteProperty().get()).isEqualTo("The copy kept offline is of a retired file; its "
                + "replacement price-sheet-2026.pdf is kept offline too.");
        assertThat(vm.replacementPinnableProperty().get()).isFalse();

        selected.set(pinned.withCuration(new ShownCuration(retired, false, null, false)));

        assertThat(vm.pinnedNoteProperty().get()).isEqualTo("The copy kept offline is of a retired file.");
        assertThat(vm.replacementPinnableProperty().get()).isFalse();
        assertThat(vm.replacementToPin()).isEmpty();
    }

    @Test
    void theDetailSaysAFileWasEditedSinceItWasCuratedAndThatAReplacementIsNoLongerFound() {
        Curation retired = new Curation(UUID.fromString("00000000-0000-0000-0000-000000000001"), HASH,
                "/share/price-sheet-2025.pdf", "maria", Instant.parse("2026-12-06T10:00:00Z"), CurationState.RETIRED,
                null, null, "/share/price-sheet-2026.pdf", "b".repeat(64));

        selected.set(selected.get().withCuration(new ShownCuration(retired, false, null, true)));

        assertThat(vm.summaryProperty().get()).isEqualTo("Retired — the file named to replace it is no longer found "
                + "(maria, 2026-12-06) · edited since");
        assertThat(vm.replacedByProperty().get()).isEmpty();
    }

    @Test
    void anExpiryDateThatIsNoDayIsRefusedAndNothingIsSavedUntilADateIsChosenAgain() throws Exception {
        vm.checkRole();
        vm.stateProperty().set(CurationState.OFFICIAL);

        assertThatThrownBy(() -> vm.typedExpiry("2027-02-30")).isInstanceOf(DateTimeParseException.class);
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("There is no day 2027-02-30: the expiry date must be a day of "
                + "the calendar, written YYYY-MM-DD, such as 2027-01-31.");
        assertThat(curated).isZero();
        assertThat(team.resolve("curation/maria.jsonl")).doesNotExist();
        assertThatThrownBy(() -> vm.typedExpiry("2/30/2027")).isInstanceOf(DateTimeParseException.class);
        assertThat(vm.messageProperty().get()).isEqualTo("The expiry date must be a day written YYYY-MM-DD, such as "
                + "2027-01-31, not \"2/30/2027\".");

        vm.expiresProperty().set(vm.typedExpiry("2027-02-28"));
        vm.save();

        assertThat(curated).isEqualTo(1);
        assertThat(store.curations().current().get(HASH).expires()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(errors).isEmpty();
    }

    @Test
    void aRepWhoCannotWriteTheCurationFolderSeesItReadOnlyAndIsToldWhyIfTheyTry() throws Exception {
        Files.setPosixFilePermissions(team.resolve("curation"), PosixFilePermissions.fromString("r-xr-xr-x"));
        vm.checkRole();
        assertThat(vm.mayCurateProperty().get()).isFalse();

        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Only marketing curates files: you cannot write the team's "
                + "curation folder " + team.resolve("curation") + ", so curation is shown to you read-only.");
        assertThat(curated).isZero();
        assertThat(store.curations().current()).isEmpty();
        try (var files = Files.list(team.resolve("curation"))) {
            assertThat(files).isEmpty();
        }
    }
}
