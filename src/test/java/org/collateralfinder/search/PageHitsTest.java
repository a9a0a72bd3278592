package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search names the slides, pages and sheets of a file where it matched best, on real decks, a real PDF and
 * a real workbook from the shared corpus (src/test/resources/pages), indexed by the real workers: words found
 * on one slide only bring that deck first with that slide first; typos, word forms, phrases and a word being
 * typed find the same slide; a file without pages has none.
 */
class PageHitsTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void indexRealFiles() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Collateral"));
        for (String name : List.of("stress013.pptx", "42520.ppt", "PDFBOX-5762-722238.pdf", "SampleSS.xlsx")) {
            Files.copy(Path.of("src/test/resources/pages", name), src.resolve(name));
        }
        OfficeFiles.text(src.resolve("Accuracy notes.txt"), "Notes from the quarterly review: formal definitions of churn and renewal.",
                "2025-05-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    /** The first hit's file name and where in it the search matched. */
    private static Found search(String query, boolean asYouType) {
        SearchRequest request = SearchRequest.of(query, 10).asYouType(asYouType);
        SearchResult result = f.search.search(request);
        assertThat(result.hits()).as(query).isNotEmpty();
        SearchHit first = result.hits().getFirst();
        List<PageHit> pages = f.search.pageHits(request, List.of(first.path())).get(first.path());
        return new Found(first.fileName(), pages);
    }

    private record Found(String file, List<PageHit> pages) {
        List<Integer> numbers() {
            return pages.stream().map(PageHit::page).toList();
        }
    }

    @Test
    void wordsFromOneSlideFindTheDeckWithThatSlideFirst() {
        Found found = search("formal definitions accuracy measures", false);
        assertThat(found.file()).isEqualTo("stress013.pptx");
        assertThat(found.numbers()).containsExactly(19, 20, 8);
        assertThat(found.pages().getFirst().name()).isNull();
        assertThat(found.pages().getFirst().snippet())
                .contains("<b>Formal</b> <b>definitions</b> of <b>accuracy</b> <b>measures</b>");

        Found ppt = search("vast normative database", false);
        assertThat(ppt.file()).isEqualTo("42520.ppt");
        assertThat(ppt.numbers()).containsExactly(7, 5, 6);
        assertThat(ppt.pages().getFirst().snippet()).startsWith("A <b>vast</b> <b>normative</b> <b>database</b> designed");
    }

    @Test
    void aPageHitsSnippetIsCutToItsPage() {
        Found found = search("formal definitions accuracy measures", false);
        // slide 19 is "FPBench measures / Formal definitions of accuracy measures / ...", slide 18 ends "...Named measures"
        assertThat(found.pages().getFirst().snippet()).isEqualTo("FPBench <b>measures</b> <b>Formal</b> <b>definitions</b> of "
                + "<b>accuracy</b> <b>measures</b> Described along 5 axes Standard <b>measures</b> so tools agree");
    }

    @Test
    void typosWordFormsPhrasesAndAWordBeingTypedFindTheSameSlide() {
        assertThat(search("vast normatve databse", false)).extracting(Found::file, fnd -> fnd.numbers().getFirst())
                .containsExactly("42520.ppt", 7);
        assertThat(search("formal definition accuracy measured", false)).extracting(Found::file, fnd -> fnd.numbers().getFirst())
                .containsExactly("stress013.pptx", 19);
        assertThat(search("\"accuracy measures\"", false)).extracting(Found::file, Found::numbers)
                .containsExactly("stress013.pptx", List.of(19));
        assertThat(search("vast normative datab", true)).extracting(Found::file, Found::numbers)
                .containsExactly("42520.ppt", List.of(7, 5, 6));
    }

    @Test
    void aPdfNamesItsPageAndAWorkbookItsSheet() {
        assertThat(search("\"porbeagle landed\"", false)).extracting(Found::file, Found::numbers)
                .containsExactly("PDFBOX-5762-722238.pdf", List.of(3));
        Found sheet = search("start of 2nd sheet", false);
        assertThat(sheet.file()).isEqualTo("SampleSS.xlsx");
        assertThat(sheet.pages()).extracting(PageHit::page, PageHit::name).first().isEqualTo(
                tuple(2, "Sheet Number 2"));
    }

    @Test
    void aFileWithoutPagesHasNoPageHits() {
        Found found = search("notes formal definitions", false);
        assertThat(found.file()).isEqualTo("Accuracy notes.txt");
        assertThat(found.pages()).isEmpty();
    }
}
