package org.collateralfinder.gui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackHistoryItem;
import org.collateralfinder.feedback.FeedbackReport;
import org.collateralfinder.feedback.FeedbackReportCsv;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback from the window into a real H2 store, without a toolkit. */
class FeedbackViewModelTest {

    private static final String HASH = "a".repeat(64);
    private static final String DECK = "/share/Deck.pptx";

    @TempDir
    Path temp;

    private FeedbackStore store;
    /** The summaries the window was told, by path. */
    private final Map<String, FeedbackSummary> badges = new HashMap<>();
    private final List<UserError> errors = new ArrayList<>();
    private final SimpleObjectProperty<ResultItem> selected = new SimpleObjectProperty<>();
    private FeedbackViewModel vm;

    @BeforeEach
    void open() {
        store = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "dana");
        vm = new FeedbackViewModel(selected, store, () -> store.repository().byFile(IndexedContents.of(List.of())),
                new UiWork(Runnable::run, Runnable::run, errors::add), badges::put);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ResultItem item(String hash) {
        return item(hash, "/share/Deck.pptx");
    }

    private static ResultItem item(String hash, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        SearchHit hit = new SearchHit(path, name, "presentation", "pptx", name, "/share", "/share",
                1f, "", Instant.EPOCH, 10, null, 3, hash, null, List.of(), List.of());
        return new ResultItem(hit, null, true);
    }

    /**
     * Retest 4, N2 in the window: the deck was edited in place before this laptop indexed it; the panel shows
     * the feedback given on its earlier content (at its path) as the search and the lists do, and withdraws it.
     */
    @Test
    void thePanelShowsAndWithdrawsTheRepsFeedbackGivenBeforeTheFileWasEditedInPlace() {
        String before = "c".repeat(64);
        store.repository().add(FeedbackEntry.create(before, DECK, "dana", List.of(FeedbackTags.WORKED), 4, null, null, null));
        List<KnownFile> indexed = List.of(new KnownFile(HASH, DECK), new KnownFile("d".repeat(64), "/share/Other.pptx"));
        FeedbackViewModel edited = new FeedbackViewModel(selected, store,
                () -> store.repository().byFile(IndexedContents.of(indexed)),
                new UiWork(Runnable::run, Runnable::run, errors::add), badges::put);

        selected.set(item(HASH));

        assertThat(edited.history()).singleElement().satisfies(h -> {
            assertThat(h.current()).isTrue();
            assertThat(h.event().contentHash()).isEqualTo(before);
        });
        assertThat(edited.tags()).containsExactly(FeedbackTags.WORKED);
        assertThat(edited.ratingProperty().get()).isEqualTo(4);
        edited.withdraw();
        assertThat(badges.get(DECK).count()).isZero();
        assertThat(store.repository().byFile(IndexedContents.of(indexed)).current(new KnownFile(HASH, DECK))).isEmpty();

        // window re-test 18, R1: Undo did nothing on a file edited since its feedback was given, and the feedback was lost
        assertThat(edited.canUndoWithdrawProperty().get()).isTrue();
        edited.undoWithdraw();
        assertThat(edited.canUndoWithdrawProperty().get()).isFalse();
        assertThat(edited.tags()).containsExactly(FeedbackTags.WORKED);
        assertThat(edited.ratingProperty().get()).isEqualTo(4);
        assertThat(badges.get(DECK).count()).isEqualTo(1);
        assertThat(store.repository().byFile(IndexedContents.of(indexed)).current(new KnownFile(HASH, DECK)))
                .singleElement().satisfies(e -> {
                    assertThat(e.contentHash()).as("given again on the content the file has now").isEqualTo(HASH);
                    assertThat(e.rating()).isEqualTo(4);
                });
        assertThat(errors).isEmpty();
    }

