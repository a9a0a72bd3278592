package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.collateralfinder.index.VersionNames;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical files are one result with every location; versions of a document are one result, newest first. */
class SearchGroupingTest {

    private static final String STORY = "Contoso cut onboarding from six weeks to nine days by moving every branch to the "
            + "shared workspace, training two champions per team and retiring the old ticket queue. Support calls fell by "
            + "a third in the first quarter, and the regional managers now review adoption every month with a simple "
            + "dashboard that shows active users, open requests and the time each request waits for an answer.";

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Marketing"));
        file("Decks/Pricing Deck v1.txt", "Pricing deck, first cut: list prices only.", "2024-01-10T10:00:00Z");
        file("Decks/Pricing Deck v2.txt", "Pricing deck with volume discounts.", "2024-06-10T10:00:00Z");
        file("Decks/Pricing_Deck_final.txt", "Pricing deck, final: volume discounts and bundles.", "2024-09-10T10:00:00Z");
        file("Archive/Pricing Deck v1.txt", "Pricing deck from the archive, kept for reference.", "2023-03-10T10:00:00Z");
        file("Brochures/Brochure 2024-03-01.txt", "Spring brochure for the walrus campaign.", "2024-03-01T10:00:00Z");
        file("Brochures/Brochure 20240601.txt", "Summer brochure for the walrus campaign.", "2024-06-01T10:00:00Z");
        file("Brochures/Brochure (1).txt", "Copy of the walrus brochure, summer.", "2024-06-02T10:00:00Z");
        file("Team A/Logo Guide.txt", "Use the heron logo on white.", "2024-02-02T10:00:00Z");
        file("Team B/Logo Guide copy.txt", "Use the heron logo on white.", "2024-02-02T10:00:00Z");
        file("Team C/brand-logo-rules.txt", "Use the heron logo on white.", "2024-02-02T10:00:00Z");
        file("Stories/Contoso Case Study.txt", STORY, "2024-04-01T10:00:00Z");
        file("Web/contoso-story-edited.txt", STORY.replace("nine days", "ten days"), "2024-08-01T10:00:00Z");
        file("Stories/Fabrikam Case Study.txt", STORY.replace("Contoso", "Fabrikam").replace("six weeks", "a month")
                .replace("two champions", "one champion").replace("a third", "half").replace("every month", "weekly")
                .replace("regional managers", "store leads"), "2024-05-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    private static void file(String path, String text, String modified) throws IOException {
        OfficeFiles.text(src.resolve(path), text, modified);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    /**
     * The window writes a keystroke's first rows before the others (issue 13, item 4) and looks up only those rows'
     * copies and versions: every first row, with the copies and versions listed under it, is the row the whole page
     * has, in its order, and the rows written after them complete the whole page.
     */
    @Test
    void theFirstRowsOfAPageAreItsRowsWithTheirCopiesAndVersions() {
        // the rows compared carry copies and versions: the first row alone lists its versions, as the whole page does
        SearchRequest pricing = new SearchRequest("pricing deck", 10, Map.of(), SearchRequest.Order.RELEVANCE, true, null);
        assertThat(f.search.page(pricing, 1, Cancellation.none()).shown().hits().getFirst().versions())
                .containsExactly(path("Decks/Pricing Deck v2.txt"), path("Decks/Pricing Deck v1.txt"));
        SearchRequest logo = new SearchRequest("heron logo", 10, Map.of(), SearchRequest.Order.RELEVANCE, true, null);
        assertThat(f.search.page(logo, 1, Cancellation.none()).shown().hits().getFirst().duplicates()).hasSize(2);
        for (String query : List.of("pricing deck", "walrus", "heron logo", "contoso", "case stu", "")) {
            SearchRequest request = new SearchRequest(query, 10, Map.of(), SearchRequest.Order.RELEVANCE, true, null);
            List<SearchHit> whole = f.search.page(request).shown().hits();
            assertThat(whole).as(query).isNotEmpty();
            for (int first = 1; first <= whole.size(); first++) {
                SearchService.Page page = f.search.page(request, first, Cancellation.none());
                assertThat(page.shown().hits()).as("%s, first %d rows", query, first).isEqualTo(whole.subList(0, first));
                assertThat(page.rows()).isEqualTo(whole.size());
                assertThat(page.complete(Cancellation.none()).shown().hits()).as("%s, completed", query).isEqualTo(whole);
            }
        }
    }

    @Test
    void versionMarkersAreRemovedFromNames() {
        assertThat(VersionNames.normalize("Q3_PricingDeck_v2.pptx")).isEqualTo("q3 pricingdeck.pptx");
        assertThat(VersionNames.normalize("Pricing Deck FINAL (2).pptx")).isEqualTo("pricing deck.pptx");
        assertThat(VersionNames.normalize("Copy of Pricing Deck - v1.2.pptx")).isEqualTo("pricing deck.pptx");
        assertThat(VersionNames.normalize("Brochure 2024-03-01.pdf")).isEqualTo("brochure.pdf");
        assertThat(VersionNames.normalize("Brochure_20240301_draft.pdf")).isEqualTo("brochure.pdf");
        assertThat(VersionNames.normalize("doc-009148.md")).isEqualTo("doc 009148.md");
        assertThat(VersionNames.normalize("Version 3.docx")).isEqualTo("version 3.docx");
    }

    @Test
    void theTotalAndTheFacetsCountResultsNotTheCopiesAndVersionsFoldedIntoThem() {
        SearchResult logos = f.query("heron logo");
        assertThat(logos.hits()).hasSize(1); // three identical files, one result
        assertThat(logos.total()).isEqualTo(1);
        assertThat(logos.facets().get("type")).containsExactly(new FacetCount("text", 1));
        assertThat(logos.facets().get("modified")).allSatisfy(c -> assertThat(c.count()).isLessThanOrEqualTo(1));

        SearchResult all = f.search.search(SearchRequest.of("", 50));
        // every match listed: the counts are the rows, the near-identical Contoso story in its version's row
        assertThat(all.hits()).hasSize(6);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get("type").stream().mapToLong(FacetCount::count).sum()).isEqualTo(6);
        assertThat(all.facets().get("source").stream().mapToLong(FacetCount::count).sum()).isEqualTo(6);
        assertThat(all.facets().get("year").stream().mapToLong(FacetCount::count).sum()).isEqualTo(6);
        // a page of 3: the counts fold copies, same-named versions and near-identical texts over every match (no more
        // than the list compares texts among), so they are the whole list's, the Contoso story in its version's row
        SearchResult page = f.search.search(SearchRequest.of("", 3));
        assertThat(page.hits()).hasSize(3);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.facets().get("type")).isEqualTo(all.facets().get("type"));
        assertThat(page.facets().get("year")).isEqualTo(all.facets().get("year"));
    }

    @Test
    void aNearIdenticalVersionInTheRowOfItsNewerTextIsNotCountedApart() {
        SearchResult r = f.query("onboarding champions");
        assertThat(r.hits()).hasSize(2);
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.facets().get("type")).containsExactly(new FacetCount("text", 2));
    }

    @Test
    void versionsOfADocumentAreOneResultNewestFirst() {
        List<SearchHit> hits = f.query("pricing deck").hits();
        assertThat(hits).extracting(SearchHit::path).containsExactly(path("Decks/Pricing_Deck_final.txt"),
                path("Archive/Pricing Deck v1.txt"));
        assertThat(hits.getFirst().versions()).containsExactly(path("Decks/Pricing Deck v2.txt"), path("Decks/Pricing Deck v1.txt"));
        assertThat(hits.get(1).versions()).isEmpty();
        assertThat(f.query("pricing deck").total()).isEqualTo(2);
    }

    @Test
    void olderVersionsAreListedEvenWhenOnlyOneMatches() {
        List<SearchHit> hits = f.query("bundles").hits();
        assertThat(hits).extracting(SearchHit::path).containsExactly(path("Decks/Pricing_Deck_final.txt"));
        assertThat(hits.getFirst().versions()).containsExactly(path("Decks/Pricing Deck v2.txt"), path("Decks/Pricing Deck v1.txt"));
    }

    @Test
    void datesAndCopyNumbersMarkVersionsToo() {
        List<SearchHit> hits = f.query("walrus").hits();
        assertThat(hits).extracting(SearchHit::path).containsExactly(path("Brochures/Brochure (1).txt"));
        assertThat(hits.getFirst().versions()).containsExactly(path("Brochures/Brochure 20240601.txt"),
                path("Brochures/Brochure 2024-03-01.txt"));
    }

    @Test
    void identicalFilesAreOneResultWithEveryLocation() {
        SearchResult r = f.query("heron");
        assertThat(r.total()).isEqualTo(1);
        SearchHit hit = r.hits().getFirst();
        assertThat(hit.path()).isEqualTo(path("Team A/Logo Guide.txt"));
        assertThat(hit.duplicates()).containsExactly(path("Team B/Logo Guide copy.txt"), path("Team C/brand-logo-rules.txt"));
        assertThat(hit.versions()).isEmpty();
    }

    @Test
    void nearIdenticalTextIsAVersionWhateverItsName() {
        List<SearchHit> hits = f.query("onboarding champions").hits();
        assertThat(hits).extracting(SearchHit::path).containsExactly(path("Web/contoso-story-edited.txt"),
                path("Stories/Fabrikam Case Study.txt"));
        assertThat(hits.getFirst().versions()).containsExactly(path("Stories/Contoso Case Study.txt"));
    }

    @Test
    void groupingCanBeTurnedOffToMeasureIt() {
        SearchService plain = new SearchService(f.index, Ranking.standard(), new SearchService.Features(true, false),
                ZoneOffset.UTC);
        SearchResult r = plain.search(SearchRequest.of("heron", 10));
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.duplicates()).isEmpty());
    }

    @Test
    void aFileMatchedWithoutItsNewerVersionsIsItsRowAndNamesThemNewerNotOlder() {
        // window test 9, new 2: tag:"didn't land" matched pricing-deck-2026 only, and its row offered the newer
        // pricing-deck-2026-v2 as "1 older version"
        List<SearchHit> hits = f.query("\"list prices\"").hits();
        assertThat(hits).extracting(SearchHit::fileName).containsExactly("Pricing Deck v1.txt");
        assertThat(hits.getFirst().path()).isEqualTo(path("Decks/Pricing Deck v1.txt"));
        assertThat(hits.getFirst().newerVersions()).containsExactly(path("Decks/Pricing_Deck_final.txt"),
                path("Decks/Pricing Deck v2.txt"));
        assertThat(hits.getFirst().versions()).isEmpty();

        // the middle one: the newest named newer, the oldest older
        SearchHit middle = f.query("\"volume discounts\" -bundles").hits().getFirst();
        assertThat(middle.fileName()).isEqualTo("Pricing Deck v2.txt");
        assertThat(middle.newerVersions()).containsExactly(path("Decks/Pricing_Deck_final.txt"));
        assertThat(middle.versions()).containsExactly(path("Decks/Pricing Deck v1.txt"));
    }

    private static String path(String relative) {
        return src.resolve(relative).toString();
    }
}
