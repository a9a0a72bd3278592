package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warming the search when the index opens: the keystrokes of two of the index's own words. */
class SearchWarmUpTest {

    @TempDir
    Path tmp;

    @Test
    void typesALessCommonWordThenTheCommonestAfterIt() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Sales"));
        OfficeFiles.text(src.resolve("a.txt"), "Northwind pricing for partners, 2026");
        OfficeFiles.text(src.resolve("b.txt"), "Northwind pricing sheet");
        OfficeFiles.text(src.resolve("c.txt"), "Northwind roadmap overview");
        try (IndexFixture f = IndexFixture.indexed(tmp, src)) {
            assertThat(SearchWarmUp.queries(f.index)).containsExactly("p", "pr", "pri", "pric", "prici", "pricin",
                    "pricing", "pricing n", "pricing no", "pricing nor", "pricing nort", "pricing north",
                    "pricing northw", "pricing northwi", "pricing northwin", "pricing northwind");
            assertThat(SearchWarmUp.run(f.search, f.index)).isEqualTo(32);
        }
    }

    @Test
    void theWindowTypesTheWordsOnceInALargeIndexAndSearchesTheTwoWordsWholeInASmallOne() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Sales"));
        OfficeFiles.text(src.resolve("a.txt"), "Northwind pricing for partners, 2026");
        OfficeFiles.text(src.resolve("b.txt"), "Northwind pricing sheet");
        OfficeFiles.text(src.resolve("c.txt"), "Northwind roadmap overview");
        try (IndexFixture f = IndexFixture.indexed(tmp, src)) {
            assertThat(SearchWarmUp.keystrokes(f.index, 3)).isEqualTo(SearchWarmUp.queries(f.index)).hasSize(16);
            assertThat(SearchWarmUp.keystrokes(f.index, 4)).containsExactly("pricing", "pricing northwind");
            assertThat(SearchWarmUp.keystrokes(f.index)).containsExactly("pricing", "pricing northwind");
        }
    }

    @Test
    void anEmptyIndexIsNotSearched() {
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(SearchWarmUp.run(f.search, f.index)).isZero();
            assertThat(SearchWarmUp.keystrokes(f.index, 0)).isEmpty();
        }
    }
}