    @Test
    void savesATagInTwoClicksAndUpdatesTheBadge() {
        selected.set(item(HASH));
        assertThat(vm.canSaveBinding().get()).isFalse();

        vm.toggleTag(FeedbackTags.WORKED);
        vm.save();

        assertThat(vm.history()).singleElement().satisfies(h -> {
            assertThat(h.current()).isTrue();
            assertThat(((FeedbackEntry) h.event()).tags()).containsExactly(FeedbackTags.WORKED);
            assertThat(h.event().user()).isEqualTo("dana");
        });
        assertThat(badges.get(DECK).tagCounts()).containsEntry(FeedbackTags.WORKED, 1);
        assertThat(vm.tags()).containsExactly(FeedbackTags.WORKED); // the form now shows the rep's feedback
        assertThat(vm.canSaveBinding().get()).isFalse(); // nothing changed since
        assertThat(vm.statusProperty().get()).startsWith("Saved");
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewEntryReplacesTheRepsEarlierOneAndTheTeamsCount() {
        store.repository().add(FeedbackEntry.create(HASH, "/share/Deck.pptx", "eli", List.of(), 2, null, null, null));
        selected.set(item(HASH));
        vm.rate(4);
        vm.save();
        vm.rate(5);
        vm.commentProperty().set("Customer loved the new numbers");
        vm.save();

        assertThat(badges.get(DECK).averageRating()).isEqualTo(3.5); // eli's 2 and dana's latest 5
        assertThat(badges.get(DECK).count()).isEqualTo(2);
        assertThat(vm.history()).hasSize(3);
        assertThat(vm.history().getFirst().current()).isTrue();
        assertThat(FeedbackView.historyLine(vm.history().get(1))).contains("(replaced by a newer entry)");
    }

    @Test
    void aFileThatCouldNotBeReadTakesNoFeedback() {
        selected.set(item(null));
        vm.toggleTag(FeedbackTags.OUTDATED);

        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("could not be read");
    }

    @Test
    void theRepsOwnFeedbackIsInTheFormToChangeOrWithdraw() {
        store.repository().add(FeedbackEntry.create(HASH, "/share/Deck.pptx", "dana", List.of(FeedbackTags.OUTDATED), 2,
                "Prices are last year's", null, null));
        store.repository().add(FeedbackEntry.create(HASH, "/share/Deck.pptx", "eli", List.of(FeedbackTags.WORKED), 5,
                null, null, null));

        selected.set(item(HASH));

        assertThat(vm.tags()).containsExactly(FeedbackTags.OUTDATED); // dana's, not eli's
        assertThat(vm.ratingProperty().get()).isEqualTo(2);
        assertThat(vm.commentProperty().get()).isEqualTo("Prices are last year's");
        assertThat(vm.hasMineBinding().get()).isTrue();
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.statusProperty().get())
                .isEqualTo("This is your current feedback on this file: change it and save, or withdraw it.");

        vm.rate(3);
        assertThat(vm.canSaveBinding().get()).isTrue();
        vm.save();
        assertThat(badges.get(DECK).averageRating()).isEqualTo(4.0); // dana's 3 and eli's 5

        vm.withdraw();

        assertThat(errors).isEmpty();
        assertThat(vm.tags()).isEmpty();
        assertThat(vm.ratingProperty().get()).isZero();
        assertThat(vm.hasMineBinding().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Your feedback on this file is withdrawn.");
        assertThat(badges.get(DECK).averageRating()).isEqualTo(5.0); // eli's alone
        assertThat(badges.get(DECK).count()).isEqualTo(1);

        selected.set(null);
        selected.set(item(HASH)); // shown again: nothing of dana's to put in the form
        assertThat(vm.tags()).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void aCommentTypedButNotSavedIsKeptForItsFileAndNeverSavedOnAnother() {
        String other = "b".repeat(64);
        selected.set(item(HASH, "/share/Deck.pptx"));
        vm.commentProperty().set("Send the 2026 prices with it");
        assertThat(vm.statusProperty().get()).isEqualTo(FeedbackViewModel.NOT_SAVED);

        selected.set(item(other, "/share/Brochure.pdf"));
        assertThat(vm.commentProperty().get()).isEmpty();
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEmpty();

        selected.set(item(HASH, "/share/Deck.pptx"));
        assertThat(vm.commentProperty().get()).isEqualTo("Send the 2026 prices with it");
        assertThat(vm.statusProperty().get()).isEqualTo(FeedbackViewModel.DRAFT_KEPT);
        vm.save();

        assertThat(badges).containsOnlyKeys(DECK);
        assertThat(store.repository().history(other)).isEmpty();
        assertThat(((FeedbackEntry) store.repository().history(HASH).getFirst().event()).comment())
                .isEqualTo("Send the 2026 prices with it");
        selected.set(item(other, "/share/Brochure.pdf"));
        selected.set(item(HASH, "/share/Deck.pptx"));
        assertThat(vm.statusProperty().get()).startsWith("This is your current feedback"); // no draft once saved
    }

    @Test
    void feedbackCanBeAboutTheSlideThePreviewShowsAndIsKeptSoInItsDraftAndWhenSavedAgain() {
        SimpleIntegerProperty page = new SimpleIntegerProperty(6); // the preview shows "Slide 7 of 24"
        SimpleIntegerProperty pages = new SimpleIntegerProperty(24);
        vm.followPages(page, pages);
        selected.set(item(HASH));
        assertThat(vm.hasSlidesBinding().get()).isTrue();
        assertThat(vm.slideChoiceBinding().get()).isEqualTo("About slide 7 only");

        vm.toggleTag(FeedbackTags.DIDNT_LAND);
        vm.aboutShownSlide(true);
        page.set(2); // turning pages afterwards does not change the slide chosen
        assertThat(vm.slidesProperty().get()).containsExactly(7);
        assertThat(vm.slideChoiceBinding().get()).isEqualTo("About slide 7 only");

        selected.set(item("b".repeat(64), "/share/Other.pptx")); // the draft keeps its slide
        assertThat(vm.slidesProperty().get()).isEmpty();
        assertThat(vm.slideChoiceBinding().get()).isEqualTo("About slide 3 only");
        selected.set(item(HASH));
        assertThat(vm.slidesProperty().get()).containsExactly(7);
        vm.save();

        FeedbackEntry saved = (FeedbackEntry) store.repository().history(HASH).getFirst().event();
        assertThat(saved.slides()).containsExactly(7);
        assertThat(saved.tags()).containsExactly(FeedbackTags.DIDNT_LAND);
        selected.set(null);
        selected.set(item(HASH)); // shown again: the form holds the entry with its slide, nothing to save
        assertThat(vm.slidesProperty().get()).containsExactly(7);
        assertThat(vm.changedProperty().get()).isFalse();

        vm.aboutShownSlide(false); // about the whole file now: a change to save
        assertThat(vm.canSaveBinding().get()).isTrue();
        vm.save();
        assertThat(((FeedbackEntry) store.repository().history(HASH).getLast().event()).slides()).isEmpty();
    }

    @Test
    void aFileWithOnePageHasNoSlideToName() {
        vm.followPages(new SimpleIntegerProperty(0), new SimpleIntegerProperty(1));
        selected.set(item(HASH, "/share/Brief.pdf"));
        vm.toggleTag(FeedbackTags.WORKED);
        vm.aboutShownSlide(true);

        assertThat(vm.hasSlidesBinding().get()).isFalse();
        assertThat(vm.slidesProperty().get()).isEmpty();
    }

    /** Window re-test 11, finding 1: the draft vanished when the selected file was edited in place on the share. */
    @Test
    void aDraftStaysInTheFormWhenTheSelectedFileIsEditedInPlaceAndIsSavedOnItsNewContent() {
        String edited = "e".repeat(64);
        selected.set(item(HASH, DECK));
        vm.toggleTag(FeedbackTags.WORKED);
        vm.commentProperty().set("Draft for the deck");

        selected.set(item(edited, DECK)); // the same file, its new content after an edit on the share

        assertThat(vm.tags()).containsExactly(FeedbackTags.WORKED);
        assertThat(vm.commentProperty().get()).isEqualTo("Draft for the deck");
        assertThat(vm.statusProperty().get()).isEqualTo(FeedbackViewModel.DRAFT_KEPT_EDITED);
        assertThat(vm.draftFiles()).containsExactly(edited);
        vm.save();
        assertThat(store.repository().history(edited)).hasSize(1);
        assertThat(store.repository().history(HASH)).isEmpty();
        assertThat(vm.draftFiles()).isEmpty();
    }

    /** The same, for a draft kept while another file was shown: it is found again at its path. */
    @Test
    void aDraftKeptForAFileEditedWhileAnotherWasShownIsBackWhenItIsSelectedAgain() {
        String edited = "e".repeat(64);
        selected.set(item(HASH, DECK));
        vm.commentProperty().set("Send the 2026 prices with it");
        selected.set(item("b".repeat(64), "/share/Brochure.pdf"));

        selected.set(item(edited, DECK));

        assertThat(vm.commentProperty().get()).isEqualTo("Send the 2026 prices with it");
        assertThat(vm.statusProperty().get()).isEqualTo(FeedbackViewModel.DRAFT_KEPT_EDITED);
        assertThat(vm.unsavedFiles()).containsExactly("Deck.pptx");
    }

    /**
     * Window re-test 11, finding 8: a draft on a file whose folder was removed from the sources was saved on closing, on
     * a file no source holds (the command line refuses that). It waits instead, and is back with its source.
     */
    @Test
    void aDraftOnAFileNoSourceHoldsIsNeitherSavedNorAskedAboutUntilItsFolderIsASourceAgain() {
        Set<String> removed = new HashSet<>();
        vm.feedbackOnlyIn(path -> removed.stream().noneMatch(path::startsWith));
        selected.set(item(HASH, "/share/extra/quokka2.txt"));
        vm.commentProperty().set("Draft on a file in a source about to be removed");
        selected.set(item("b".repeat(64), "/share/Brochure.pdf"));
        vm.commentProperty().set("Draft on a file that stays");

        removed.add("/share/extra");
        vm.sourcesChanged();

        assertThat(vm.unsavedFiles()).containsExactly("Brochure.pdf");
        assertThat(vm.draftFiles()).containsExactly("b".repeat(64));
        assertThat(vm.hasDraftOn(HASH)).isTrue();
        vm.saveAllUnsaved(() -> { });
        assertThat(store.repository().history(HASH)).isEmpty();
        assertThat(store.repository().history("b".repeat(64))).hasSize(1);

        removed.clear(); // the folder is a source again
        vm.sourcesChanged();
        assertThat(vm.unsavedFiles()).containsExactly("quokka2.txt");
    }

    @Test
    void aDiscardedDraftIsGone() {
        selected.set(item(HASH));
        vm.toggleTag(FeedbackTags.OUTDATED);
        vm.discard();

        assertThat(vm.tags()).isEmpty();
        assertThat(vm.changedProperty().get()).isFalse();
        selected.set(item("b".repeat(64), "/share/Other.pptx"));
        selected.set(item(HASH));
        assertThat(vm.tags()).isEmpty();
    }

    @Test
    void savedThankYouGoesAwayOnceTheFormIsChangedAgain() {
        selected.set(item(HASH));
        vm.toggleTag(FeedbackTags.WORKED);
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Saved. Thank you!"); // the first: nothing replaced

        vm.rate(4);

        assertThat(vm.statusProperty().get()).isEqualTo(FeedbackViewModel.NOT_SAVED);
        vm.rate(4); // back to what is saved
        assertThat(vm.statusProperty().get()).isEmpty();
        vm.rate(3);
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Saved. Thank you! It replaces your earlier feedback on this file.");
    }

    @Test
    void aWithdrawalCanBeUndone() {
        store.repository().add(FeedbackEntry.create(HASH, "/share/Deck.pptx", "dana", List.of(FeedbackTags.OUTDATED), 2,
                "Prices are last year's", null, null));
        selected.set(item(HASH));
        vm.withdraw();
        assertThat(vm.canUndoWithdrawProperty().get()).isTrue();
        assertThat(badges.get(DECK).count()).isZero();

        vm.undoWithdraw();

        assertThat(vm.canUndoWithdrawProperty().get()).isFalse();
        assertThat(vm.tags()).containsExactly(FeedbackTags.OUTDATED);
        assertThat(vm.ratingProperty().get()).isEqualTo(2);
        assertThat(vm.commentProperty().get()).isEqualTo("Prices are last year's");
        assertThat(badges.get(DECK).count()).isEqualTo(1);
        assertThat(errors).isEmpty();
    }

    /**
     * Window test 12, F9: the entry saved at 03:02 came back from Undo dated 03:17, in the Report and in
     * {@code feedback list --json}. It comes back as it was, with the time it was given: in the history, in the
     * report's comments and months, and after the store is opened again.
     */
    @Test
    void undoingAWithdrawalKeepsTheTimeTheFeedbackWasGiven() {
        Instant given = Instant.parse("2025-03-06T03:02:00Z");
        store.repository().add(new FeedbackEntry(UUID.randomUUID(), HASH, DECK, "dana", given,
                List.of(FeedbackTags.WORKED), 5, "Won the pilot", null, null));
        selected.set(item(HASH));
        vm.withdraw();

        vm.undoWithdraw();

        assertThat(errors).isEmpty();
        FeedbackEntry restored = (FeedbackEntry) vm.history().getFirst().event();
        assertThat(restored.given()).isEqualTo(given);
        assertThat(restored.at()).isAfter(given); // recorded after the withdrawal, so it is current
        assertThat(vm.history().getFirst().current()).isTrue();
        assertThat(FeedbackView.historyLine(vm.history().getFirst())).startsWith("dana · " + Formats.dateTime(given));
        FeedbackReport report = store.reporter().report(List.of(new KnownFile(HASH, DECK)));
        assertThat(report.files().getFirst().latestComments()).containsExactly(
                new FeedbackReport.Comment("dana", given, "Won the pilot"));
        assertThat(report.files().getFirst().entriesPerMonth()).containsExactly(Map.entry(YearMonth.of(2025, 3), 1));
        assertThat(report.loop().months()).containsOnlyKeys(YearMonth.of(2025, 3));

        store.close();
        FeedbackStore reopened = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "dana");
        try {
            assertThat(reopened.repository().history(HASH)).filteredOn(FeedbackHistoryItem::current)
                    .extracting(h -> ((FeedbackEntry) h.event()).given()).containsExactly(given);
        } finally {
            reopened.close();
        }
        store = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "dana");
    }

