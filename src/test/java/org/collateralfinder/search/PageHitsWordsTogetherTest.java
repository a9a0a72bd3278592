package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slides re-test 22, finding 3: among slides or pages holding all the typed words, the one where they stand together
 * as typed comes first. The tester's misses, on the real files of the shared corpus: each named first another slide
 * of the same deck holding the three words apart.
 */
class PageHitsWordsTogetherTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;
    static Path src;

    @BeforeAll
    static void indexRealFiles() throws IOException {
        Path real = SharedCorpus.require("real", "which slide comes first when the words stand together");
        src = Files.createDirectories(tmp.resolve("Collateral"));
        for (String file : List.of("poi/slideshow/bug62513.pptx", "poi/slideshow/themes.pptx",
                "tika/tika-parser-pdf-module/testPDF-TIKA-4444.pdf")) {
            Files.copy(real.resolve(file), src.resolve(Path.of(file).getFileName()));
        }
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static List<Integer> pages(String query, String file) {
        String path = src.resolve(file).toString();
        return f.search.pageHits(SearchRequest.of(query, 10), List.of(path)).get(path).stream().map(PageHit::page).toList();
    }

    @Test
    void theSlideWithTheWordsSideBySideComesFirst() {
        assertThat(pages("President Margie Kennedy", "bug62513.pptx")).first().isEqualTo(19);
        assertThat(pages("slide overrides master", "themes.pptx")).first().isEqualTo(5);
    }

    @Test
    void thePdfPageWithTheWordsSideBySideComesFirst() {
        assertThat(pages("sit amet viverra", "testPDF-TIKA-4444.pdf")).first().isEqualTo(6);
    }
}
