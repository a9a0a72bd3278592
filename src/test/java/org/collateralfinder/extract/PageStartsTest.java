package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.collateralfinder.model.PageStarts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each slide, page and sheet starts in the extracted text, from real files of the shared corpus
 * (src/test/resources/pages): the slide a known sentence is on, the sheets' names, and the same starts
 * carried over from the worker process.
 */
class PageStartsTest {

    @TempDir
    Path tmp;

    private final TikaExtractor tika = new TikaExtractor(2_000_000, 50L * 1024 * 1024);

    static Path resource(String name) {
        try {
            return Path.of(PageStartsTest.class.getResource("/pages/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Extraction extract(String name) {
        Extraction e = tika.extract(ExtractionRequest.of(resource(name)));
        assertThat(e.succeeded()).as(e.detail()).isTrue();
        return e;
    }

    private static int pageOf(Extraction e, String words) {
        int at = e.text().indexOf(words);
        assertThat(at).as(words).isGreaterThanOrEqualTo(0);
        return e.pageStarts().pageOf(at);
    }

    /** The page the last time {@code words} are in the text is on. */
    private static int pageOfLast(Extraction e, String words) {
        int at = e.text().lastIndexOf(words);
        assertThat(at).as(words).isGreaterThanOrEqualTo(0);
        return e.pageStarts().pageOf(at);
    }

    private static String pageText(Extraction e, int page) {
        PageStarts s = e.pageStarts();
        return e.text().substring(s.start(page), s.end(page, e.text().length())).replaceAll("\\s+", " ").strip();
    }

    @Test
    void eachSlideOfAPptxDeckStartsWhereItsTextDoes() {
        Extraction deck = extract("stress013.pptx");
        assertThat(deck.pageStarts().count()).isEqualTo(23);
        assertThat(deck.pageStarts().start(1)).isZero();
        assertThat(pageText(deck, 1)).startsWith("Toward a Standard Benchmark Format and Suite for Floating-Point Analysis");
        assertThat(pageText(deck, 15)).startsWith("FPBench benchmark suite 72 total benchmarks");
        assertThat(pageOf(deck, "72 total benchmarks")).isEqualTo(15);
        assertThat(pageOf(deck, "Formal definitions of accuracy measures")).isEqualTo(19);
        assertThat(pageOf(deck, "Sine Newton")).isEqualTo(11);
        assertThat(deck.pageStarts().names()).isEmpty();
    }

    @Test
    void eachSlideOfAPptDeckStartsWhereItsTextDoes() {
        Extraction deck = extract("42520.ppt");
        assertThat(deck.pageStarts().count()).isEqualTo(19);
        assertThat(pageText(deck, 7)).startsWith("MarketNorms overview");
        assertThat(pageOf(deck, "A vast normative database")).isEqualTo(7);
        assertThat(pageOf(deck, "Recommendation for future research")).isEqualTo(18);
        assertThat(pageText(deck, 19)).startsWith("Thank you!");
    }

    @Test
    void eachPageOfAPdfStartsWhereItsTextDoes() {
        Extraction pdf = extract("PDFBOX-5762-722238.pdf");
        assertThat(pdf.pageStarts().count()).isEqualTo(8);
        assertThat(pageText(pdf, 1)).startsWith("CHAPTER 5 TABLE OF CONTENTS");
        assertThat(pageText(pdf, 6)).startsWith("5.2 Unavoidable Adverse Impacts");
        assertThat(pageOf(pdf, "porbeagle landed")).isEqualTo(3);
        assertThat(pageText(pdf, 8)).startsWith("5-7 CHAPTER 5 TABLE OF CONTENTS");
    }

    @Test
    void eachSheetOfAWorkbookStartsWithItsName() {
        Extraction book = extract("SampleSS.xlsx");
        assertThat(book.pageStarts().names()).containsExactly("First Sheet", "Sheet Number 2", "Sheet3");
        assertThat(pageOf(book, "Start of 2nd sheet")).isEqualTo(2);
        assertThat(pageOf(book, "This one is red")).isEqualTo(1);
    }

    @Test
    void aLetterHasNoPages() {
        assertThat(PlainTextDecoder.decode("Dear Sam,\n\nthe walrus tier is approved.\n".getBytes(), "txt", 1000)
                .pageStarts()).isEqualTo(PageStarts.NONE);
    }

    @Test
    void theWorkerProcessHandsOverTheSameStarts() throws Exception {
        Extraction inProcess = extract("SampleSS.xlsx");
        try (IsolatedExtractor worker = new IsolatedExtractor(ExtractionLimits.defaults().withWorkers(1), tmp.resolve("errors.log"))) {
            Extraction viaWorker = worker.extract(ExtractionRequest.of(resource("SampleSS.xlsx")));
            assertThat(viaWorker.pageStarts()).isEqualTo(inProcess.pageStarts());
            assertThat(viaWorker.text()).isEqualTo(inProcess.text());
        }
        assertThat(Arrays.stream(inProcess.pageStarts().offsets()).boxed().toList()).hasSize(3);
        assertThat(List.of(inProcess.pageStarts().start(1))).containsExactly(0);
    }

    /**
     * The names a program gave the parts of a deck (its pictures, its embedded documents) are not text of its slides:
     * "Trade show" matched a slide as "… image4.jpeg image5.jpg" (slides re-test 20, finding 6).
     */
    @Test
    void theNamesOfPicturesAndEmbeddedDocumentsAreNotTextOfTheSlides() throws Exception {
        Extraction deck = tika.extract(ExtractionRequest.of(Path.of("src/test/resources/slides/testWPSAttachment.pptx")));
        assertThat(deck.succeeded()).as(deck.detail()).isTrue();
        assertThat(java.util.regex.Pattern.compile("(?i)\\b(image|oleObject|Microsoft_\\w+)\\d*\\.(jpe?g|png|gif|emf|wmf|bin|xlsx?|docx?|pptx?)\\b")
                .matcher(deck.text()).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
        assertThat(deck.pageStarts().count()).isEqualTo(1);
    }
    /**
     * An object embedded on a slide is that slide's text, not the last slide's: Tika writes a deck's embedded documents
     * after all its slides, and slide 8's embedded presentation was credited to slide 11, the closing slide (s15
     * report, MAJOR 1). The object's picture, a metafile with the same words, hangs on no slide Tika names: its words
     * are the file's, no slide's.
     */
    @Test
    void anObjectEmbeddedOnASlideIsThatSlidesTextNotTheLastSlides() {
        Extraction deck = extract("45541_Header.pptx");
        assertThat(deck.pageStarts().count()).isEqualTo(11);
        assertThat(pageText(deck, 8)).startsWith("Local conditions").contains("Suggested feasible structures",
                "Macroeconomics Factors");
        assertThat(pageOf(deck, "Suggested feasible structures")).isEqualTo(8);
        assertThat(pageText(deck, 11)).isEqualTo("Removing financing obstacles through project structuring Antonio "
                + "Vives Manager, a.i. Sustainable Development Department Inter-American Development Bank Access to "
                + "Finance for Local Governments IV World Water Forum March 17, 2006 11 testdoc");
        assertThat(pageText(deck, 7)).doesNotContain("Macroeconomics");
        assertThat(pageOfLast(deck, "Size and Location")).isZero(); // the picture's words: the file's, no slide's
    }

    /**
     * Bullets of a symbol font come out of the reader as private-use characters (Wingdings' square bullet as U+F06E),
     * which snippets and the Text tab drew as boxes (slide export re-check x15b): they are the characters they look
     * like, one for one, so every page still starts where it did.
     */
    @Test
    void symbolFontBulletsAreTheCharactersTheyLookLike() {
        Extraction deck = extract("45541_Header.pptx");
        assertThat(deck.text().chars().filter(c -> c >= 0xF000 && c <= 0xF0FF).count()).isZero();
        assertThat(pageText(deck, 8)).contains("Political Risk ■ ■");
    }

    /** A file attached to a PDF as a whole (not on a page) is the file's text, not its last page's. */
    @Test
    void aFileAttachedToAPdfAsAWholeIsOnNoPage() throws Exception {
        Path pdf = org.collateralfinder.testing.OfficeFiles.pdfWithAttachment(tmp.resolve("Walrus pricing.pdf"),
                "terms.txt", "Walrus tier terms and conditions", "Walrus tier overview", "Walrus tier prices");
        Extraction read = tika.extract(ExtractionRequest.of(pdf));
        assertThat(read.succeeded()).as(read.detail()).isTrue();
        assertThat(read.pageStarts().count()).isEqualTo(2);
        assertThat(pageText(read, 1)).isEqualTo("Walrus tier overview");
        assertThat(pageText(read, 2)).isEqualTo("Walrus tier prices");
        assertThat(pageOf(read, "terms and conditions")).isZero();
    }

    /** A presentation's pictures, written after its slides (a binary PPT's), are no slide's text. */
    @Test
    void picturesAfterTheSlidesOfAPptAreOnNoSlide() {
        Extraction deck = extract("testPPT_oleWorkbook.ppt");
        assertThat(deck.pageStarts().count()).isEqualTo(2);
        assertThat(pageText(deck, 2)).isEqualTo("MFL Sheet1 1 5 9 2 6 0 3 7 A 4 8 B"); // the workbook embedded on it
        assertThat(pageOfLast(deck, "4 8 B")).isZero(); // the workbook's picture, after the slides: no slide's
    }

    /** The starts, their end and the text rearranged come over from the worker process as they were read. */
    @Test
    void theWorkerProcessHandsOverWhereThePagesEnd() throws Exception {
        Extraction inProcess = extract("45541_Header.pptx");
        try (IsolatedExtractor worker = new IsolatedExtractor(ExtractionLimits.defaults().withWorkers(1), tmp.resolve("errors.log"))) {
            Extraction viaWorker = worker.extract(ExtractionRequest.of(resource("45541_Header.pptx")));
            assertThat(viaWorker.pageStarts()).isEqualTo(inProcess.pageStarts());
            assertThat(viaWorker.text()).isEqualTo(inProcess.text());
        }
        assertThat(inProcess.pageStarts().end()).isBetween(1, inProcess.text().length() - 1);
    }
}
