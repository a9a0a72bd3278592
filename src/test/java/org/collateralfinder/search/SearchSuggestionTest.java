package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completions of the word being typed and titles, built from the index and kept on disk. */
class SearchSuggestionTest {

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;
    static SuggestionService suggestions;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Sales"));
        file("Q3_PricingDeck_v2.txt", "Pricing for the third quarter.", "2025-03-01T10:00:00Z");
        file("Pricing Guide.md", "# Retail pricing guide\nPrices, pricing tiers and the price list.", "2025-01-01T10:00:00Z");
        file("Priority Support.txt", "Priority support for premium customers; pricing on request.", "2024-01-01T10:00:00Z");
        file("Healthcare One-Pager.txt", "Healthcare compliance in one page.", "2024-06-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
        suggestions = new SuggestionService(f.index, f.dataDir.cacheDir().resolve("suggest"));
        suggestions.rebuild();
    }

    private static void file(String name, String text, String modified) throws IOException {
        OfficeFiles.text(src.resolve(name), text, modified);
    }

    @AfterAll
    static void close() {
        suggestions.close();
        f.close();
    }

    @Test
    void completesTheLastWordThenOffersTitles() {
        // words in two files or more, by how many files have them (names count more); titles newest first
        assertThat(suggestions.suggestions("pri", 6)).containsExactly(
                new SuggestionService.Suggestion("pricing", SuggestionService.Kind.WORD),
                new SuggestionService.Suggestion("priority", SuggestionService.Kind.WORD),
                new SuggestionService.Suggestion("Q3_PricingDeck_v2", SuggestionService.Kind.TITLE),
                new SuggestionService.Suggestion("Retail pricing guide", SuggestionService.Kind.TITLE),
                new SuggestionService.Suggestion("Priority Support", SuggestionService.Kind.TITLE));
    }

    @Test
    void keepsTheWordsBeforeTheLastAndMatchesTitlesByAllWords() {
        assertThat(suggestions.suggest("retail pri", 4)).containsExactly("retail pricing", "retail priority",
                "Retail pricing guide");
        assertThat(suggestions.suggest("healthcare one", 4)).containsExactly("Healthcare One-Pager");
        assertThat(suggestions.suggest("deck", 4)).containsExactly("Q3_PricingDeck_v2");
    }

    /**
     * Window re-test 13, N4: two rebuilds at once (sources added while indexing) took the same generation number; one
     * deleted the folder the other was writing ("gen-4/words.fst … does not exist"). Rebuilds take turns.
     */
    @Test
    void rebuildsAtOnceTakeTurnsAndTheLastIsUsed(@TempDir Path other) throws Exception {
        try (SuggestionService s = new SuggestionService(f.index, other.resolve("suggest"))) {
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    runs.add(two.submit(s::rebuild));
                }
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS); // throws what a rebuild threw
                }
            } finally {
                two.shutdownNow();
            }
            assertThat(s.suggest("healthcare one", 4)).containsExactly("Healthcare One-Pager");
            try (Stream<Path> left = Files.list(other.resolve("suggest"))) {
                assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("current", "gen-12");
            }
        }
    }

    @Test
    void theTypedWordItselfDoesNotTakeASuggestionsPlace(@TempDir Path other) throws IOException {
        Path notes = Files.createDirectories(other.resolve("notes"));
        OfficeFiles.text(notes.resolve("a.txt"), "pri primer", "2025-01-01T10:00:00Z");
        OfficeFiles.text(notes.resolve("b.txt"), "pri primer", "2025-01-02T10:00:00Z");
        OfficeFiles.text(notes.resolve("c.txt"), "pri", "2025-01-03T10:00:00Z");
        try (IndexFixture g = IndexFixture.indexed(other, notes);
             SuggestionService s = new SuggestionService(g.index, g.dataDir.cacheDir().resolve("suggest"))) {
            s.rebuild();
            assertThat(s.suggest("pri", 1)).containsExactly("primer");
            assertThat(s.suggest("pri", 3)).containsExactly("primer");
        }
    }

    @Test
    void nothingForBlanksOrASpaceAtTheEnd() {
        assertThat(suggestions.suggest("", 5)).isEmpty();
        assertThat(suggestions.suggest("   ", 5)).isEmpty();
        assertThat(suggestions.suggest("pricing ", 5)).containsExactly("Q3_PricingDeck_v2", "Retail pricing guide");
    }

    @Test
    void noCompletionsForAnOperatorAFieldWithNothingAfterItOrInsideARange(@TempDir Path other) throws IOException {
        // window test 9: "(pricing OR" offered "org, order, original", "AND" offered "anderson", "tag:" a title
        Path notes = Files.createDirectories(other.resolve("notes"));
        OfficeFiles.text(notes.resolve("Order Form.txt"), "order original org anderson andrew pricing", "2025-01-01T10:00:00Z");
        OfficeFiles.text(notes.resolve("TagStack Reference.txt"), "order original org anderson andrew tags", "2025-01-02T10:00:00Z");
        try (IndexFixture g = IndexFixture.indexed(other, notes);
             SuggestionService s = new SuggestionService(g.index, g.dataDir.cacheDir().resolve("suggest"))) {
            s.rebuild();
            assertThat(s.suggest("(pricing OR", 8)).isEmpty();
            assertThat(s.suggest("AND", 8)).isEmpty();
            assertThat(s.suggest("pricing NOT", 8)).isEmpty();
            assertThat(s.suggest("tag:", 8)).isEmpty();
            assertThat(s.suggest("pricing Title:", 8)).isEmpty();
            assertThat(s.suggest("modified:[2024 TO", 8)).isEmpty();
            // the same letters as words are completed: only the operators as typed (upper case) are operators
            assertThat(s.suggest("and", 2)).containsExactly("anderson", "andrew");
            assertThat(s.suggest("tag", 8)).containsExactly("TagStack Reference");
        }
    }

    @Test
    void storedSuggestionsAreReadAtTheNextStart() {
        try (SuggestionService reopened = new SuggestionService(f.index, f.dataDir.cacheDir().resolve("suggest"))) {
            assertThat(reopened.isReady()).isTrue();
            assertThat(reopened.suggest("pri", 6)).isEqualTo(suggestions.suggest("pri", 6));
        }
    }

    @Test
    void aNewFolderHasNoSuggestionsUntilBuilt() {
        try (SuggestionService fresh = new SuggestionService(f.index, tmp.resolve("elsewhere"))) {
            assertThat(fresh.isReady()).isFalse();
            assertThat(fresh.suggest("pri", 5)).isEmpty();
        }
    }
}
