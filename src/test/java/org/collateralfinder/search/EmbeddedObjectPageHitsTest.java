package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The words of an object embedded on a slide name that slide, not the last one (s15 report, MAJOR 1: slide 8 of
 * 45541_Header.pptx holds an embedded presentation, and search named slide 11, the closing slide, for its words);
 * words the file holds where no page says (a file attached to a PDF as a whole) find the file and name no page.
 */
class EmbeddedObjectPageHitsTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void indexRealFiles() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Collateral"));
        Files.copy(Path.of("src/test/resources/pages/45541_Header.pptx"), src.resolve("45541_Header.pptx"));
        OfficeFiles.pdfWithAttachment(src.resolve("Walrus pricing.pdf"), "terms.txt",
                "Walrus tier cancellation clause", "Walrus tier overview", "Walrus tier prices");
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    /** The first hit's file name and the pages named for it. */
    private static Found search(String query) {
        SearchRequest request = SearchRequest.of(query, 10);
        SearchResult result = f.search.search(request);
        assertThat(result.hits()).as(query).isNotEmpty();
        SearchHit first = result.hits().getFirst();
        return new Found(first.fileName(), f.search.pageHits(request, List.of(first.path())).get(first.path()));
    }

    private record Found(String file, List<PageHit> pages) {
        List<Integer> numbers() {
            return pages.stream().map(PageHit::page).toList();
        }
    }

    @Test
    void theWordsOfAnObjectEmbeddedOnASlideNameThatSlide() {
        Found found = search("macroeconomics factors");
        assertThat(found.file()).isEqualTo("45541_Header.pptx");
        // slide 8 holds the embedded presentation; slide 7 says "Macroeconomic conditions"; slide 11 holds neither
        assertThat(found.numbers()).containsExactly(8, 7, 10); // slide 10: "actors", one letter off
        assertThat(found.pages().getFirst().snippet()).contains("<b>Macroeconomics</b> <b>Factors</b>");

        assertThat(search("willingness to pay tariff").numbers()).doesNotContain(11).startsWith(8);
    }

    @Test
    void wordsOnNoPageFindTheFileAndNameNoPage() {
        Found found = search("cancellation clause");
        assertThat(found.file()).isEqualTo("Walrus pricing.pdf");
        assertThat(found.pages()).isEmpty();
        assertThat(search("walrus prices").numbers()).containsExactly(2, 1);
    }
}
