package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size, type, year and modified filters with text and with each other; the size facet. */
class SearchFiltersTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Files"));
        file(src.resolve("small-2023.txt"), "ocelot notes", 0, "2023-04-01T10:00:00Z");
        file(src.resolve("medium-2024.md"), "ocelot handbook", (int) (1.5 * MB), "2024-04-01T10:00:00Z");
        file(src.resolve("large-2025.txt"), "ocelot archive", 11 * MB, "2025-04-01T10:00:00Z");
        file(src.resolve("small-2025.html"), "<html><body><p>ocelot page</p></body></html>", 0, "2025-05-01T10:00:00Z");
        file(src.resolve("small-2024.md"), "lynx notes", 0, "2024-05-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    /** A file with the text, padded with blank lines to {@code size} bytes. */
    private static void file(Path p, String text, int size, String modified) throws IOException {
        StringBuilder b = new StringBuilder(Math.max(size, text.length())).append(text).append('\n');
        while (b.length() < size) {
            b.append(" ".repeat(Math.min(1023, size - b.length() - 1))).append('\n');
        }
        Files.writeString(p, b);
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse(modified)));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void sizeBucketsFilter() {
        assertThat(names("ocelot", Map.of("size", List.of("under-1mb")))).containsExactly("small-2025.html", "small-2023.txt");
        assertThat(names("ocelot", Map.of("size", List.of("1-10mb")))).containsExactly("medium-2024.md");
        assertThat(names("ocelot", Map.of("size", List.of("over-10mb")))).containsExactly("large-2025.txt");
        assertThat(names("ocelot", Map.of("size", List.of("1-10mb", "over-10mb")))).containsExactly("large-2025.txt", "medium-2024.md");
    }

    @Test
    void filtersCombineWithEachOtherAndTheWords() {
        assertThat(names("ocelot", Map.of("size", List.of("under-1mb", "over-10mb"), "year", List.of("2025"))))
                .containsExactly("small-2025.html", "large-2025.txt");
        assertThat(names("ocelot", Map.of("size", List.of("under-1mb", "over-10mb"), "year", List.of("2025"), "type", List.of("text"))))
                .containsExactly("large-2025.txt");
        assertThat(names("", Map.of("size", List.of("under-1mb"), "type", List.of("text")))).containsExactly("small-2024.md", "small-2023.txt");
        assertThat(names("notes", Map.of("size", List.of("under-1mb"), "year", List.of("2023", "2024"))))
                .containsExactly("small-2024.md", "small-2023.txt");
        assertThat(names("lynx", Map.of("size", List.of("over-10mb")))).isEmpty();
    }

    @Test
    void sizeInTheQuery() {
        assertThat(f.names("ocelot size:>1mb")).containsExactly("large-2025.txt", "medium-2024.md");
        assertThat(f.names("ocelot size:[1mb TO 10mb]")).containsExactly("medium-2024.md");
        assertThat(f.names("size:under-1mb type:html")).containsExactly("small-2025.html");
        assertThat(f.names("ocelot size:<1mb modified:2025")).containsExactly("small-2025.html");
    }

    @Test
    void sizeFacetCountsTheMatchingFiles() {
        SearchResult all = f.query("ocelot");
        assertThat(all.facets().get("size")).containsExactly(new FacetCount("under-1mb", 2), new FacetCount("1-10mb", 1),
                new FacetCount("over-10mb", 1));
        SearchResult narrowed = f.search.search(new SearchRequest("ocelot", 10, Map.of("year", List.of("2025")), SearchRequest.Order.RELEVANCE));
        assertThat(narrowed.facets().get("size")).containsExactly(new FacetCount("under-1mb", 1), new FacetCount("over-10mb", 1));
        assertThat(narrowed.facets().get("type")).containsExactly(new FacetCount("html", 1), new FacetCount("text", 1));
    }

    @Test
    void aFilteredFacetKeepsTheCountsOfTheValuesNotChosenSoTwoCanBeCombined() {
        SearchResult html = f.search.search(new SearchRequest("ocelot", 10, Map.of("type", List.of("html")),
                SearchRequest.Order.RELEVANCE));
        assertThat(html.hits()).extracting(SearchHit::fileName).containsExactly("small-2025.html");
        // the type facet as if no type were chosen; the other facets count what the list shows
        assertThat(html.facets().get("type")).containsExactly(new FacetCount("text", 3), new FacetCount("html", 1));
        assertThat(html.facets().get("size")).containsExactly(new FacetCount("under-1mb", 1));

        SearchResult both = f.search.search(new SearchRequest("ocelot", 10, Map.of("type", List.of("html", "text"),
                "year", List.of("2025")), SearchRequest.Order.RELEVANCE));
        assertThat(both.hits()).extracting(SearchHit::fileName).containsExactlyInAnyOrder("small-2025.html", "large-2025.txt");
        assertThat(both.facets().get("type")).containsExactly(new FacetCount("html", 1), new FacetCount("text", 1));
        assertThat(both.facets().get("year")).containsExactly(new FacetCount("2025", 2), new FacetCount("2023", 1),
                new FacetCount("2024", 1));
    }

    @Test
    void unknownSizesAreExplained() {
        assertThatThrownBy(() -> names("ocelot", Map.of("size", List.of("huge")))).isInstanceOf(CollateralException.class)
                .hasMessage("There is no size \"huge\"; use under-1mb, 1-10mb, over-10mb, or size:<5mb.");
        assertThatThrownBy(() -> f.query("size:enormous")).isInstanceOf(CollateralException.class)
                .hasMessage("\"enormous\" is not a size; write it as under-1mb, 1-10mb, over-10mb, <5mb, >500kb or [1mb TO 10mb].");
    }

    private static List<String> names(String q, Map<String, List<String>> filters) {
        return f.search.search(new SearchRequest(q, 10, filters, SearchRequest.Order.RELEVANCE)).hits().stream()
                .map(SearchHit::fileName).toList();
    }

    /**
     * An index of two segments, a search that matches in only one of them: the facets count its files'
     * own values (Lucene reads a lone segment's ordinals as the whole index's unless every segment is given).
     */
    @Test
    void facetsAreRightWhenOnlyOneOfSeveralSegmentsMatches(@TempDir Path own) throws IOException {
        Path src = Files.createDirectories(own.resolve("src"));
        file(src.resolve("zebra.md"), "zebra notes", 0, "2021-04-01T10:00:00Z");
        file(src.resolve("zebra.html"), "<html><body><p>zebra page</p></body></html>", 0, "2021-05-01T10:00:00Z");
        try (IndexFixture two = IndexFixture.indexed(own, src)) {
            file(src.resolve("quagga.txt"), "quagga notes", 0, "2024-04-01T10:00:00Z");
            two.run(); // a second commit, a second segment
            SearchResult r = two.query("quagga");
            assertThat(r.hits()).extracting(SearchHit::fileName).containsExactly("quagga.txt");
            assertThat(r.facets().get("type")).containsExactly(new FacetCount("text", 1));
            assertThat(r.facets().get("year")).containsExactly(new FacetCount("2024", 1));
        }
    }
}
