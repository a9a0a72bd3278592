package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_C;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.MovedFile;
import org.collateralfinder.model.PathChanges;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marketing answers the field's feedback through the team folder; two data folders, one team folder. */
class FeedbackResponsesTest {

    private static final Instant FLAGGED = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2025-03-06T09:00:00Z");
    private static final Instant REPORTED = Instant.parse("2025-03-10T09:00:00Z");

    @TempDir
    Path dir;

    private final List<FeedbackDatabase> opened = new ArrayList<>();
    private Path team;
    private Path deckV1;
    private Path deckV2;
    private String v1;
    private String v2;

    @BeforeEach
    void teamFolderWithAResponsesFolderMarketingMayWrite() throws Exception {
        team = Files.createDirectories(dir.resolve("share/.collateral-feedback"));
        Path responses = Files.createDirectories(team.resolve("responses"));
        Files.setPosixFilePermissions(responses, PosixFilePermissions.fromString("rwxr-xr-x"));
        deckV1 = Files.writeString(dir.resolve("share/Pricing Deck v1.pptx"), "pricing deck, first version");
        deckV2 = Files.writeString(dir.resolve("share/Pricing Deck v2.pptx"), "pricing deck, second version");
        v1 = ContentHasher.hash(deckV1);
        v2 = ContentHasher.hash(deckV2);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(FeedbackDatabase::close);
    }