    /**
     * Window re-test 18, R5: zebra.txt's entry was given at 07:02:27 and withdrawn and given back three times, the last
     * at 07:04:05; the window and {@code feedback list} said 07:02, the exported CSV's {@code last_feedback} 07:04:05.
     * An entry given back is the entry given at 07:02, and the withdrawal it undid is no longer there to date the file.
     */
    @Test
    void theReportDatesTheLastFeedbackOnAFileByAnEntryGivenBackWhenItWasGiven() throws Exception {
        Instant given = Instant.parse("2025-03-06T07:02:27Z");
        store.repository().add(new FeedbackEntry(UUID.randomUUID(), HASH, DECK, "dana", given,
                List.of(FeedbackTags.WORKED), 5, null, null, null));
        selected.set(item(HASH));
        for (int i = 0; i < 3; i++) {
            vm.withdraw();
            vm.undoWithdraw();
        }

        assertThat(errors).isEmpty();
        FeedbackReport report = store.reporter().report(List.of(new KnownFile(HASH, DECK)));
        assertThat(report.files().getFirst().lastFeedbackAt()).isEqualTo(given);
        StringWriter csv = new StringWriter();
        FeedbackReportCsv.write(report, csv);
        List<String> rows = csv.toString().lines().toList();
        int column = FeedbackReportCsv.HEADER.indexOf("last_feedback");
        assertThat(rows.get(1).split(",")[column]).isEqualTo(given.toString());
    }

