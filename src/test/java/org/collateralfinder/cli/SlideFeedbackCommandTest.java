package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback that names slides ({@code feedback add FILE --slide N}), end to end on a real deck indexed by the
 * extraction worker: kept per entry, listed, counted per slide in the report, and refused with a sentence where
 * the deck has no such slide.
 */
class SlideFeedbackCommandTest {

    @TempDir
    static Path dir;

    private static Path data;
    private static Path deck;
    private static Path notes;
    private static Path workbook;
    private static int slides;
    private static int sheets;

    @BeforeAll
    static void indexADeck() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        deck = Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), share.resolve("Launch deck.pptx"));
        notes = Files.writeString(share.resolve("notes.txt"), "Call notes about the launch deck.");
        workbook = Files.copy(Path.of("src/test/resources/pages/SampleSS.xlsx"), share.resolve("Prices.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            sheets = book.getNumberOfSheets();
        }
        data = dir.resolve("data");
        CliRun index = CliRun.of("index", "--data-dir", data.toString(), "--source", share.toString());
        assertThat(index.exit()).as(index.err()).isZero();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(deck))) {
            slides = show.getSlides().size(); // the slides themselves, not the count the deck's metadata claims
        }
        assertThat(slides).isGreaterThan(3);
    }

    private static CliRun feedback(String... args) {
        List<String> all = new ArrayList<>(List.of("feedback"));
        all.add(args[0]);
        all.addAll(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void feedbackNamesSlidesAndTheReportCountsThemPerSlide() throws Exception {
        CliRun alice = feedback("add", deck.toString(), "--tag", "didn't land", "--slide", "3", "--user", "alice");
        CliRun bob = feedback("add", deck.toString(), "--tag", "worked", "--slide", "2,3", "--slide", "1-2", "--user", "bob");
        CliRun carol = feedback("add", deck.toString(), "--rating", "4", "--user", "carol");

        assertThat(alice.exit()).as(alice.err()).isZero();
        assertThat(alice.out()).startsWith("Saved alice's feedback on " + deck + " (slide 3) (");
        assertThat(bob.out()).startsWith("Saved bob's feedback on " + deck + " (slides 1, 2, 3) (");
        assertThat(carol.out()).startsWith("Saved carol's feedback on " + deck + " (");
        Map<String, String> slidesByUser = new TreeMap<>();
        for (JsonNode entry : feedback("list", deck.toString(), "--json").json()) {
            slidesByUser.put(entry.get("user").textValue(), entry.get("slides").toString());
        }
        assertThat(slidesByUser).containsExactly(Map.entry("alice", "[3]"), Map.entry("bob", "[1,2,3]"),
                Map.entry("carol", "[]"));
        assertThat(feedback("list", deck.toString()).out()).contains("  slide 3\n").contains("  slides 1, 2, 3\n");
        assertThat(alice.out()).doesNotContain("replaces");
        CliRun again = feedback("add", deck.toString(), "--tag", "worked", "--slide", "7", "--user", "carol");
        assertThat(again.out()).endsWith("). It replaces carol's earlier feedback on this file.\n");
        feedback("add", deck.toString(), "--rating", "4", "--user", "carol"); // as it was, for the report below

        // re-test 12 #13: the text counts per slide, as the JSON and the CSV do
        String text = feedback("report").out();
        assertThat(text).contains("All files:\n  " + deck + "  3 entries, average 4.00, didn't land 1, worked 1\n"
                + "    slide 1: 1 entry, worked 1\n    slide 2: 1 entry, worked 1\n    slide 3: 2 entries, didn't land 1, worked 1\n");
        assertThat(text).containsOnlyOnce("    slide 3: "); // in "All files", not again under "Most valued" and "Didn't land"
        JsonNode file = feedback("report", "--json").json().get("files").get(0);
        assertThat(file.get("path").textValue()).isEqualTo(deck.toString());
        assertThat(file.get("slides").toString()).isEqualTo("[{\"slide\":1,\"entries\":1,\"tags\":{\"worked\":1}},"
                + "{\"slide\":2,\"entries\":1,\"tags\":{\"worked\":1}},"
                + "{\"slide\":3,\"entries\":2,\"tags\":{\"didn't land\":1,\"worked\":1}}]");
    }

    @Test
    void aSlideTheFileDoesNotHaveIsRefusedWithASentenceAndNothingIsSaved() throws Exception {
        assertRefused(feedback("add", deck.toString(), "--tag", "worked", "--slide", Integer.toString(slides + 1),
                "--user", "dave"), "Launch deck.pptx has " + slides + " slides; there is no slide " + (slides + 1) + ".");
        assertRefused(feedback("add", deck.toString(), "--tag", "worked", "--slide", "0", "--user", "dave"),
                "Slides are numbered from 1, as the preview shows them (\"Slide 7 of 24\"); 0 is not a slide number.");
        assertRefused(feedback("add", deck.toString(), "--tag", "worked", "--slide", "seven", "--user", "dave"),
                "A slide must be given by its number (7), a list (7,9) or a range (3-5), not \"seven\".");
        for (String gap : List.of("3,", ",3", "3,,5")) { // slides re-test 20 #7: "3," was taken for slide 3
            assertRefused(feedback("add", deck.toString(), "--tag", "worked", "--slide", gap, "--user", "dave"),
                    "A list of slides names a slide between each two commas and after the last (7,9), not \"" + gap + "\".");
        }
        assertRefused(feedback("add", deck.toString(), "--tag", "worked", "--slide", "5-3", "--user", "dave"),
                "The slide range 5-3 runs backwards; write it as 3-5.");
        assertRefused(feedback("add", deck.toString(), "--tag", "worked", "--slide", "1-60", "--user", "dave"),
                "Feedback can name at most 50 slides; 1-60 names 60.");
        assertRefused(feedback("add", workbook.toString(), "--tag", "worked", "--slide", Integer.toString(sheets + 1),
                "--user", "dave"), "Prices.xlsx has " + sheets + " sheet" + (sheets == 1 ? "" : "s") + "; there is no sheet "
                + (sheets + 1) + ".");
        CliRun sheet = feedback("add", workbook.toString(), "--tag", "worked", "--slide", Integer.toString(sheets),
                "--user", "erin"); // a workbook's sheets take feedback as a deck's slides do
        assertThat(sheet.exit()).as(sheet.err()).isZero();
        assertRefused(feedback("add", notes.toString(), "--tag", "worked", "--slide", "2", "--user", "dave"),
                "notes.txt has no slides, pages or sheets the index knows of; give feedback on the whole file, without --slide.");

        List<String> users = new ArrayList<>();
        feedback("list", "--json").json().forEach(entry -> users.add(entry.get("user").textValue()));
        assertThat(users).doesNotContain("dave");
    }

    private static void assertRefused(CliRun run, String sentence) {
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).isEqualTo(sentence);
        assertThat(run.out()).isEmpty();
    }
}