    private FeedbackDatabase database(String laptop) {
        FeedbackDatabase database = FeedbackDatabase.open(dir.resolve(laptop).resolve("feedback"));
        opened.add(database);
        return database;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private FeedbackEntry flag(FeedbackDatabase rep) {
        return new FeedbackRepository(rep).add(new FeedbackEntry(UUID.randomUUID(), v1, deckV1.toString(), "alice",
                FLAGGED, List.of("didn't land"), null, "The prices confused the buyer.", null, null));
    }

    private FeedbackResponses.Answer addressed() {
        return new FeedbackResponses.Answer(new KnownFile(v1, deckV1.toString()), Optional.of("alice"),
                ResponseStatus.ADDRESSED, "New pricing slide in v2.", deckV2.toString(), v2, "maria");
    }

    /** An index holding both decks. */
    private IndexedContents decks() {
        return IndexedContents.of(List.of(new KnownFile(v1, deckV1.toString()), new KnownFile(v2, deckV2.toString())));
    }

    /** Which feedback belongs to which file, for an index holding both decks. */
    private FeedbackByFile decks(FeedbackDatabase laptop) {
        return new FeedbackRepository(laptop).byFile(decks());
    }

    @Test
    void repSeesMarketingsAnswerAndTheReportMeasuresTheLoop() {
        FeedbackDatabase rep = database("rep-laptop");
        FeedbackDatabase marketing = database("marketing-laptop");
        FeedbackEntry flagged = flag(rep);
        assertThat(new TeamFolderSync(rep).sync(team).published()).isEqualTo(1);
        assertThat(new TeamFolderSync(marketing).sync(team).merged()).isEqualTo(1);

        List<FeedbackResponse> given = new FeedbackResponses(marketing, at(ANSWERED)).respond(addressed(), decks(marketing),
                team);
        SyncResult marketingSync = new TeamFolderSync(marketing).sync(team);
        SyncResult repSync = new TeamFolderSync(rep).sync(team);

        assertThat(given).hasSize(1);
        assertThat(marketingSync.answersPublished()).isEqualTo(1);
        assertThat(repSync.answersMerged()).isEqualTo(1);
        assertThat(repSync.warnings()).isEmpty();
        FeedbackResponse answer = given.getFirst();
        assertThat(answer).isEqualTo(new FeedbackResponse(answer.id(), v1, flagged.id(), "alice", "maria", ANSWERED,
                ResponseStatus.ADDRESSED, "New pricing slide in v2.", deckV2.toString(), v2));
        FeedbackResponses repSide = new FeedbackResponses(rep);
        assertThat(repSide.responsesOn(v1)).isEqualTo(Map.of(flagged.id(), answer));
        List<AnswerNotice> unread = repSide.unread("alice", decks());
        assertThat(unread).extracting(AnswerNotice::sentence)
                .containsExactly("Marketing answered your feedback on Pricing Deck v1: addressed — use Pricing Deck v2");
        assertThat(unread.getFirst().fixPath()).isEqualTo(deckV2.toString());
        assertThat(repSide.unread("bob", decks())).isEmpty();

        repSide.markRead(List.of(answer.id()));
        assertThat(repSide.unread("alice", decks())).isEmpty();

        FeedbackLoop.Figures figures = new FeedbackLoop.Figures(1, 1, 3.0, 0);
        for (FeedbackDatabase laptop : List.of(rep, marketing)) {
            FeedbackLoop loop = new FeedbackReporter(laptop, at(REPORTED)).report(List.of()).loop();
            assertThat(loop.total()).isEqualTo(figures);
            assertThat(loop.months()).isEqualTo(Map.of(YearMonth.of(2025, 3), figures));
        }
    }

    @Test
    void repWhoMayNotWriteTheResponsesFolderIsRefusedWithOneSentence() throws Exception {
        FeedbackDatabase rep = database("rep-laptop");
        flag(rep);
        Files.setPosixFilePermissions(team.resolve("responses"), PosixFilePermissions.fromString("r-xr-xr-x"));

        FeedbackResponses responses = new FeedbackResponses(rep, at(ANSWERED));
        assertThat(responses.mayAnswer(team)).isFalse();
        assertThatThrownBy(() -> responses.respond(addressed(), decks(rep), team))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("Only marketing answers feedback: you cannot write the team's responses folder "
                        + team.resolve("responses") + ", so answers are shown to you read-only.");
        assertThat(responses.responsesOn(v1)).isEmpty();
    }

    @Test
    void aTeamFolderWithoutAResponsesFolderIsSaidToHaveNoneYetAndWhoMakesIt() throws Exception {
        FeedbackDatabase marketing = database("marketing-laptop");
        flag(marketing);
        Files.delete(team.resolve("responses"));
        new TeamFolderSync(marketing).sync(team);

        FeedbackResponses responses = new FeedbackResponses(marketing, at(ANSWERED));

        assertThat(responses.whyNotAnswer(team)).contains("The team folder " + team + " has no responses folder yet: "
                + "whoever runs the share makes " + team.resolve("responses") + ", writable by marketing only, and then "
                + "marketing can answer.");
        assertThat(responses.mayAnswer(team)).isFalse();
        assertThatThrownBy(() -> responses.respond(addressed(), decks(marketing), team))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("The team folder " + team + " has no responses folder yet: whoever runs the share makes "
                        + team.resolve("responses") + ", writable by marketing only, and then marketing can answer.");
        assertThat(team.resolve("responses")).doesNotExist();
    }

    @Test
    void theNoteAndTheRepAreCheckedBeforeWhoMayAnswer() throws Exception {
        FeedbackDatabase rep = database("rep-laptop");
        flag(rep);
        Files.setPosixFilePermissions(team.resolve("responses"), PosixFilePermissions.fromString("r-xr-xr-x"));
        FeedbackResponses responses = new FeedbackResponses(rep, at(ANSWERED));
        KnownFile onV1 = new KnownFile(v1, deckV1.toString());

        assertThatThrownBy(() -> responses.respond(new FeedbackResponses.Answer(onV1, Optional.of("alice"),
                ResponseStatus.ACKNOWLEDGED, "  ", null, null, "alice"), decks(rep), team))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("Give a short note with the answer.");
        assertThatThrownBy(() -> responses.respond(new FeedbackResponses.Answer(onV1, Optional.of("nosuchrep"),
                ResponseStatus.ACKNOWLEDGED, "Seen.", null, null, "alice"), decks(rep), team))
                .hasMessage("nosuchrep has no feedback on this file to answer.");
        assertThatThrownBy(() -> responses.respond(new FeedbackResponses.Answer(onV1, Optional.of("alice"),
                ResponseStatus.ACKNOWLEDGED, "Seen.", deckV2.toString(), v2, "alice"), decks(rep), team))
                .hasMessage("Only an addressed answer names the file that fixes it.");
    }

    @Test
    void answeringWhileTheTeamFolderIsGoneSaysItCannotBeReached() throws Exception {
        FeedbackDatabase marketing = database("marketing-laptop");
        flag(marketing);
        new TeamFolderSync(marketing).sync(team);
        Files.move(team, dir.resolve("team-away"));

        FeedbackResponses responses = new FeedbackResponses(marketing, at(ANSWERED));

        assertThatThrownBy(() -> responses.respond(addressed(), decks(marketing), team))
                .hasMessage("The team folder " + team + " cannot be reached: it is gone, as when its share is not "
                        + "mounted; answer once it is back.");
        assertThat(team).doesNotExist();
        assertThat(responses.responsesOn(v1)).isEmpty();
    }

    @Test
    void forgedAndCorruptAnswerLinesAreSkippedWithAWarning() throws Exception {
        FeedbackDatabase rep = database("rep-laptop");
        FeedbackDatabase marketing = database("marketing-laptop");
        FeedbackEntry flagged = flag(rep);
        new TeamFolderSync(rep).sync(team);
        new TeamFolderSync(marketing).sync(team);
        FeedbackResponse real = new FeedbackResponses(marketing, at(ANSWERED)).respond(addressed(), decks(marketing), team)
                .getFirst();
        new TeamFolderSync(marketing).sync(team);
        FeedbackResponse forged = new FeedbackResponse(UUID.randomUUID(), v1, flagged.id(), "alice", "maria",
                ANSWERED.plusSeconds(60), ResponseStatus.WONT_CHANGE, "Nothing will change.", null, null);
        Files.writeString(team.resolve("responses/mallory.jsonl"),
                new ResponseLogCodec().encode(forged) + "\n{\"v\":1,\"type\":\"response\",\"id\":\"not an id\n",
                StandardCharsets.UTF_8);

        SyncResult repSync = new TeamFolderSync(rep).sync(team);

        assertThat(repSync.answersMerged()).isEqualTo(1);
        assertThat(repSync.skippedLines()).isEqualTo(2);
        assertThat(repSync.warnings()).containsExactly(
                "Skipped line 1 of responses/mallory.jsonl: an answer in maria's name, but the file is mallory.jsonl's.",
                "Skipped line 2 of responses/mallory.jsonl: not valid JSON.");
        assertThat(new FeedbackResponses(rep).responsesOn(v1)).isEqualTo(Map.of(flagged.id(), real));
        assertThat(new TeamFolderSync(rep).sync(team).answersMerged()).isZero();
    }

    @Test
    void feedbackUnansweredForMoreThanFourteenDaysIsOpen() {
        FeedbackDatabase rep = database("rep-laptop");
        flag(rep);
        new FeedbackRepository(rep).add(new FeedbackEntry(UUID.randomUUID(), v2, deckV2.toString(), "bob",
                Instant.parse("2025-04-01T09:00:00Z"), List.of("worked"), 5, null, null, null));

        FeedbackLoop loop = new FeedbackReporter(rep, at(Instant.parse("2025-04-10T09:00:00Z"))).report(List.of()).loop();

        assertThat(loop.total()).isEqualTo(new FeedbackLoop.Figures(2, 0, null, 1));
        assertThat(loop.months()).isEqualTo(Map.of(
                YearMonth.of(2025, 3), new FeedbackLoop.Figures(1, 0, null, 1),
                YearMonth.of(2025, 4), new FeedbackLoop.Figures(1, 0, null, 0)));
    }

    @Test
    void answeringAFileWithoutFeedbackOrAFixThatIsNotAddressedIsRefused() {
        FeedbackDatabase marketing = database("marketing-laptop");
        FeedbackResponses responses = new FeedbackResponses(marketing, at(ANSWERED));
        assertThatThrownBy(() -> responses.respond(addressed(), decks(marketing), team))
                .hasMessage("alice has no feedback on this file to answer.");
        assertThatThrownBy(() -> new FeedbackResponse(UUID.randomUUID(), v1, UUID.randomUUID(), "alice", "maria",
                ANSWERED, ResponseStatus.ACKNOWLEDGED, "Seen.", deckV2.toString(), v2))
                .hasMessage("Only an addressed answer names the file that fixes it.");
    }

    /**
     * The one rule the window and {@code feedback respond FILE} answer by: the feedback that belongs to the
     * file, also feedback given before it was edited in place, not only the feedback on its content now.
     */
    @Test
    void answeringAFileEditedInPlaceAnswersTheFeedbackGivenOnItBeforeTheEdit() throws Exception {
        FeedbackDatabase marketing = database("marketing-laptop");
        FeedbackEntry flagged = flag(marketing);
        new FeedbackRepository(marketing).add(new FeedbackEntry(UUID.randomUUID(), v2, deckV2.toString(), "bob",
                FLAGGED, List.of("worked"), 5, null, null, null));
        Files.writeString(deckV1, "pricing deck, first version, prices fixed");
        KnownFile edited = new KnownFile(ContentHasher.hash(deckV1), deckV1.toString());
        FeedbackByFile index = new FeedbackRepository(marketing).byFile(IndexedContents.of(List.of(edited,
                new KnownFile(v2, deckV2.toString()))));
        FeedbackResponses responses = new FeedbackResponses(marketing, at(ANSWERED));

        List<FeedbackResponse> given = responses.respond(new FeedbackResponses.Answer(edited, Optional.empty(),
                ResponseStatus.ACKNOWLEDGED, "Prices fixed in this deck.", null, null, "maria"), index, team);

        assertThat(given).extracting(FeedbackResponse::answers, FeedbackResponse::rep, FeedbackResponse::contentHash)
                .containsExactly(tuple(flagged.id(), "alice", v1));
        assertThat(responses.allResponses()).containsOnlyKeys(flagged.id());
    }

    /**
     * Window retest 6, N4: the notice names the files as the rep's index has them now, found by their content:
     * the deck the feedback was on, edited in place and renamed since, and the fix, which the rep's share holds
     * under another name than marketing gave.
     */
    @Test
    void theNoticeNamesBothFilesWhereTheIndexHasThemNow() {
        FeedbackDatabase rep = database("rep-laptop");
        FeedbackDatabase marketing = database("marketing-laptop");
        flag(rep);
        new TeamFolderSync(rep).sync(team);
        new TeamFolderSync(marketing).sync(team);
        new FeedbackResponses(marketing, at(ANSWERED)).respond(addressed(), decks(marketing), team);
        new TeamFolderSync(marketing).sync(team);
        new TeamFolderSync(rep).sync(team);
        String edited = HASH_C;
        String renamed = dir.resolve("share/Pricing Deck 2026.pptx").toString();
        String fixHere = dir.resolve("share/New Pricing.pptx").toString();
        new FeedbackRepository(rep).recordChanges(new PathChanges(
                List.of(new EditedFile(deckV1.toString(), v1, edited)),
                List.of(new MovedFile(deckV1.toString(), renamed, edited))));
        IndexedContents repsIndex = IndexedContents.of(List.of(new KnownFile(edited, renamed), new KnownFile(v2, fixHere)));

        List<AnswerNotice> unread = new FeedbackResponses(rep).unread("alice", repsIndex);

        assertThat(unread).extracting(AnswerNotice::sentence)
                .containsExactly("Marketing answered your feedback on Pricing Deck 2026: addressed — use New Pricing");
        assertThat(unread).extracting(AnswerNotice::aboutPath, AnswerNotice::fixPath).containsExactly(tuple(renamed, fixHere));
        assertThat(new FeedbackResponses(rep).onFile(new KnownFile(edited, renamed), repsIndex))
                .extracting(AnswerNotice::fixPath).containsExactly(fixHere);
        // a copy at the path marketing named is the one named
        IndexedContents withCopy = IndexedContents.of(List.of(new KnownFile(edited, renamed), new KnownFile(v2, fixHere),
                new KnownFile(v2, deckV2.toString())));
        assertThat(new FeedbackResponses(rep).unread("alice", withCopy)).extracting(AnswerNotice::fixPath)
                .containsExactly(deckV2.toString());
    }
}