    /**
     * Window re-test 18, R6: after three Withdraw → Undo on zebra.txt the Feedback tab showed the entry four times,
     * three of them "(replaced by a newer entry)", with three "withdrew their feedback" lines between them. Undo gives
     * the same entry back: the history shows it once, where it was, and a teammate's entry after it stays after it.
     */
    @Test
    void anEntryGivenBackByUndoIsShownOnceInTheHistory() {
        Instant given = Instant.parse("2025-03-06T07:02:27Z");
        store.repository().add(new FeedbackEntry(UUID.randomUUID(), HASH, DECK, "dana", given,
                List.of(FeedbackTags.WORKED), 5, "Won the pilot", null, null));
        store.repository().add(new FeedbackEntry(UUID.randomUUID(), HASH, DECK, "ben", given.plusSeconds(60),
                List.of(FeedbackTags.OUTDATED), null, null, null, null));
        selected.set(item(HASH));
        for (int i = 0; i < 3; i++) {
            vm.withdraw();
            vm.undoWithdraw();
        }

        assertThat(errors).isEmpty();
        assertThat(vm.history()).extracting(h -> FeedbackView.historyLine(h)).containsExactly(
                "ben · " + Formats.dateTime(given.plusSeconds(60)) + "  Outdated",
                "dana · " + Formats.dateTime(given) + "  ★★★★★  Worked\nWon the pilot");
        assertThat(vm.history()).allMatch(FeedbackHistoryItem::current);
        // withdrawn, it is the entry withdrawn and the withdrawal, as before
        vm.withdraw();
        assertThat(vm.history()).extracting(h -> FeedbackView.historyLine(h)).containsExactly(
                "dana · " + Formats.dateTime(vm.history().getFirst().event().at()) + "  withdrew their feedback",
                "ben · " + Formats.dateTime(given.plusSeconds(60)) + "  Outdated",
                "dana · " + Formats.dateTime(given) + "  ★★★★★  Worked  (replaced by a newer entry)\nWon the pilot");
    }

