package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code feedback add --slide} on a real index (the extraction worker) and a real feedback database, for what the
 * outside re-test 12 found: the slide is checked against the content the entry is recorded on (a deck changed since
 * the last index run is counted as it is now), PDF pages and sheets are called so, an empty --slide and a slide
 * written into the file name ({@code deck#2.pptx#2}) are refused with a sentence, and the text report counts per slide.
 */
class SlideFeedbackCheckTest {

    @TempDir
    static Path dir;

    private static Path data;
    private static Path share;
    private static Path grows;
    private static Path shrinks;
    private static Path pdf;
    private static Path workbook;
    private static Path hashDeck;
    private static int pdfPages;

    @BeforeAll
    static void indexTheShare() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        grows = Files.copy(Path.of("src/test/resources/slides/testPPT.pptx"), share.resolve("grows.pptx")); // 3 slides
        shrinks = Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), share.resolve("shrinks.pptx")); // 10 slides
        pdf = Files.copy(Path.of("src/test/resources/pages/PDFBOX-5762-722238.pdf"), share.resolve("report.pdf"));
        workbook = Files.copy(Path.of("src/test/resources/pages/SampleSS.xlsx"), share.resolve("Prices.xlsx"));
        hashDeck = Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), share.resolve("deck#2.pptx"));
        Files.writeString(share.resolve("copy a.txt"), "Call notes, kept twice."); // identical copies, never used
        Files.writeString(share.resolve("copy b.txt"), "Call notes, kept twice.");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pdfPages = document.getNumberOfPages();
        }
        data = dir.resolve("data");
        CliRun index = CliRun.of("index", "--data-dir", data.toString(), "--source", share.toString());
        assertThat(index.exit()).as(index.err()).isZero();
    }

    private static CliRun feedback(String... args) {
        List<String> all = new ArrayList<>(List.of("feedback", args[0], "--data-dir", data.toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** Re-test 12 #5: slide 9 was refused on a deck grown to 10 slides, and kept on one shrunk to 3, as the index had them. */
    @Test
    void aDeckChangedSinceTheLastIndexRunIsCountedAsItIsNow() throws Exception {
        Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), grows, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/slides/testPPT.pptx"), shrinks, StandardCopyOption.REPLACE_EXISTING);

        CliRun grown = feedback("add", grows.toString(), "--tag", "worked", "--slide", "9", "--user", "gina");
        CliRun shrunk = feedback("add", shrinks.toString(), "--tag", "worked", "--slide", "9", "--user", "hank");
        CliRun onALeftSlide = feedback("add", shrinks.toString(), "--tag", "worked", "--slide", "3", "--user", "hank");

        assertThat(grown.exit()).as(grown.err()).isZero();
        assertThat(grown.out()).startsWith("Saved gina's feedback on " + grows + " (slide 9) (");
        assertThat(shrunk.exit()).isEqualTo(2);
        assertThat(shrunk.err().strip()).isEqualTo("shrinks.pptx has 3 slides; there is no slide 9.");
        assertThat(shrunk.out()).isEmpty();
        assertThat(onALeftSlide.exit()).as(onALeftSlide.err()).isZero();
        List<String> slides = new ArrayList<>();
        feedback("list", shrinks.toString(), "--json").json().forEach(entry -> slides.add(entry.get("slides").toString()));
        assertThat(slides).containsExactly("[3]");
    }

    /** Re-test 12 #12: "Saved … (slide 4)" on a PDF; its refusal already said pages. */
    @Test
    void pdfPagesAndSheetsAreCalledSo() throws Exception {
        CliRun page = feedback("add", pdf.toString(), "--tag", "worked", "--slide", Integer.toString(pdfPages), "--user", "erin");
        CliRun sheet = feedback("add", workbook.toString(), "--tag", "worked", "--slide", "1", "--user", "erin");

        assertThat(page.exit()).as(page.err()).isZero();
        assertThat(page.out()).startsWith("Saved erin's feedback on " + pdf + " (page " + pdfPages + ") (");
        assertThat(sheet.out()).startsWith("Saved erin's feedback on " + workbook + " (sheet 1) (");
        CliRun pastTheEnd = feedback("add", pdf.toString(), "--tag", "worked", "--slide",
                Integer.toString(pdfPages + 1), "--user", "erin");
        assertThat(pastTheEnd.err().strip()).isEqualTo("report.pdf has " + pdfPages + " page" + (pdfPages == 1 ? "" : "s")
                + "; there is no page " + (pdfPages + 1) + ".");
    }

    /**
     * s15 report, minor 5: a slide past the end without a tag was first told "Give at least a tag, a rating or a
     * comment.", and only after a tag was added that the slide does not exist. The slide is the first thing to fix.
     */
    @Test
    void aSlidePastTheEndIsSaidBeforeAMissingTag() {
        CliRun noTag = feedback("add", pdf.toString(), "--slide", Integer.toString(pdfPages + 1), "--user", "erin");

        assertThat(noTag.exit()).isEqualTo(2);
        assertThat(noTag.err().strip()).isEqualTo("report.pdf has " + pdfPages + " page" + (pdfPages == 1 ? "" : "s")
                + "; there is no page " + (pdfPages + 1) + ".");
        CliRun onAPage = feedback("add", pdf.toString(), "--slide", "1", "--user", "erin");
        assertThat(onAPage.exit()).isEqualTo(2);
        assertThat(onAPage.err().strip()).isEqualTo("Give at least a tag, a rating or a comment.");
    }

    /** Re-test 12 #12: --slide '' was saved as feedback on the whole file. */
    @Test
    void anEmptySlideIsRefusedNotTakenForTheWholeFile() throws Exception {
        CliRun empty = feedback("add", hashDeck.toString(), "--tag", "worked", "--slide", "", "--user", "ivan");

        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err().strip()).isEqualTo("A slide must be given by its number (7), a list (7,9) or a range (3-5), "
                + "not an empty value; for feedback on the whole file, name no slide.");
        assertThat(feedback("list", "--json").json().toString()).doesNotContain("ivan");
    }

    /** Re-test 12 #11: export's FILE#N given to feedback said only that the file does not exist. */
    @Test
    void aSlideWrittenIntoTheFileNameIsExplained() {
        CliRun run = feedback("add", hashDeck + "#2", "--tag", "worked", "--user", "jo");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("The file " + hashDeck + "#2 does not exist. To give feedback on slide 2 of "
                + "deck#2.pptx, name the file and the slide apart: feedback add \"" + hashDeck + "\" --slide 2.");
        CliRun notThere = feedback("add", share.resolve("gone.pptx#2").toString(), "--tag", "worked", "--user", "jo");
        assertThat(notThere.err().strip()).isEqualTo("The file " + share.resolve("gone.pptx#2") + " does not exist.");
    }

    /**
     * Re-test 12 #14: the sentence counted files the CSV does not have rows for. One row per file, as the sentence counts
     * them: identical copies never used are a row each (rc19 minor 5: the report counts files, as the index does).
     */
    @Test
    void theCsvSentenceCountsTheRowsWritten() throws Exception {
        Path csv = dir.resolve("report.csv");

        CliRun run = feedback("report", "--csv", csv.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Matcher said = Pattern.compile("Wrote the report to " + Pattern.quote(csv.toString())
                + ": (\\d+) files? with feedback, (\\d+) never used\\.\\R").matcher(run.out());
        assertThat(said.matches()).as(run.out()).isTrue();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.stream().filter(line -> line.endsWith(",never used")).count())
                .isEqualTo(Long.parseLong(said.group(2)));
        assertThat(lines).hasSize(1 + Integer.parseInt(said.group(1)) + Integer.parseInt(said.group(2)));
        assertThat(lines.stream().filter(line -> line.contains("copy ")).count()).isEqualTo(2);
    }
}
