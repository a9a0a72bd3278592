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
import java.util.concurrent.CancellationException;
import org.collateralfinder.model.CollateralException;
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

/** The query language on a small real index, with exact expected files and order. */
class SearchTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Marketing"));
        file(src.resolve("Retail/Pricing Guide.md"), "# Retail pricing guide\nPrices for the retail bundle. Loyalty discounts apply.", "2024-03-10T10:00:00Z");
        file(src.resolve("Retail/Loyalty Brochure.txt"), "Our loyalty program brochure. Retail stores love it. Pricing on request.", "2025-02-01T10:00:00Z");
        file(src.resolve("Health/Compliance One-Pager.txt"), "Compliance for healthcare: résumé of controls, audit trail and pricing.", "2025-06-15T10:00:00Z");
        file(src.resolve("Health/Draft Notes.txt"), "Draft notes about healthcare audit, not for customers.", "2023-11-20T10:00:00Z");
        file(src.resolve("Manufacturing/Uptime Case Study.md"), "# Uptime case study\nTailspin raised uptime with predictive maintenance.", "2025-01-05T10:00:00Z");
        Path pdf = OfficeFiles.pdf(src.resolve("Manufacturing/Quality Battlecard.pdf"), "Quality battlecard", "Predictive quality beats Fabrikam.");
        Files.setLastModifiedTime(pdf, FileTime.from(Instant.parse("2025-07-01T10:00:00Z")));
        f = IndexFixture.indexed(tmp, src);
    }

    private static void file(Path p, String text, String modified) throws IOException {
        OfficeFiles.text(p, text, modified);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void wordsAreAndedByDefault() {
        // both have both words; BM25 favours the shorter note
        assertThat(f.names("healthcare audit")).containsExactly("Draft Notes.txt", "Compliance One-Pager.txt");
        assertThat(f.names("healthcare draft")).containsExactly("Draft Notes.txt");
    }

    @Test
    void phrasesOrAndExclusion() {
        assertThat(f.names("\"loyalty program\"")).containsExactly("Loyalty Brochure.txt");
        assertThat(f.names("tailspin OR fabrikam")).containsExactlyInAnyOrder("Uptime Case Study.md", "Quality Battlecard.pdf");
        assertThat(f.names("healthcare -draft")).containsExactly("Compliance One-Pager.txt");
        assertThat(f.names("-pricing -uptime -draft")).containsExactly("Quality Battlecard.pdf");
    }

    @Test
    void prefixStemmingAndAccentFolding() {
        assertThat(f.names("predict*")).containsExactly("Quality Battlecard.pdf", "Uptime Case Study.md");
        // title match first; the two body matches score alike, so the newer one comes first
        assertThat(f.names("price")).containsExactly("Pricing Guide.md", "Compliance One-Pager.txt", "Loyalty Brochure.txt");
        assertThat(f.names("resume")).containsExactly("Compliance One-Pager.txt");
        assertThat(f.names("brochures")).containsExactly("Loyalty Brochure.txt");
    }

    @Test
    void aCompanyNameIsNotStemmedIntoAnAcronym(@TempDir Path dir) throws IOException {
        // issue 19 N5: the English stemmer cut "acme" to "acm", so Acme's files and ACM's found each other
        Path src = Files.createDirectories(dir.resolve("Accounts"));
        file(src.resolve("Acme Proposal.txt"), "Proposal for Acme Corporation, warehouse robots.", "2025-03-01T10:00:00Z");
        file(src.resolve("Renewal Terms.txt"), "Renewal terms agreed with ACME's buyers.", "2025-02-01T10:00:00Z");
        file(src.resolve("Conference Paper.txt"), "Paper accepted by the ACM digital library.", "2025-01-01T10:00:00Z");
        try (IndexFixture accounts = IndexFixture.indexed(dir, src)) {
            // (the name in the file name first)
            assertThat(accounts.names("acme")).containsExactly("Acme Proposal.txt", "Renewal Terms.txt");
            assertThat(accounts.names("acme's")).containsExactly("Acme Proposal.txt", "Renewal Terms.txt");
            assertThat(accounts.names("ACM")).containsExactly("Conference Paper.txt");
            assertThat(accounts.names("\"acme corporation\"")).containsExactly("Acme Proposal.txt");
            // other words keep their forms: "proposals" finds the proposal
            assertThat(accounts.names("proposals")).containsExactly("Acme Proposal.txt");
        }
    }

    @Test
    void fieldNamesIgnoreCaseAndAMisspelledOneIsNamed() {
        // window test 9, new 7: Title:, titel: and tpye: found nothing, without a word why
        assertThat(f.names("Title:battlecard")).containsExactly("Quality Battlecard.pdf");
        assertThat(f.names("TYPE:pdf")).containsExactly("Quality Battlecard.pdf");
        assertThat(f.names("healthcare Modified:2023")).containsExactly("Draft Notes.txt");
        assertMessage("titel:pricing", "There is no field “titel”; did you mean title:?");
        assertMessage("tpye:pdf", "There is no field “tpye”; did you mean type:?");
        assertMessage("pricing Atuhor:dana", "There is no field “Atuhor”; did you mean author:?");
    }

    @Test
    void aColonInOrdinaryTextIsStillSearchedAsWords(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("Notes"));
        file(src.resolve("Kickoff.txt"), "Kickoff at 10:30 with the team; agenda: pricing.", "2025-03-01T10:00:00Z");
        file(src.resolve("Other.txt"), "Nothing about the meeting here.", "2025-03-02T10:00:00Z");
        try (IndexFixture notes = IndexFixture.indexed(dir, src)) {
            assertThat(notes.names("kickoff 10:30")).containsExactly("Kickoff.txt");
            assertThat(notes.names("agenda:pricing")).containsExactly("Kickoff.txt");
        }
    }

    @Test
    void singleLetterWildcardsAndFuzzyWordsFindTheWordAsTyped() {
        // window test 9, new 7: pri?ing and pricing~ found nothing while pricing found the files (the body's
        // words are stemmed: "pricing" is indexed as "price"), and an emoji was a word every file had to hold
        List<String> pricing = f.names("pricing");
        assertThat(pricing).containsExactlyInAnyOrder("Pricing Guide.md", "Loyalty Brochure.txt", "Compliance One-Pager.txt");
        assertThat(f.names("pri?ing")).containsExactlyInAnyOrderElementsOf(pricing);
        assertThat(f.names("pricing~")).containsExactlyInAnyOrderElementsOf(pricing);
        assertThat(f.names("lo?alty")).containsExactlyInAnyOrder("Loyalty Brochure.txt", "Pricing Guide.md");
        assertThat(f.names("🚀 pricing")).containsExactlyElementsOf(pricing);
        assertThat(f.names("pricing 🚀 ✨")).containsExactlyElementsOf(pricing);
    }

    @Test
    void titleAndFileNameRankAboveBody() {
        // "pricing" is in the title of the guide, in the body of the others; newer wins ties
        assertThat(f.names("pricing").getFirst()).isEqualTo("Pricing Guide.md");
        assertThat(f.names("one pager")).containsExactly("Compliance One-Pager.txt");
    }

    @Test
    void fieldsTypeExtensionPathAndTitle() {
        assertThat(f.names("type:pdf")).containsExactly("Quality Battlecard.pdf");
        assertThat(f.names("ext:md")).containsExactly("Uptime Case Study.md", "Pricing Guide.md");
        assertThat(f.names("type:text healthcare")).containsExactly("Draft Notes.txt", "Compliance One-Pager.txt");
        assertThat(f.names("path:retail")).containsExactly("Loyalty Brochure.txt", "Pricing Guide.md");
        assertThat(f.names("title:battlecard")).containsExactly("Quality Battlecard.pdf");
    }

    @Test
    void asYouTypeATypeBeingTypedMeansTheTypesItStarts() {
        // "type:pd" on the way to type:pdf was refused with "There is no file type", keystroke after keystroke
        assertThat(typing("type:pd")).containsExactly("Quality Battlecard.pdf");
        assertThat(typing("uptime type:m")).containsExactly("Uptime Case Study.md");
        // (a filter alone lists the newest first)
        assertThat(typing("type:.tx")).containsExactly("Compliance One-Pager.txt", "Loyalty Brochure.txt", "Draft Notes.txt");
        assertThatThrownBy(() -> typing("type:spaces")).isInstanceOf(CollateralException.class).hasMessageStartingWith(
                "There is no file type \"spaces\"");
        // a search that is run means the type as written
        assertMessage("type:pd", "There is no file type \"pd\"; use one of pdf, presentation, document, "
                + "spreadsheet, text, html, email, ebook, archive, image, or an extension such as pptx.");
    }

    private static List<String> typing(String q) {
        return f.search.search(SearchRequest.of(q, 20).asYouType(true)).hits().stream().map(h -> h.fileName()).toList();
    }

    @Test
    void modifiedDateRanges() {
        assertThat(f.names("modified:[2025-01 TO 2025-06]")).containsExactly(
                "Compliance One-Pager.txt", "Loyalty Brochure.txt", "Uptime Case Study.md");
        assertThat(f.names("modified:2023")).containsExactly("Draft Notes.txt");
        assertThat(f.names("pricing modified:[2025-01-01 TO *]")).containsExactly("Compliance One-Pager.txt", "Loyalty Brochure.txt");
    }

    @Test
    void asYouTypeARangeWithBothEndsTypedIsAppliedBeforeItsBracketCloses() {
        // window test 9, new 1: "modified:[2024-01 TO 2024-06" listed files from outside the range
        assertThat(typing("modified:[2025-01 TO 2025-06")).containsExactly(
                "Compliance One-Pager.txt", "Loyalty Brochure.txt", "Uptime Case Study.md");
        assertThat(typing("pricing modified:[2025-01 TO 2025-06")).containsExactlyInAnyOrder(
                "Compliance One-Pager.txt", "Loyalty Brochure.txt");
        // one end only: the range is still left out while typing
        assertThat(typing("healthcare modified:[2025-01 TO")).containsExactlyInAnyOrder(
                "Draft Notes.txt", "Compliance One-Pager.txt");
        assertThat(typing("healthcare modified:[2025-01 TO 2025-")).containsExactlyInAnyOrder(
                "Draft Notes.txt", "Compliance One-Pager.txt");
        // a search that is run still needs the bracket
        assertMessage("modified:[2025-01 TO 2025-06", "A date range needs both brackets, as in modified:[2024-01 TO 2024-12].");
    }

    @Test
    void snippetsHighlightTheMatches() {
        SearchResult r = f.query("loyalty");
        assertThat(r.hits()).extracting(h -> h.snippet()).containsExactly(
                "Our <b>loyalty</b> program brochure. Retail stores love it. Pricing on request.",
                "# Retail pricing guide Prices for the retail bundle. <b>Loyalty</b> discounts apply.");
    }

    @Test
    void facetsCountTypeSourceAndYear() {
        SearchResult r = f.query("");
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.facets().get("type")).containsExactly(new FacetCount("text", 5), new FacetCount("pdf", 1));
        assertThat(r.facets().get("year")).containsExactly(new FacetCount("2025", 4), new FacetCount("2023", 1), new FacetCount("2024", 1));
        assertThat(r.facets().get("source")).containsExactly(new FacetCount(tmp.resolve("Marketing").toString(), 6));
    }

    @Test
    void thePageComesFirstAndItsTotalAndFacetsFollow() {
        SearchRequest request = new SearchRequest("pricing", 2, Map.of(), SearchRequest.Order.RELEVANCE);
        SearchService.Page page = f.search.page(request);

        // what the list shows, before anything looks at every match
        assertThat(page.shown().hits()).extracting(h -> h.fileName())
                .containsExactly("Pricing Guide.md", "Compliance One-Pager.txt");
        assertThat(page.shown().facets()).isEmpty();
        assertThat(page.shown().total()).isEqualTo(2); // as many as shown, until counted

        SearchResult counted = page.counted();
        assertThat(counted.hits()).isEqualTo(page.shown().hits());
        assertThat(counted.total()).isEqualTo(3);
        assertThat(counted.facets().get("type")).containsExactly(new FacetCount("text", 3));
        assertThat(counted.tookMs()).isEqualTo(page.shown().tookMs());
        assertThat(counted.facets()).isEqualTo(f.search.search(request).facets());
    }

    /**
     * The window shows a keystroke's first rows before the others (issue 13, item 4): they are the first rows of the
     * whole page, and the others follow as the whole page has them.
     */
    @Test
    void theFirstRowsAreTheWholePagesAndTheOthersFollowAsItHasThem() {
        SearchRequest request = new SearchRequest("pricing", 10, Map.of(), SearchRequest.Order.RELEVANCE);
        List<SearchHit> whole = f.search.page(request).shown().hits();
        assertThat(whole).extracting(SearchHit::fileName)
                .containsExactly("Pricing Guide.md", "Compliance One-Pager.txt", "Loyalty Brochure.txt");

        SearchService.Page first = f.search.page(request, 1, Cancellation.none());
        assertThat(first.shown().hits()).containsExactly(whole.getFirst());
        assertThat(first.rows()).isEqualTo(3);
        assertThat(first.isComplete()).isFalse();
        assertThat(first.counts(Cancellation.none()).result().total()).isEqualTo(3);
        assertThat(first.counted().facets()).isEqualTo(f.search.search(request).facets());

        SearchService.Page complete = first.complete(Cancellation.none());
        assertThat(complete.shown().hits()).isEqualTo(whole);
        assertThat(complete.isComplete()).isTrue();
    }

    @Test
    void aCancelledSearchStopsWithoutAnAnswer() {
        SearchRequest request = new SearchRequest("pricing", 10, Map.of(), SearchRequest.Order.RELEVANCE);
        SearchService.Page first = f.search.page(request, 1, Cancellation.none());
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();

        assertThatThrownBy(() -> f.search.page(request, 1, cancelled)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> first.complete(cancelled)).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> first.counts(cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void facetFiltersNarrowTheResults() {
        SearchResult r = f.search.search(new SearchRequest("pricing", 10, Map.of("year", List.of("2025")), SearchRequest.Order.RELEVANCE));
        assertThat(r.hits()).extracting(h -> h.fileName()).containsExactly("Compliance One-Pager.txt", "Loyalty Brochure.txt");
        SearchResult byDate = f.search.search(new SearchRequest("", 3, Map.of(), SearchRequest.Order.NEWEST));
        assertThat(byDate.hits()).extracting(h -> h.fileName()).containsExactly("Quality Battlecard.pdf", "Compliance One-Pager.txt", "Loyalty Brochure.txt");
    }

    @Test
    void malformedQueriesAreExplainedInOneSentence() {
        assertMessage("title:(unclosed", "The query opens a parenthesis that is never closed.");
        assertMessage("\"open quote", "The query has an opening quote (\") without a closing one.");
        assertMessage("*pricing", "A word cannot start with * or ?; type at least one letter before the wildcard.");
        assertMessage("type:spaceship", "There is no file type \"spaceship\"; use one of pdf, presentation, document, "
                + "spreadsheet, text, html, email, ebook, archive, image, or an extension such as pptx.");
        assertMessage("modified:[yesterday TO 2025]", "\"yesterday\" is not a date; write it as 2025, 2025-03 or 2025-03-01.");
        assertMessage("modified:[2024 TO", "A date range needs both brackets, as in modified:[2024-01 TO 2024-12].");
        assertMessage("size:[1mb TO", "A size range needs both brackets, as in size:[1mb TO 10mb].");
        assertMessage("rating:[1 TO", "Write a rating filter as rating:4, rating:>=4 or rating:<3 (1 to 5).");
        assertMessage("[1 TO", "A range needs both brackets, as in modified:[2024-01 TO 2024-12] or size:[1mb TO 10mb].");
        assertMessage("pricing AND", "The query ends right after \"AND\"; add what should follow it, or put it in quotes.");
        assertMessage("pricing ^ deck", "The query could not be understood at \"^\"; put words with special characters (: ( ) [ ] ^ ~ * ?) in quotes.");
    }

    @Test
    void pathologicalQueriesAreRefusedQuickly() {
        String wildcards = "a*b ".repeat(2_000).strip();
        assertMessage(wildcards.substring(0, 1_999), "A query may use at most 24 wildcard, fuzzy or regular-expression terms.");
        assertMessage("x".repeat(2_001), "The query is 2001 characters long; the limit is 2000.");
        assertMessage("(".repeat(30) + "x" + ")".repeat(30), "The query nests parentheses 30 deep; the limit is 20.");
        assertMessage("/" + "(a|b)*".repeat(20) + "/", "Regular expressions are limited to 80 characters.");
    }

    private static void assertMessage(String query, String message) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> f.query(query)).isInstanceOf(CollateralException.class).hasMessage(message);
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused within a second").isLessThan(1_000);
    }
}
