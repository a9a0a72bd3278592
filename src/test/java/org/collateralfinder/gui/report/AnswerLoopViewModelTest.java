package org.collateralfinder.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackResponse;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.ResponseStatus;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.feedback.AnswerFormViewModel;
import org.collateralfinder.gui.feedback.AnswerNoticesViewModel;
import org.collateralfinder.gui.feedback.FileAnswersViewModel;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", through the window's view models (no toolkit): a rep flags a deck on one laptop,
 * marketing answers from the Report tab on another, and after both sync the rep is told once, can open the
 * new deck in one click, and sees the answer in the file's history; the report counts the loop.
 */
class AnswerLoopViewModelTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private final UiWork work = new UiWork(Runnable::run, Runnable::run, errors::add);
    private Path team;
    private Path deckV1;
    private Path deckV2;
    private FeedbackStore rep;
    private FeedbackStore marketing;

    @BeforeEach
    void twoLaptopsAndOneTeamFolder() throws Exception {
        team = Files.createDirectories(temp.resolve("share/.collateral-feedback"));
        Files.setPosixFilePermissions(Files.createDirectories(team.resolve("responses")),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        deckV1 = Files.writeString(temp.resolve("share/Pricing Deck v1.pptx"), "pricing deck, first version");
        deckV2 = Files.writeString(temp.resolve("share/Pricing Deck v2.pptx"), "pricing deck, second version");
        rep = FeedbackStore.openInBackground(temp.resolve("rep/feedback"), Runnable::run, "alice");
        marketing = FeedbackStore.openInBackground(temp.resolve("marketing/feedback"), Runnable::run, "maria");
    }

    @AfterEach
    void close() {
        rep.close();
        marketing.close();
    }

    private FeedbackPreferences preferences(String laptop) {
        FeedbackPreferences preferences = new FeedbackPreferences(DataDirectory.open(temp.resolve(laptop + "-data")));
        preferences.rememberTeamFolder(team);
        return preferences;
    }

    /** The share is the one source; nothing is indexed (the files are read from disk). */
    private Supplier<IndexedPaths> files() {
        return () -> new IndexedPaths(null, List.of(new SourceRegistry.SourceFolder(temp.resolve("share").toString(), List.of())));
    }

    private static ResultItem item(Path file) throws Exception {
        String name = file.getFileName().toString();
        SearchHit hit = new SearchHit(file.toString(), name, "presentation", "pptx", name, file.getParent().toString(),
                file.getParent().toString(), 1f, "", Instant.EPOCH, 10, null, 3, ContentHasher.hash(file), null,
                List.of(), List.of());
        return new ResultItem(hit, null, true);
    }

    @Test
    void marketingAnswersFromTheReportTabAndTheRepIsToldOnceWithALinkToTheFix() throws Exception {
        Instant flagged = Instant.now().minusSeconds(3600);
        FeedbackEntry entry = rep.repository().add(new FeedbackEntry(UUID.randomUUID(), ContentHasher.hash(deckV1),
                deckV1.toString(), "alice", flagged, List.of("didn't land"), null, "Prices confused them.", null, null));
        rep.teamSync().sync(team);
        List<String> opened = new ArrayList<>();
        BiConsumer<String, Runnable> opens = (path, done) -> {
            opened.add(path);
            done.run();
        };
        try (TestIndex index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"))) {
            AnswerNoticesViewModel notices = new AnswerNoticesViewModel(rep, () -> index.search, work, opens);
            FileAnswersViewModel history = new FileAnswersViewModel(new SimpleObjectProperty<>(item(deckV1)),
                    FXCollections.observableArrayList(), rep, () -> index.search, work);
            ReportViewModel report = new ReportViewModel(marketing, () -> index.search, preferences("marketing"), files(), work,
                    () -> { });
            report.syncNow();
            assertThat(report.waiting()).containsExactly(new ReportViewModel.Waiting("Pricing Deck v1.pptx",
                    "alice · " + Formats.dateTime(flagged) + " · Didn't land · Prices confused them.",
                    entry.contentHash(), deckV1.toString(), "alice", "share"));
            assertThat(report.answerForm().mayAnswerProperty().get()).isTrue();

            report.answerForm().statusProperty().set(ResponseStatus.ADDRESSED);
            report.answerForm().noteProperty().set("New pricing slide.");
            report.answerForm().fixedByProperty().set(deckV2.toString());
            report.answer(report.waiting().getFirst());

            assertThat(report.answerForm().messageProperty().get()).isEqualTo("Answered alice's feedback on "
                    + "Pricing Deck v1.pptx: addressed. It reaches them at the next sync.");
            assertThat(report.waiting()).isEmpty();
            assertThat(report.loopSummaryProperty().get())
                    .isEqualTo("Answered by marketing: 1 received · 1 answered · median 0.0 days to answer · 0 open over 14 days.");
            assertThat(report.loopMonths()).hasSize(1);
            report.syncNow();
            // window test 9, New 9: the line said "next sync" after the sync that sent it
            assertThat(report.answerForm().messageProperty().get()).isEqualTo("Answered alice's feedback on "
                    + "Pricing Deck v1.pptx: addressed. Sent to the team folder.");

            ReportViewModel repReport = new ReportViewModel(rep, () -> index.search, preferences("rep"), files(), work, () -> {
                notices.check();
                history.reload();
            });
            assertThat(notices.noticeProperty().get()).isEmpty();
            repReport.syncNow();

            assertThat(repReport.syncStatusProperty().get())
                    .isEqualTo("Synced with the team: 0 new from others, 0 shared, 1 answer from marketing.");
            assertThat(notices.noticeProperty().get())
                    .isEqualTo("Marketing answered your feedback on Pricing Deck v1: addressed — use Pricing Deck v2");
            assertThat(notices.fixPathProperty().get()).isEqualTo(deckV2.toString());
            assertThat(history.lines()).extracting(FileAnswersViewModel.Line::fixPath).containsExactly(deckV2.toString());
            assertThat(history.lines().getFirst().text()).startsWith("maria answered alice · ")
                    .endsWith(": addressed — New pricing slide. (use Pricing Deck v2)");

            notices.openFix();

            assertThat(opened).containsExactly(deckV2.toString());
            assertThat(notices.noticeProperty().get()).isEmpty();
            AnswerNoticesViewModel afterRestart = new AnswerNoticesViewModel(rep, () -> index.search, work, opens);
            afterRestart.check();
            assertThat(afterRestart.noticeProperty().get()).isEmpty();
        }
        assertThat(errors).isEmpty();
    }

    /**
     * Window test 9, New 5: the rep has feedback on two price-list.txt files, and the notice named neither's
     * folder and had no link to the file it was about.
     */
    @Test
    void aNoticeTellsSameNamedFilesApartByFolderAndLinksTheFileItIsAbout() throws Exception {
        Path apac = Files.writeString(Files.createDirectories(temp.resolve("share/apac/2025")).resolve("price-list.txt"),
                "APAC prices");
        Path emea = Files.writeString(Files.createDirectories(temp.resolve("share/emea/2025")).resolve("price-list.txt"),
                "EMEA prices");
        for (Path list : List.of(apac, emea)) {
            rep.repository().add(FeedbackEntry.create(ContentHasher.hash(list), list.toString(), "alice",
                    List.of("didn't land"), null, null, null, null));
        }
        rep.teamSync().sync(team);
        List<String> opened = new ArrayList<>();
        try (TestIndex index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"))) {
            ReportViewModel report = new ReportViewModel(marketing, () -> index.search, preferences("marketing"), files(), work,
                    () -> { });
            report.syncNow();
            report.answerForm().statusProperty().set(ResponseStatus.WONT_CHANGE);
            report.answerForm().noteProperty().set("APAC pricing is set by the region");
            report.answer(report.waiting().stream().filter(w -> w.path().equals(apac.toString())).findFirst().orElseThrow());
            report.syncNow();
            AnswerNoticesViewModel notices = new AnswerNoticesViewModel(rep, () -> index.search, work, (path, done) -> {
                opened.add(path);
                done.run();
            });
            rep.teamSync().sync(team);
            notices.check();

            assertThat(notices.noticeProperty().get()).isEqualTo("Marketing answered your feedback on price-list in "
                    + "apac/2025: won't change — APAC pricing is set by the region");
            assertThat(notices.aboutNameProperty().get()).isEqualTo("price-list in apac/2025");
            notices.openAbout();
            assertThat(opened).containsExactly(apac.toString());
            assertThat(notices.noticeProperty().get()).isEmpty();
        }
        assertThat(errors).isEmpty();
    }

    /**
     * Window test 9, New 6: whoever answers their own feedback was told "Marketing answered your feedback…" and
     * the sync line counted it as an answer from marketing; skipped lines were "damaged" where the command line
     * says "unreadable or refused".
     */
    @Test
    void anAnswerToOnesOwnFeedbackIsNotNewsAndSkippedLinesAreSaidAsTheCommandLineSaysThem() throws Exception {
        FeedbackEntry own = marketing.repository().add(FeedbackEntry.create(ContentHasher.hash(deckV1), deckV1.toString(),
                "maria", List.of("outdated"), null, null, null, null));
        FeedbackStore otherLaptop = FeedbackStore.openInBackground(temp.resolve("maria2/feedback"), Runnable::run, "maria");
        try (TestIndex index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"))) {
            ReportViewModel report = new ReportViewModel(marketing, () -> index.search, preferences("marketing"), files(), work,
                    () -> { });
            report.load();
            report.answerForm().statusProperty().set(ResponseStatus.ACKNOWLEDGED);
            report.answerForm().noteProperty().set("Noted, for the next edition.");
            report.answer(report.waiting().getFirst());
            report.syncNow();
            AnswerNoticesViewModel notices = new AnswerNoticesViewModel(marketing, () -> index.search, work, (p, d) -> { });
            notices.check();
            FileAnswersViewModel history = new FileAnswersViewModel(new SimpleObjectProperty<>(item(deckV1)),
                    FXCollections.observableArrayList(), marketing, () -> index.search, work);
            history.reload();

            assertThat(notices.noticeProperty().get()).isEmpty();
            assertThat(history.lines()).hasSize(1);
            assertThat(history.lines().getFirst().text()).startsWith("maria answered maria · ");

            Files.writeString(team.resolve("responses/eve.jsonl"), "not an answer\n");
            ReportViewModel otherReport = new ReportViewModel(otherLaptop, () -> index.search, preferences("maria2"), files(),
                    work, () -> { });
            otherReport.syncNow();
            AnswerNoticesViewModel otherNotices = new AnswerNoticesViewModel(otherLaptop, () -> index.search, work, (p, d) -> { });
            otherNotices.check();

            assertThat(otherLaptop.responses().responsesOn(own.contentHash())).containsOnlyKeys(own.id());
            assertThat(otherReport.syncStatusProperty().get()).isEqualTo("Synced with the team: 1 new from others, 0 shared, "
                    + "skipped 1 line that was unreadable or refused (see the log).");
            assertThat(otherNotices.noticeProperty().get()).isEmpty();
        } finally {
            otherLaptop.close();
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theFixNamedThroughALinkIsTheIndexedPathAndOneOutsideTheSourcesIsRefusedWithASentence() throws Exception {
        FeedbackEntry entry = marketing.repository().add(FeedbackEntry.create(ContentHasher.hash(deckV1), deckV1.toString(),
                "alice", List.of("didn't land"), null, null, null, null));
        Path link = Files.createSymbolicLink(temp.resolve("linked share"), temp.resolve("share"));
        Path outside = Files.writeString(temp.resolve("my copy.pptx"), "pricing deck, my copy");
        try (TestIndex index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"))) {
            ReportViewModel report = new ReportViewModel(marketing, () -> index.search, preferences("marketing"), files(), work,
                    () -> { });
            report.load();
            report.answerForm().statusProperty().set(ResponseStatus.ADDRESSED);
            report.answerForm().noteProperty().set("New pricing slide.");

            report.answerForm().fixedByProperty().set(outside.toString());
            report.answer(report.waiting().getFirst());
            String refusal = report.answerForm().messageProperty().get();
            report.answerForm().fixedByProperty().set(link.resolve("Pricing Deck v2.pptx").toString());
            report.answer(report.waiting().getFirst());

            assertThat(refusal).isEqualTo("The file that fixes it must be one the reps can find: " + outside + " is not in "
                    + "a source (" + temp.resolve("share") + "); feedback and offline copies are only for the files "
                    + "Collateral Finder indexes.");
            assertThat(marketing.responses().responsesOn(entry.contentHash()).values())
                    .extracting(FeedbackResponse::fixedBy).containsExactly(deckV2.toString());
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aRepWhoCannotWriteTheResponsesFolderSeesWhyAndIsRefusedIfTheyTry() throws Exception {
        rep.repository().add(FeedbackEntry.create(ContentHasher.hash(deckV1), deckV1.toString(), "alice",
                List.of("worked"), 5, null, null, null));
        Files.setPosixFilePermissions(team.resolve("responses"), PosixFilePermissions.fromString("r-xr-xr-x"));
        String sentence = "Only marketing answers feedback: you cannot write the team's responses folder "
                + team.resolve("responses") + ", so answers are shown to you read-only.";
        try (TestIndex index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"))) {
            ReportViewModel report = new ReportViewModel(rep, () -> index.search, preferences("rep"), files(), work, () -> { });
            report.load();

            assertThat(report.answerForm().mayAnswerProperty().get()).isFalse();
            assertThat(report.answerForm().messageProperty().get()).isEqualTo(sentence);

            report.answerForm().noteProperty().set("Seen.");
            report.answer(report.waiting().getFirst());

            assertThat(report.answerForm().messageProperty().get()).isEqualTo(sentence);
            assertThat(report.waiting()).hasSize(1);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutAResponsesFolderTheFormSaysItDoesNotExistYetAndWhoMakesIt() throws Exception {
        marketing.repository().add(FeedbackEntry.create(ContentHasher.hash(deckV1), deckV1.toString(), "alice",
                List.of("worked"), 5, null, null, null));
        Files.delete(team.resolve("responses"));
        String sentence = "The team folder " + team + " has no responses folder yet: whoever runs the share makes "
                + team.resolve("responses") + ", writable by marketing only, and then marketing can answer.";
        try (TestIndex index = TestIndex.ofFolder(temp.resolve("share"), temp.resolve("index"))) {
            ReportViewModel report = new ReportViewModel(marketing, () -> index.search, preferences("marketing"), files(), work,
                    () -> { });
            report.load();

            assertThat(report.answerForm().mayAnswerProperty().get()).isFalse();
            assertThat(report.answerForm().messageProperty().get()).isEqualTo(sentence);
        }
        assertThat(errors).isEmpty();
    }

    /**
     * Window retest 6, N6: a file's answer form shows only on a file with feedback and while this user may
     * answer; while the team folder is gone that file gets one line why, and a rep (who never answers) none.
     */
    @Test
    void aFilesFormShowsOnlyOnFeedbackWhileTheTeamFolderIsThereAndSaysWhyWhenItIsGone() throws Exception {
        marketing.teamSync().sync(team);
        SimpleBooleanProperty hasFeedback = new SimpleBooleanProperty(false);
        AnswerFormViewModel form = new AnswerFormViewModel(marketing,
                () -> marketing.repository().byFile(IndexedContents.of(List.of())), preferences("marketing")::teamFolder,
                files(), work, () -> { });
        BooleanBinding shown = form.shownFor(hasFeedback);
        StringBinding why = form.unavailableFor(hasFeedback);
        form.checkRole();
        assertThat(shown.get()).isFalse();
        assertThat(why.get()).isEmpty();

        hasFeedback.set(true);
        assertThat(shown.get()).isTrue();
        assertThat(why.get()).isEmpty();

        Files.move(team, temp.resolve("team-away"));
        form.checkRole();
        assertThat(shown.get()).isFalse();
        assertThat(why.get()).isEqualTo("The team folder " + team + " cannot be reached: it is gone, as when its "
                + "share is not mounted; answer once it is back.");
        Files.move(temp.resolve("team-away"), team);

        Files.setPosixFilePermissions(team.resolve("responses"), PosixFilePermissions.fromString("r-xr-xr-x"));
        AnswerFormViewModel repsForm = new AnswerFormViewModel(rep,
                () -> rep.repository().byFile(IndexedContents.of(List.of())), preferences("rep")::teamFolder, files(),
                work, () -> { });
        repsForm.checkRole();
        assertThat(repsForm.shownFor(hasFeedback).get()).isFalse();
        assertThat(repsForm.unavailableFor(hasFeedback).get()).isEmpty();
        assertThat(errors).isEmpty();
    }
}
