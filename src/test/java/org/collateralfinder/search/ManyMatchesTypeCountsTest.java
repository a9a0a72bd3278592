package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past 300 matches the type counts still equal the rows the list shows with a type chosen, for each type with no more
 * than 300 matches (window re-test w19, item 6: with the whole corpus listed, "Web page 110" listed 108 rows when
 * chosen). 320 different notes rank first for "onboarding", so the first 300 candidates of the unfiltered list hold
 * neither of the story's two near-identical web pages; the list compares every candidate it ranks, so they are one row
 * with or without a type chosen, and the counts compare every match alike.
 */
class ManyMatchesTypeCountsTest {

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    private static final String[] WORDS = {"alpha", "bravo", "cedar", "delta", "ember", "fjord", "gamma", "harbor",
            "indigo", "juniper", "kestrel", "lumen", "maple", "nectar", "opal", "prairie", "quartz", "raven", "sierra",
            "tundra", "umber", "violet", "willow", "xenon", "yarrow", "zephyr"};

    @BeforeAll
    static void index() throws IOException {
        src = Files.createDirectories(tmp.resolve("Marketing"));
        Random random = new Random(19);
        Path notes = Files.createDirectories(src.resolve("Notes"));
        for (int i = 0; i < 320; i++) {
            StringBuilder text = new StringBuilder("Onboarding onboarding onboarding note " + i + ":");
            for (int w = 0; w < 40; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000));
            }
            Files.writeString(notes.resolve("note-" + i + ".txt"), text.toString());
        }
        String story = String.join(" ", "Contoso cut onboarding from six weeks to nine days by moving every branch to the",
                "shared workspace, training two champions per team and retiring the old ticket queue. Support calls fell",
                "by a third in the first quarter, and the regional managers now review adoption every month with a",
                "simple dashboard that shows active users, open requests and the time each request waits for an answer.",
                "The same dashboard now shows every branch its own adoption figures and the branches that lag behind.");
        Path web = Files.createDirectories(src.resolve("Web"));
        Files.writeString(web.resolve("contoso-story.html"), "<html><head><title>Contoso story</title></head><body><p>"
                + story + "</p></body></html>");
        Files.writeString(web.resolve("contoso-story-edited.html"), "<html><head><title>Contoso story, edited</title>"
                + "</head><body><p>" + story.replace("nine days", "ten days") + "</p></body></html>");
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static SearchResult search(int limit, List<String> types) {
        return f.search.search(new SearchRequest("onboarding", limit, types.isEmpty() ? Map.of() : Map.of("type", types),
                SearchRequest.Order.RELEVANCE));
    }

    @Test
    void aTypeWithFewMatchesCountsTheRowsItsListShowsThoughTheSearchMatchesMoreThanTheListCompares() {
        assertThat(search(200, List.of("html")).hits()).extracting(SearchHit::fileName)
                .containsExactly("contoso-story-edited.html");
        List<FacetCount> expected = List.of(new FacetCount("text", 320), new FacetCount("html", 1));
        for (List<String> chosen : List.of(List.<String>of(), List.of("html"), List.of("text"))) {
            assertThat(search(200, chosen).facets().get("type")).as("%s chosen", chosen).isEqualTo(expected);
        }
        // both chosen, the story ranks after the first 300 candidates: still one row, in the list and in the total
        SearchResult both = search(1_000, List.of("html", "text"));
        assertThat(both.total()).isEqualTo(321);
        assertThat(both.hits()).hasSize(321);
        assertThat(both.hits()).extracting(SearchHit::fileName).filteredOn(name -> name.startsWith("contoso"))
                .containsExactly("contoso-story-edited.html");
    }
}