    /**
     * Window re-test 22, F6: Withdraw and Undo pressed again before the first press was written (Space kept down, or
     * typed on, after Save) gave the entry back twice: the Feedback tab listed "Worked (replaced by a newer entry)" twice
     * for the one entry. A press while the last one is still being written is ignored.
     */
    @Test
    void withdrawAndUndoPressedAgainBeforeTheyAreWrittenLeaveOneEntry() {
        List<Runnable> queued = new ArrayList<>();
        FeedbackViewModel slow = new FeedbackViewModel(selected, store,
                () -> store.repository().byFile(IndexedContents.of(List.of())),
                new UiWork(queued::add, Runnable::run, errors::add), badges::put);
        Instant given = Instant.parse("2025-03-06T13:00:00Z");
        store.repository().add(new FeedbackEntry(UUID.randomUUID(), HASH, DECK, "dana", given,
                List.of(FeedbackTags.WORKED), 5, null, null, null));
        selected.set(item(HASH));
        runAll(queued);

        slow.withdraw();
        slow.withdraw(); // pressed again while the first is written
        runAll(queued);
        assertThat(slow.canUndoWithdrawProperty().get()).isTrue();
        slow.undoWithdraw();
        slow.undoWithdraw();
        runAll(queued);

        assertThat(errors).isEmpty();
        assertThat(slow.history()).extracting(h -> FeedbackView.historyLine(h))
                .containsExactly("dana · " + Formats.dateTime(given) + "  ★★★★★  Worked");
        assertThat(store.repository().history(HASH)).filteredOn(FeedbackHistoryItem::current).hasSize(1);
        assertThat(slow.statusProperty().get()).isEqualTo(FeedbackViewModel.GIVEN_BACK);

        slow.toggleTag(FeedbackTags.CUSTOMER_ASKED);
        slow.save();
        slow.save(); // a second click on Save before the first is written
        runAll(queued);
        assertThat(slow.history()).extracting(h -> FeedbackView.historyLine(h)).hasSize(2).first().asString()
                .contains("Worked", "Customer asked").doesNotContain("replaced");
        assertThat(slow.history().get(1)).satisfies(h -> assertThat(FeedbackView.historyLine(h))
                .contains("(replaced by a newer entry)"));
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }

