package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every slide with a match is a page hit, with its own snippet from its own text, and the slide with the most of
 * the searched words comes first: layouts.pptx (POI's test deck), whose slides 7 to 9 are short and follow one
 * another, so a passage of slide 8 could run on into slide 9 ("Blank with Default Title … Text with levels …",
 * "Caption … Content with caption", "Picture with Caption Some text"). An outside tester found "Picture with
 * Caption" naming slides 8 and 7 and not 9, the only slide with all three words, and "caption" naming slide 8 only.
 */
class PageHitsPerSlideTest {

    private static final String SLIDE_9 = "<b>Picture</b> <b>with</b> <b>Caption</b> Some text";

    @TempDir
    static Path tmp;
    static IndexFixture f;
    static String deck;

    @BeforeAll
    static void index() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Collateral"));
        Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), src.resolve("layouts.pptx"));
        f = IndexFixture.indexed(tmp, src);
        deck = src.resolve("layouts.pptx").toString();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    /** The deck's page hits for {@code query}, after checking the search finds the deck. */
    private static List<PageHit> pageHits(String query, boolean asYouType) {
        SearchRequest request = SearchRequest.of(query, 10).asYouType(asYouType);
        assertThat(f.search.search(request).hits()).as(query).extracting(SearchHit::path).containsExactly(deck);
        return f.search.pageHits(request, List.of(deck)).get(deck);
    }

    private static List<Integer> slides(String query, boolean asYouType) {
        return pageHits(query, asYouType).stream().map(PageHit::page).toList();
    }

    @Test
    void theSlideWithAllTheWordsComesFirstThenTheSlidesWithFewer() {
        List<PageHit> hits = pageHits("Picture with Caption", false);
        assertThat(hits).extracting(PageHit::page).containsExactly(9, 8, 7);
        assertThat(hits).extracting(PageHit::snippet).containsExactly(SLIDE_9,
                "<b>Caption</b> Level 1 Level 2 Level 3 Level 4 Level 5 Content <b>with</b> <b>caption</b>",
                "Blank <b>with</b> Default Title Default Text Default Text <b>with</b> levels Level 1 Level 2 Level 3");
    }

    @Test
    void everySlideWithTheWordIsAPageHitWithItsOwnSnippet() {
        // slide 8 has "caption" twice in a passage of about the same length: the better passage
        List<PageHit> hits = pageHits("caption", false);
        assertThat(hits).extracting(PageHit::page).containsExactly(8, 9);
        assertThat(hits.get(1).snippet()).isEqualTo("Picture with <b>Caption</b> Some text");
    }

    @Test
    void phrasesTyposWordFormsAndAWordBeingTypedFindEverySlideToo() {
        List<PageHit> phrase = pageHits("\"with caption\"", false);
        assertThat(phrase).extracting(PageHit::page).containsExactly(9, 8);
        assertThat(phrase.getFirst().snippet()).isEqualTo("Picture <b>with Caption</b> Some text");
        assertThat(slides("captoin", false)).containsExactly(8, 9);
        assertThat(slides("captions", false)).containsExactly(8, 9);
        assertThat(slides("pictur", true)).containsExactly(9);
        assertThat(slides("picture with capt", true)).containsExactly(9, 8, 7);
        assertThat(slides("pictre with captoin", false)).containsExactly(9, 8, 7);
    }
}
