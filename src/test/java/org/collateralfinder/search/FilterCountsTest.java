package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
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

    private static final String[] STORY = {
            "Contoso cut onboarding from six weeks to nine days by moving every branch to the shared workspace,",
            "training two champions per team and retiring the old ticket queue.",
            "Support calls fell by a third in the first quarter, and the regional managers now review adoption",
            "every month with a simple dashboard that shows active users, open requests and the time each",
            "request waits for an answer."};

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Marketing"));
        String story = String.join(" ", STORY);
        Files.createDirectories(src.resolve("Decks"));
        Files.createDirectories(src.resolve("Exports"));
        // one story as a deck, its PDF export, a text and an edited text: near-identical, differently named
        dated(OfficeFiles.pptx(src.resolve("Decks/Onboarding Story.pptx"), "Onboarding story",
                STORY[0] + " " + STORY[1], STORY[2] + " " + STORY[3] + " " + STORY[4]), "2024-03-01T10:00:00Z");
        dated(OfficeFiles.pdf(src.resolve("Exports/contoso-onboarding.pdf"), "Onboarding story", STORY),
                "2024-05-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Stories/Contoso Case Study.txt"), story, "2024-04-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Web/contoso-story-edited.txt"), story.replace("nine days", "ten days"),
                "2024-08-01T10:00:00Z");
        // another story on the same subject: a row of its own
        OfficeFiles.text(src.resolve("Stories/Fabrikam Case Study.txt"), story.replace("Contoso", "Fabrikam")
                .replace("six weeks", "a month").replace("two champions", "one champion").replace("a third", "half")
                .replace("every month", "weekly").replace("regional managers", "store leads"), "2024-05-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    private static void dated(Path file, String modified) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
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
        assertThat(rows("onboarding champions", List.of()))
                .containsExactly("contoso-story-edited.txt", "Fabrikam Case Study.txt");
        assertThat(rows("onboarding champions", List.of("presentation"))).containsExactly("Onboarding Story.pptx");
        assertThat(rows("onboarding champions", List.of("pdf"))).containsExactly("contoso-onboarding.pdf");
        assertThat(rows("onboarding champions", List.of("text")))
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
                SearchResult r = search("onboarding champions", limit, chosen);
                assertThat(r.facets().get("type")).as("limit %d, %s chosen", limit, chosen).isEqualTo(expected);
            }
        }
        for (FacetCount type : expected) {
            assertThat(rows("onboarding champions", List.of(type.value()))).as(type.value()).hasSize((int) type.count());
        }
    }

    @Test
    void theTotalIsTheRowsTheListShowsWhateverTheLimit() {
        assertThat(search("onboarding champions", 200, List.of()).total()).isEqualTo(2);
        assertThat(search("onboarding champions", 1, List.of()).total()).isEqualTo(2);
        assertThat(search("onboarding champions", 1, List.of("text")).total()).isEqualTo(2);
        assertThat(search("onboarding champions", 1, List.of("presentation", "pdf")).total()).isEqualTo(1);
    }
}
