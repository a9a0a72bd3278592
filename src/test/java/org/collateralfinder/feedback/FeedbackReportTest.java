package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_C;
import static org.collateralfinder.feedback.FeedbackFixtures.entry;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackReportTest {

    private static final String HASH_D = ContentHasher.hash("deck D".getBytes(StandardCharsets.UTF_8));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private FeedbackDatabase database;
    private FeedbackReport report;

    @BeforeEach
    void recordFeedback() {
        database = FeedbackDatabase.open(dir.resolve("feedback"));
        FeedbackRepository repository = new FeedbackRepository(database, CLOCK);
        repository.add(entry(1, HASH_A, "alice", "2025-01-10T09:00:00Z", List.of("worked"), 5, "First try."));
        repository.add(entry(2, HASH_A, "bob", "2025-02-03T09:00:00Z", List.of("worked", "customer asked"), 4, null));
        repository.add(entry(3, HASH_A, "alice", "2025-03-01T09:00:00Z", List.of("worked"), 5, "Still great."));
        repository.add(entry(4, HASH_A, "carol", "2025-03-05T09:00:00Z", List.of("pilot"), 5,
                "=HYPERLINK(\"http://x\",\"click\")"));
        repository.add(entry(5, HASH_B, "bob", "2025-01-20T09:00:00Z", List.of("outdated"), 2,
                "Old prices,\nsee the \"2023\" list"));
        repository.add(entry(6, HASH_B, "alice", "2025-02-01T09:00:00Z", List.of("outdated", "needs update"), 1, null));
        repository.add(entry(7, HASH_C, "carol", "2025-03-03T09:00:00Z", List.of("worked"), 3, null));
        repository.withdraw(HASH_C, "carol");
        report = new FeedbackReporter(database, CLOCK).report(List.of(
                new KnownFile(HASH_A, "/share/decks/pricing.pptx"),
                new KnownFile(HASH_B, "/share/db54f1.pptx"),
                new KnownFile(HASH_D, "/share/decks/unused.pdf"),
                new KnownFile(HASH_C, "/share/c.pdf")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void reportCountsCurrentFeedbackPerFileWithTrendAndLatestComments() {
        FeedbackReport.FileReport pricing = report.files().get(1);

        // c.pdf's only entry was withdrawn: it has no feedback now (and is "never used")
        assertThat(report.files()).extracting(FeedbackReport.FileReport::path)
                .containsExactly("/share/db54f1.pptx", "/share/decks/pricing.pptx");
        assertThat(pricing.entries()).isEqualTo(3);
        assertThat(pricing.tagCounts()).containsExactly(Map.entry("worked", 2), Map.entry("customer asked", 1),
                Map.entry("pilot", 1));
        assertThat(pricing.averageRating()).isEqualTo(14.0 / 3);
        assertThat(pricing.latestComments()).containsExactly(
                new FeedbackReport.Comment("carol", Instant.parse("2025-03-05T09:00:00Z"),
                        "=HYPERLINK(\"http://x\",\"click\")"),
                new FeedbackReport.Comment("alice", Instant.parse("2025-03-01T09:00:00Z"), "Still great."));
        // the current entries by month: alice's January entry was replaced by her March one
        assertThat(pricing.entriesPerMonth()).containsExactly(Map.entry(YearMonth.of(2025, 2), 1),
                Map.entry(YearMonth.of(2025, 3), 2));
    }

    @Test
    void listsMostValuedFlaggedOutdatedAndNeverUsedFiles() {
        assertThat(report.mostValued()).extracting(FeedbackReport.FileReport::contentHash).containsExactly(HASH_A);
        assertThat(report.flaggedOutdated()).extracting(FeedbackReport.FileReport::contentHash).containsExactly(HASH_B);
        assertThat(report.neverUsed()).containsExactly(new KnownFile(HASH_C, "/share/c.pdf"),
                new KnownFile(HASH_D, "/share/decks/unused.pdf"));
    }

    @Test
    void anArchiveWhoseMembersHaveFeedbackIsNotNeverUsedWhileItsOtherMembersAre() {
        String hashE = ContentHasher.hash("archive E".getBytes(StandardCharsets.UTF_8));
        String hashF = ContentHasher.hash("archive F".getBytes(StandardCharsets.UTF_8));

        FeedbackReport withArchives = new FeedbackReporter(database, CLOCK).report(List.of(
                new KnownFile(hashE, "/share/arc.zip"),
                new KnownFile(HASH_A, "/share/arc.zip!/decks/pricing.pptx"),
                new KnownFile(HASH_D, "/share/arc.zip!/unused.pdf"),
                new KnownFile(hashF, "/share/old.zip"),
                new KnownFile(HASH_C, "/share/old.zip!/c.pdf"), // its one entry was withdrawn
                new KnownFile(HASH_B, "/share/db54f1.pptx")));

        assertThat(withArchives.files()).extracting(FeedbackReport.FileReport::path)
                .containsExactly("/share/arc.zip!/decks/pricing.pptx", "/share/db54f1.pptx");
        assertThat(withArchives.neverUsed()).containsExactly(new KnownFile(HASH_D, "/share/arc.zip!/unused.pdf"),
                new KnownFile(hashF, "/share/old.zip"), new KnownFile(HASH_C, "/share/old.zip!/c.pdf"));
        assertThat(withArchives.summary()).isEqualTo("2 files have feedback: 1 most valued, 0 didn't land, "
                + "1 flagged outdated; 3 indexed files have none yet.");
    }

    /**
     * Window test 12, F10: pangolin.txt (Worked, 5 stars) was deleted, and the Report still listed it under Most valued
     * and counted it among the files that have feedback, with nothing saying it was gone. It keeps its row, marked no
     * longer in any source, and is left out of the lists and the count; the summary says how many were left out.
     */
    @Test
    void aFileNoLongerInAnySourceIsLeftOutOfTheListsAndTheCountAndSaidSo() throws Exception {
        String pangolin = ContentHasher.hash("pangolin".getBytes(StandardCharsets.UTF_8));
        new FeedbackRepository(database, CLOCK).add(entry(20, pangolin, "dana", "2025-04-01T09:00:00Z",
                List.of("worked", "outdated"), 5, null));

        // the index no longer holds pangolin, nor HASH_B's file
        FeedbackReport afterDeletion = new FeedbackReporter(database, CLOCK).report(List.of(
                new KnownFile(HASH_A, "/share/decks/pricing.pptx"), new KnownFile(HASH_D, "/share/decks/unused.pdf")));

        String gone = "/share/" + pangolin.substring(0, 6) + ".pptx";
        assertThat(afterDeletion.files()).extracting(FeedbackReport.FileReport::path, FeedbackReport.FileReport::found)
                .containsExactlyInAnyOrder(tuple("/share/decks/pricing.pptx", true), tuple("/share/db54f1.pptx", false),
                        tuple(gone, false));
        assertThat(afterDeletion.mostValued()).extracting(FeedbackReport.FileReport::contentHash).containsExactly(HASH_A);
        assertThat(afterDeletion.flaggedOutdated()).isEmpty();
        assertThat(afterDeletion.noLongerFound()).extracting(FeedbackReport.FileReport::path)
                .containsExactly("/share/db54f1.pptx", gone);
        assertThat(afterDeletion.summary()).isEqualTo("1 file has feedback: 1 most valued, 0 didn't land, 0 flagged "
                + "outdated; 1 indexed file has none yet. 2 files with feedback are no longer in any source (deleted, "
                + "or in a folder no longer searched) and left out of these figures.");
        StringWriter csv = new StringWriter();
        FeedbackReportCsv.write(afterDeletion, csv);
        assertThat(csv.toString().lines().filter(r -> r.startsWith(gone))).singleElement()
                .satisfies(r -> assertThat(r).endsWith(",no longer in any source"));
    }

    /**
     * Window re-test 18, R4: the summary said the deleted pangolin.txt was left out of the figures, but Tags given,
     * Feedback per month and Answered by marketing ("6 received") still counted it. One definition: a file no longer in
     * any source is in none of the report's figures (its row, marked, stays).
     */
    @Test
    void aFileNoLongerInAnySourceIsInNoneOfTheFigures() {
        String pangolin = ContentHasher.hash("pangolin".getBytes(StandardCharsets.UTF_8));
        new FeedbackRepository(database, CLOCK).add(entry(20, pangolin, "dana", "2025-04-01T09:00:00Z",
                List.of("worked", "outdated"), 5, null));

        // the index no longer holds pangolin, nor HASH_B's file: only pricing's three current entries count
        FeedbackReport afterDeletion = new FeedbackReporter(database, CLOCK).report(List.of(
                new KnownFile(HASH_A, "/share/decks/pricing.pptx"), new KnownFile(HASH_D, "/share/decks/unused.pdf")));

        assertThat(afterDeletion.tagsGiven()).containsExactly(Map.entry("worked", 2), Map.entry("customer asked", 1),
                Map.entry("pilot", 1));
        assertThat(afterDeletion.entriesPerMonth()).containsExactly(Map.entry(YearMonth.of(2025, 2), 1),
                Map.entry(YearMonth.of(2025, 3), 2));
        assertThat(afterDeletion.loop().total().received()).isEqualTo(3);
        assertThat(afterDeletion.loop().months()).containsOnlyKeys(YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        // with every file found, all five current entries count
        assertThat(report.loop().total().received()).isEqualTo(5);
        assertThat(report.tagsGiven()).containsEntry("outdated", 2).containsEntry("worked", 2);
    }

    @Test
    void feedbackNamingSlidesIsCountedPerSlideInTheReportTheJsonAndTheCsv() throws Exception {
        FeedbackDatabase decks = FeedbackDatabase.open(dir.resolve("slides"));
        try {
            FeedbackRepository repository = new FeedbackRepository(decks, CLOCK);
            repository.add(slides(11, "alice", "2025-04-01T09:00:00Z", List.of("didn't land"), List.of(7)));
            repository.add(slides(12, "bob", "2025-04-02T09:00:00Z", List.of("didn't land", "outdated"), List.of(7, 9)));
            repository.add(slides(13, "carol", "2025-04-03T09:00:00Z", List.of("worked"), List.of()));
            // dave's entry on slide 3 was replaced by one on the whole file: slide 3 is no longer named
            repository.add(slides(14, "dave", "2025-04-04T09:00:00Z", List.of("worked"), List.of(3)));
            repository.add(slides(15, "dave", "2025-04-05T09:00:00Z", List.of("worked"), List.of()));

            FeedbackReport withSlides = new FeedbackReporter(decks, CLOCK).report(
                    List.of(new KnownFile(HASH_A, "/share/decks/pricing.pptx")));

            FeedbackReport.FileReport deck = withSlides.files().getFirst();
            assertThat(deck.slides()).containsExactly(
                    new FeedbackReport.SlideReport(7, 2, Map.of("didn't land", 2, "outdated", 1)),
                    new FeedbackReport.SlideReport(9, 1, Map.of("didn't land", 1, "outdated", 1)));
            assertThat(deck.slides().getFirst().tagCounts()).containsExactly(Map.entry("didn't land", 2),
                    Map.entry("outdated", 1));
            assertThat(deck.slides()).extracting(FeedbackReport.SlideReport::describe)
                    .containsExactly("slide 7: didn't land \u00d72, outdated", "slide 9: didn't land, outdated");
            assertThat(deck.entries()).isEqualTo(4);
            StringWriter csv = new StringWriter();
            FeedbackReportCsv.write(withSlides, csv);
            assertThat(csv.toString().lines().skip(1).findFirst().orElseThrow())
                    .endsWith(",2025-04=4,\"7: entries=2, didn't land=2, outdated=1; 9: entries=1, didn't land=1, "
                            + "outdated=1\",didn't land; flagged outdated");
        } finally {
            decks.close();
        }
    }

    private static FeedbackEntry slides(int id, String user, String at, List<String> tags, List<Integer> slides) {
        return new FeedbackEntry(FeedbackFixtures.id(id), HASH_A, "/share/decks/pricing.pptx", user, Instant.parse(at),
                tags, null, null, null, null, slides);
    }

    @Test
    void csvExportIsExactRfc4180WithFormulasDefused() throws Exception {
        StringWriter csv = new StringWriter();
        FeedbackReportCsv.write(report, csv);

        assertThat(csv.toString()).isEqualTo("\uFEFF"
                + "path,content_hash,entries,average_rating,worked,didn't land,outdated,customer asked,needs update,"
                + "other_tags,latest_comment,latest_comment_by,last_feedback,entries_per_month,slides,lists\r\n"
                + "/share/db54f1.pptx," + HASH_B + ",2,1.50,0,0,2,0,1,,\"Old prices,\nsee the \"\"2023\"\" list\",bob,"
                + "2025-02-01T09:00:00Z,2025-01=1; 2025-02=1,,flagged outdated\r\n"
                + "/share/decks/pricing.pptx," + HASH_A + ",3,4.67,2,0,0,1,0,pilot=1,"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",carol,2025-03-05T09:00:00Z,"
                + "2025-02=1; 2025-03=2,,most valued\r\n"
                + "/share/c.pdf," + HASH_C + ",0,,,,,,,,,,,,,never used\r\n"
                + "/share/decks/unused.pdf," + HASH_D + ",0,,,,,,,,,,,,,never used\r\n");
    }

    @Test
    void aKnownHistoryIsCountedOnceByEachDefinitionInTheSummaryTheListsAndTheCsv() throws Exception {
        FeedbackDatabase history = FeedbackDatabase.open(dir.resolve("history"));
        try {
            FeedbackRepository repository = new FeedbackRepository(history, CLOCK);
            List<KnownFile> known = new ArrayList<>();
            for (int i = 1; i <= 14; i++) {
                known.add(new KnownFile(ContentHasher.hash(("file " + i).getBytes(StandardCharsets.UTF_8)),
                        String.format("/share/file%02d.pdf", i)));
            }
            String f1 = known.get(0).contentHash();
            String f2 = known.get(1).contentHash();
            String f3 = known.get(2).contentHash();
            String f4 = known.get(3).contentHash();
            repository.add(entry(10, f1, "ana", "2025-01-05T09:00:00Z", List.of("worked"), 5, "Won the deal."));
            repository.add(entry(11, f1, "ana", "2025-03-05T09:00:00Z", List.of("worked"), 4, null)); // replaces ana's
            repository.add(entry(12, f1, "ben", "2025-03-09T09:00:00Z", List.of("worked"), 5, null));
            repository.add(entry(13, f2, "ana", "2025-02-10T09:00:00Z", List.of("didn't land"), 2, null));
            repository.add(entry(14, f3, "ben", "2025-02-11T09:00:00Z", List.of("outdated"), null, null));
            repository.add(entry(15, f4, "cid", "2025-01-20T09:00:00Z", List.of("worked"), 5, null));
            repository.withdraw(f4, "cid");

            FeedbackReport known14 = new FeedbackReporter(history, CLOCK).report(known);

            assertThat(known14.summary()).isEqualTo("3 files have feedback: 1 most valued, 1 didn't land, 1 flagged "
                    + "outdated; 11 indexed files have none yet.");
            assertThat(known14.files()).extracting(FeedbackReport.FileReport::contentHash).containsExactly(f1, f2, f3);
            assertThat(known14.didntLand()).extracting(FeedbackReport.FileReport::contentHash).containsExactly(f2);
            assertThat(known14.neverUsed()).hasSize(11).extracting(KnownFile::contentHash).contains(f4)
                    .doesNotContain(f1, f2, f3);
            assertThat(known14.entriesPerMonth()).containsExactly(Map.entry(YearMonth.of(2025, 2), 2),
                    Map.entry(YearMonth.of(2025, 3), 2)); // four current entries: no replaced, no withdrawn one

            StringWriter csv = new StringWriter();
            FeedbackReportCsv.write(known14, csv);
            List<String> rows = csv.toString().lines().skip(1).toList();
            assertThat(rows).hasSize(14);
            assertThat(rows.stream().filter(r -> r.endsWith(",never used"))).hasSize(11);
            assertThat(rows.stream().filter(r -> !r.split(",")[2].equals("0"))).hasSize(3); // entries
            assertThat(rows).filteredOn(r -> r.startsWith("/share/file02.pdf")).singleElement()
                    .satisfies(r -> assertThat(r).endsWith(",didn't land"));
        } finally {
            history.close();
        }
    }

    @Test
    void identicalCopiesAreEachAFileInTheSummaryTheNeverUsedListAndTheCsv() throws Exception {
        // rc19 minor 5: "2 files have feedback …; 1,012 indexed files have none yet" with 1,034 files indexed: the
        // sentence counted contents. A copy is a file of its own (as the index counts them) sharing its content's
        // feedback: the files with feedback and those without are every indexed file, here 6
        FeedbackDatabase history = FeedbackDatabase.open(dir.resolve("copies"));
        try {
            String valued = ContentHasher.hash("the valued deck".getBytes(StandardCharsets.UTF_8));
            String same = ContentHasher.hash("the same deck".getBytes(StandardCharsets.UTF_8));
            String other = ContentHasher.hash("another deck".getBytes(StandardCharsets.UTF_8));
            new FeedbackRepository(history, CLOCK).add(entry(1, valued, "ana", "2025-03-05T09:00:00Z", List.of("worked"),
                    5, null));
            List<KnownFile> known = List.of(new KnownFile(same, "/share/b/deck.pptx"), new KnownFile(same, "/share/a/deck.pptx"),
                    new KnownFile(valued, "/share/won/valued.pptx"), new KnownFile(other, "/share/other.pptx"),
                    new KnownFile(valued, "/share/old/valued.pptx"), new KnownFile(valued, "/share/copy/valued.pptx"));

            FeedbackReport report = new FeedbackReporter(history, CLOCK).report(known);

            assertThat(report.summary()).isEqualTo("3 files have feedback: 1 most valued, 0 didn't land, 0 flagged "
                    + "outdated; 3 indexed files have none yet.");
            // one row per content in the lists with feedback, naming its copies; every file nobody used, at its path
            assertThat(report.mostValued()).singleElement().satisfies(file -> {
                assertThat(file.path()).isEqualTo("/share/copy/valued.pptx");
                assertThat(file.copies()).containsExactly("/share/old/valued.pptx", "/share/won/valued.pptx");
            });
            assertThat(report.neverUsed()).containsExactly(new KnownFile(same, "/share/a/deck.pptx"),
                    new KnownFile(same, "/share/b/deck.pptx"), new KnownFile(other, "/share/other.pptx"));
            StringWriter csv = new StringWriter();
            FeedbackReportCsv.write(report, csv);
            List<String> rows = csv.toString().lines().skip(1).toList();
            assertThat(rows).extracting(row -> row.split(",")[0] + " " + row.split(",")[2] + " "
                    + row.substring(row.lastIndexOf(',') + 1)).containsExactly(
                    "/share/copy/valued.pptx 1 most valued", "/share/old/valued.pptx 1 most valued",
                    "/share/won/valued.pptx 1 most valued", "/share/a/deck.pptx 0 never used",
                    "/share/b/deck.pptx 0 never used", "/share/other.pptx 0 never used");
        } finally {
            history.close();
        }
    }
}
