package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.NearIdenticalStory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The type filter's counts are the rows the list shows with that type chosen (issue 19, item 6; outside test F2): the
 * counts fold near-identical texts as the list does, not only identical copies and same-named versions, and a deck and
 * its PDF export folded into one row count once under each type, as each shows a row when its type is chosen.
 */
class FilterCountsTest {

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Marketing"));
        NearIdenticalStory.write(src);
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static SearchResult search(String query, int limit, List<String> types) {
        return f.search.search(new SearchRequest(query, limit, types.isEmpty() ? Map.of() : Map.of("type", types),
                SearchRequest.Order.RELEVANCE));
    }

    private static List<String> rows(String query, List<String> types) {
        return search(query, 200, types).hits().stream().map(SearchHit::fileName).toList();
    }

    @Test
    void theListFoldsTheNearIdenticalStoryWhateverItsTypeAndShowsARowPerTypeChosen() {
        assertThat(rows(NearIdenticalStory.QUERY, List.of()))
                .containsExactly("contoso-story-edited.txt", "Fabrikam Case Study.txt");
        assertThat(rows(NearIdenticalStory.QUERY, List.of("presentation"))).containsExactly("Onboarding Story.pptx");
        assertThat(rows(NearIdenticalStory.QUERY, List.of("pdf"))).containsExactly("contoso-onboarding.pdf");
        assertThat(rows(NearIdenticalStory.QUERY, List.of("text")))
                .containsExactly("contoso-story-edited.txt", "Fabrikam Case Study.txt");
    }

    @Test
    void eachTypeCountsTheRowsTheListShowsWithThatTypeChosen() {
        List<FacetCount> expected = List.of(new FacetCount("text", 2), new FacetCount("pdf", 1),
                new FacetCount("presentation", 1));
        // every match on the page, one row of a page, and with a type chosen (its own counts as if it were not)
        for (int limit : List.of(200, 1)) {
            for (List<String> chosen : List.of(List.<String>of(), List.of("text"), List.of("presentation"),
                    List.of("text", "pdf"))) {
                SearchResult r = search(NearIdenticalStory.QUERY, limit, chosen);
                assertThat(r.facets().get("type")).as("limit %d, %s chosen", limit, chosen).isEqualTo(expected);
            }
        }
        for (FacetCount type : expected) {
            assertThat(rows(NearIdenticalStory.QUERY, List.of(type.value()))).as(type.value()).hasSize((int) type.count());
        }
    }

    @Test
    void theTotalIsTheRowsTheListShowsWhateverTheLimit() {
        assertThat(search(NearIdenticalStory.QUERY, 200, List.of()).total()).isEqualTo(2);
        assertThat(search(NearIdenticalStory.QUERY, 1, List.of()).total()).isEqualTo(2);
        assertThat(search(NearIdenticalStory.QUERY, 1, List.of("text")).total()).isEqualTo(2);
        assertThat(search(NearIdenticalStory.QUERY, 1, List.of("presentation", "pdf")).total()).isEqualTo(1);
    }
}
