package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking function: names above text, newer above older when all else is equal, feedback bounded. */
class SearchRankingTest {

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Library"));
        file("Kiwi Orchard Guide.txt", "How to plant and prune trees.", "2024-01-01T10:00:00Z");
        file("Planting Notes.txt", "Notes on the kiwi orchard and its trees.", "2024-01-01T10:00:00Z");
        file("Old Mango Sheet.txt", "Mango harvest figures by week.", "2022-06-01T10:00:00Z");
        file("New Mango Sheet.txt", "Mango harvest figures by month.", "2025-06-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    private static void file(String name, String text, String modified) throws IOException {
        OfficeFiles.text(src.resolve(name), text, modified);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void namesRankAboveText() {
        assertThat(f.names("kiwi orchard")).containsExactly("Kiwi Orchard Guide.txt", "Planting Notes.txt");
    }

    @Test
    void newerRanksFirstWhenAllElseIsEqual() {
        assertThat(f.names("mango harvest figures")).containsExactly("New Mango Sheet.txt", "Old Mango Sheet.txt");
    }

    @Test
    void feedbackReordersWithinItsBoundsAndNeverHides() throws IOException {
        String notes = ContentHasher.hash(src.resolve("Planting Notes.txt"));
        String guide = ContentHasher.hash(src.resolve("Kiwi Orchard Guide.txt"));
        // praised notes overtake the guide only as far as the bound allows: not at all here, the name match is far ahead
        assertThat(names(Map.of(notes, 1.5), "kiwi orchard")).containsExactly("Kiwi Orchard Guide.txt", "Planting Notes.txt");
        // a factor of zero (or below the bound) still shows the file, at 0.6 of its score
        assertThat(names(Map.of(guide, 0.0), "kiwi orchard")).containsExactly("Kiwi Orchard Guide.txt", "Planting Notes.txt");
        assertThat(names(Map.of(guide, 0.0), "kiwi")).contains("Kiwi Orchard Guide.txt");
        // between near-equal files, feedback decides
        String old = ContentHasher.hash(src.resolve("Old Mango Sheet.txt"));
        assertThat(names(Map.of(old, 1.5), "mango harvest figures")).containsExactly("Old Mango Sheet.txt", "New Mango Sheet.txt");
        assertThat(Ranking.withFeedback(h -> 100).feedbackBoost("x")).isEqualTo(Ranking.FEEDBACK_MAX);
        assertThat(Ranking.withFeedback(h -> 0).feedbackBoost("x")).isEqualTo(Ranking.FEEDBACK_MIN);
        assertThat(Ranking.standard().feedbackBoost("x")).isEqualTo(1.0);
    }

    @Test
    void recencyIsMildAndCountedFromTheNewestFile() {
        long newest = Instant.parse("2025-06-01T10:00:00Z").toEpochMilli();
        assertThat(Ranking.recencyBoost(newest, newest)).isEqualTo(1.05);
        assertThat(Ranking.recencyBoost(newest - 365L * 86_400_000, newest)).isEqualTo(1.025);
        assertThat(Ranking.recencyBoost(newest + 1, newest)).isEqualTo(1.05);
    }

    private static List<String> names(Map<String, Double> factors, String q) {
        SearchService search = new SearchService(f.index, Ranking.withFeedback(h -> factors.getOrDefault(h, 1.0)),
                SearchService.Features.ALL, ZoneOffset.UTC);
        return search.search(SearchRequest.of(q, 10)).hits().stream().map(SearchHit::fileName).toList();
    }
}