    /**
     * Window re-test 22, F5: with a deal set, every file's form said "Saved as feedback from your deal", also a file with
     * no feedback and one whose entry was saved before the deal was set. The line says what saving now records.
     */
    @Test
    void theDealLineSaysWhatSavingNowRecords() {
        assertThat(vm.dealLineBinding().get()).isEmpty();
        vm.dealProperty().set(new DealContext("healthcare", "proposal", "Contoso"));
        assertThat(vm.dealLineBinding().get())
                .isEqualTo("Feedback you save now records your deal: healthcare · proposal.");
        vm.dealProperty().set(new DealContext(null, null, "Contoso"));
        assertThat(vm.dealLineBinding().get()).isEmpty(); // the competitor is not recorded with feedback
    }

    /**
     * Window re-test 22, F7: a comment typed on zebra.txt and not saved, the file then renamed from outside: the question
     * on closing said "You typed feedback on zebra.txt". It names the file as it is named now, and Save stores the
     * feedback at that path.
     */
    @Test
    void unsavedFeedbackOnAFileRenamedSinceIsNamedAndSavedByItsNewName() {
        List<KnownFile> indexed = new ArrayList<>(List.of(new KnownFile(HASH, "/share/zebra.txt"),
                new KnownFile("d".repeat(64), "/share/Other.pptx")));
        FeedbackViewModel renamed = new FeedbackViewModel(selected, store,
                () -> store.repository().byFile(IndexedContents.of(List.copyOf(indexed))),
                new UiWork(Runnable::run, Runnable::run, errors::add), badges::put);
        selected.set(item(HASH, "/share/zebra.txt"));
        renamed.commentProperty().set("Zebra deck won the deal plus draft text");
        selected.set(null); // renamed from outside: the file is no longer listed where it was
        indexed.set(0, new KnownFile(HASH, "/share/zebra-renamed.txt"));

        List<List<String>> asked = new ArrayList<>();
        renamed.unsavedFilesNow(List.of("/share/zebra-renamed.txt"), asked::add);

        assertThat(asked).containsExactly(List.of("zebra-renamed.txt"));
        renamed.saveAllUnsaved(() -> { });
        assertThat(store.repository().list(Optional.of(HASH))).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("/share/zebra-renamed.txt"));
        assertThat(errors).isEmpty();
    }

    @Test
    void unsavedFeedbackOnEveryFileIsListedAndSavedTogetherBeforeClosing() {
        String other = "b".repeat(64);
        selected.set(item(HASH, "/share/Deck.pptx"));
        vm.commentProperty().set("Send the 2026 prices with it");
        selected.set(item(other, "/share/Brochure.pdf"));
        vm.toggleTag(FeedbackTags.WORKED);
        assertThat(vm.unsavedFiles()).containsExactly("Brochure.pdf", "Deck.pptx"); // by name, for the question

        boolean[] done = {false};
        vm.saveAllUnsaved(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(errors).isEmpty();
        assertThat(vm.unsavedFiles()).isEmpty();
        assertThat(((FeedbackEntry) store.repository().history(HASH).getFirst().event()).comment())
                .isEqualTo("Send the 2026 prices with it");
        assertThat(((FeedbackEntry) store.repository().history(other).getFirst().event()).tags())
                .containsExactly(FeedbackTags.WORKED);
        assertThat(badges).containsOnlyKeys(DECK, "/share/Brochure.pdf");
    }

    /** Window test 9, New 5: "You typed feedback on price-list.txt" did not say which of the two. */
    @Test
    void unsavedFilesOfOneNameAreNamedWithTheFoldersThatTellThemApart() {
        selected.set(item(HASH, "/share/apac/2025/price-list.txt"));
        vm.commentProperty().set("They asked for the local currency");
        selected.set(item("b".repeat(64), "/share/Deck.pptx"));
        vm.toggleTag(FeedbackTags.WORKED);

        assertThat(vm.unsavedFiles(List.of("/share/emea/2025/price-list.txt", "/share/Deck.pptx")))
                .containsExactly("Deck.pptx", "price-list.txt in apac/2025");
        assertThat(vm.unsavedFiles(List.of())).containsExactly("Deck.pptx", "price-list.txt");
    }

    /** Window re-test 18, R10: the question on closing said "You typed feedback" on a file where a tag was only clicked. */
    @Test
    void unsavedFeedbackIsTypedOnlyWhenEveryPieceHasAComment() {
        selected.set(item(HASH, "/share/Deck.pptx"));
        vm.toggleTag(FeedbackTags.WORKED);
        assertThat(vm.unsavedIsTyped()).isFalse();
        vm.commentProperty().set("Send the 2026 prices with it");
        assertThat(vm.unsavedIsTyped()).isTrue();
        selected.set(item("b".repeat(64), "/share/Brochure.pdf"));
        vm.rate(4);
        assertThat(vm.unsavedIsTyped()).isFalse(); // one of the two is typed
    }

    @Test
    void aFormPutBackToWhatIsSavedIsNotUnsaved() {
        store.repository().add(FeedbackEntry.create(HASH, "/share/Deck.pptx", "dana", List.of(FeedbackTags.OUTDATED), 2,
                null, null, null));
        selected.set(item(HASH));
        assertThat(vm.unsavedFiles()).isEmpty();
        vm.rate(4);
        assertThat(vm.unsavedFiles()).containsExactly("Deck.pptx");
        vm.rate(2);
        assertThat(vm.unsavedFiles()).isEmpty();

        vm.rate(5);
        vm.discardAllUnsaved();
        assertThat(vm.unsavedFiles()).isEmpty();
        assertThat(vm.ratingProperty().get()).isEqualTo(2);
    }

    @Test
    void theFilesWithUnsavedFeedbackAreMarkedUntilItIsSavedOrDiscarded() {
        String other = "b".repeat(64);
        selected.set(item(HASH, "/share/Deck.pptx"));
        assertThat(vm.draftFiles()).isEmpty();
        vm.commentProperty().set("Send the 2026 prices with it");
        assertThat(vm.draftFiles()).containsExactly(HASH); // the form holds it

        selected.set(item(other, "/share/Brochure.pdf"));
        assertThat(vm.draftFiles()).containsExactly(HASH); // kept while another file is shown
        vm.toggleTag(FeedbackTags.WORKED);
        assertThat(vm.draftFiles()).containsExactlyInAnyOrder(HASH, other);
        vm.toggleTag(FeedbackTags.WORKED); // put back as it was
        assertThat(vm.draftFiles()).containsExactly(HASH);

        selected.set(item(HASH, "/share/Deck.pptx"));
        vm.save();
        assertThat(vm.draftFiles()).isEmpty();
        vm.rate(3);
        assertThat(vm.draftFiles()).containsExactly(HASH);
        vm.discard();
        assertThat(vm.draftFiles()).isEmpty();
    }
}
