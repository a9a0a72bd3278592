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
}
