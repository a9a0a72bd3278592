package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typos, word forms, split and joined words, file-name parts, as-you-type and closeness, on a small real index. */
class SearchForgivingTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Collateral"));
        file(src.resolve("Compliance One-Pager.txt"), "Healthcare compliance summary: controls, audit trail and retention.");
        file(src.resolve("Partner Onepager.txt"), "A onepager for retail partners about the loyalty programme.");
        file(src.resolve("Quarterly Business Review.txt"), "The quarterly business review covers renewals, expansion and churn.");
        file(src.resolve("Battlecard Fabrikam.txt"), "Competitive battlecard: how we beat Fabrikam on support.");
        file(src.resolve("Renewal Playbook.txt"), "Steps for a renewal conversation with the customer.");
        file(src.resolve("Renewel Notes.txt"), "Renewel notes typed in a hurry.");
        file(src.resolve("Pricing Guide.md"), "# Retail pricing guide\nPricing for the retail bundle, with the discount table.");
        file(src.resolve("Pricing FAQ.txt"), "Questions about pricing and the discount table.");
        file(src.resolve("Pricing Letter.txt"), "Our pricing changes in spring; the letter explains them.");
        file(src.resolve("Prising Tools.txt"), "Prising open crates with the right tools.");
        file(src.resolve("Appendix Notes.txt"), "The deck has twelve slides and an appendix of pricing tables for partners.");
        file(src.resolve("Launch Plan.txt"), "The launch pricing deck is final and ready for the partners meeting.");
        file(src.resolve("Price List.txt"), "Our prices for the year, by region.");
        file(src.resolve("Quote 42486.txt"), "Quote for the harbour project.");
        file(src.resolve("Stock Sheet.txt"), "Part 42480 and part 4248 are in stock.");
        OfficeFiles.pptx(src.resolve("Q3_PricingDeck_v2.pptx"), "Quarter three", "Numbers for the quarter");
        f = IndexFixture.indexed(tmp, src);
    }

    private static void file(Path p, String text) throws IOException {
        OfficeFiles.text(p, text, "2025-05-01T10:00:00Z");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aMisspelledWordFindsItsFileAndSaysSo() {
        SearchResult r = f.query("battelcard");
        assertThat(r.hits()).extracting(SearchHit::fileName).containsExactly("Battlecard Fabrikam.txt");
        assertThat(r.message()).isEqualTo("Showing results for \"battlecard\": no file contains \"battelcard\".");
        assertThat(f.names("quartely review")).containsExactly("Quarterly Business Review.txt");
        assertThat(f.query("quartely review").message())
                .isEqualTo("Showing results for \"quarterly review\": no file contains \"quartely\".");
        assertThat(f.names("fabrikma")).containsExactly("Battlecard Fabrikam.txt");
    }

    /**
     * Issue 15 re-test r25, finding 3: a missing letter leaves most 5-letter words 4 letters long, and "abot", "lide" or
     * "shll" found nothing and said nothing. A 4-letter word no file holds is read as its likely spelling.
     */
    @Test
    void aFourLetterWordNoFileHoldsFindsTheWordItWasMeantToBe() {
        assertThat(f.names("stps")).containsExactly("Renewal Playbook.txt");
        assertThat(f.query("stps").message()).isEqualTo("Showing results for \"steps\": no file contains \"stps\".");
        assertThat(f.names("teps renewal")).containsExactly("Renewal Playbook.txt");
        assertThat(f.names("deck")).containsExactly("Q3_PricingDeck_v2.pptx", "Launch Plan.txt", "Appendix Notes.txt");
    }

    @Test
    void aTypoInTheFirstLetterFindsItsFileToo() {
        // the first letter dropped, swapped with the second, or another letter in its place
        assertThat(f.names("attlecard")).containsExactly("Battlecard Fabrikam.txt");
        assertThat(f.query("attlecard").message())
                .isEqualTo("Showing results for \"battlecard\": no file contains \"attlecard\".");
        assertThat(f.names("qaurterly review")).containsExactly("Quarterly Business Review.txt");
        assertThat(f.names("vabrikam")).containsExactly("Battlecard Fabrikam.txt");
    }

    @Test
    void anExcludedWordIsExcludedAsTypedNotAsItsCloseSpellings() {
        // "tabel" is in no file: searched for, it means "table"; excluded, it excludes only itself
        assertThat(f.names("discount -tabel")).containsExactlyInAnyOrder("Pricing Guide.md", "Pricing FAQ.txt");
        assertThat(f.query("discount -tabel").message()).isNull();
        assertThat(f.names("discount NOT tabel")).containsExactlyInAnyOrder("Pricing Guide.md", "Pricing FAQ.txt");
        assertThat(f.names("discount -table")).isEmpty();
    }

    @Test
    void aRespelledWordFindsTheSameFilesAsTheWordTheMessageNames() {
        SearchResult r = f.query("pricng");
        assertThat(r.message()).isEqualTo("Showing results for \"pricing\": no file contains \"pricng\".");
        // "prices" is a form of "pricing" (one stem), not a close spelling of "pricng": found all the same
        assertThat(f.names("pricing")).contains("Price List.txt");
        assertThat(f.names("pricng")).containsExactlyInAnyOrderElementsOf(f.names("pricing"));
        assertThat(r.total()).isEqualTo(f.query("pricing").total());
        assertThat(f.names("pricng letter")).containsExactlyInAnyOrderElementsOf(f.names("pricing letter"));
        // two spellings as close: both are named, and the files are those of either search
        assertThat(f.query("renewxl").message())
                .isEqualTo("Showing results for \"renewal\" or \"renewel\": no file contains \"renewxl\".");
        List<String> either = new ArrayList<>(f.names("renewal"));
        f.names("renewel").stream().filter(n -> !either.contains(n)).forEach(either::add);
        assertThat(f.names("renewxl")).containsExactlyInAnyOrderElementsOf(either).contains("Renewel Notes.txt");
    }

    @Test
    void aNumberIsNotRespelledIntoOtherNumbers() {
        // a quote or part number means that number: 42480 and 4248 are other parts, not typos of it
        assertThat(f.names("42486")).containsExactly("Quote 42486.txt");
        assertThat(f.names("42487")).isEmpty();
        assertThat(f.query("42487").message()).isNull();
    }

    @Test
    void closeSpellingsRankBelowTheExactWord() {
        // "renewel" is in one file as typed: it comes first, the close spelling "renewal" after it
        assertThat(f.names("renewel")).containsExactly("Renewel Notes.txt", "Renewal Playbook.txt");
        assertThat(f.query("renewel").message()).isNull();
    }

    @Test
    void aWordManyFilesContainIsNotRespelled() {
        // "pricing" matches enough files as typed: "prising" must not flood in
        assertThat(f.names("pricing")).doesNotContain("Prising Tools.txt").contains("Pricing Guide.md", "Pricing FAQ.txt");
    }

    @Test
    void shortWordsAreNotRespelled() {
        assertThat(f.names("supprt")).containsExactly("Battlecard Fabrikam.txt");
        assertThat(f.names("dek")).isEmpty();
    }

    @Test
    void splitAndJoinedWordsFindEachOther() {
        assertThat(f.names("onepager")).containsExactlyInAnyOrder("Partner Onepager.txt", "Compliance One-Pager.txt");
        assertThat(f.names("one-pager")).containsExactlyInAnyOrder("Partner Onepager.txt", "Compliance One-Pager.txt");
        assertThat(f.names("one pager")).containsExactlyInAnyOrder("Partner Onepager.txt", "Compliance One-Pager.txt");
    }

    @Test
    void fileNamePartsFindTheFile() {
        assertThat(f.names("pricing deck").getFirst()).isEqualTo("Q3_PricingDeck_v2.pptx");
        assertThat(f.names("q3 pricing").getFirst()).isEqualTo("Q3_PricingDeck_v2.pptx");
        assertThat(f.names("deck v2")).containsExactly("Q3_PricingDeck_v2.pptx");
        assertThat(f.names("Q3_PricingDeck_v2")).containsExactly("Q3_PricingDeck_v2.pptx");
    }

    @Test
    void asYouTypeTheLastWordIsAPrefix() {
        assertThat(typing("quarterly busi")).containsExactly("Quarterly Business Review.txt");
        assertThat(typing("fabri")).containsExactly("Battlecard Fabrikam.txt");
        // only the last word: "quart" in the middle is a word of its own
        assertThat(typing("quart busi")).isEmpty();
        // a complete word still ranks the files with that word first
        assertThat(typing("retail pricing").getFirst()).isEqualTo("Pricing Guide.md");
    }

    @Test
    void asYouTypePunctuationAloneListsWhatAnEmptyBoxLists() {
        // b13: "!!!???" and "--" were refused as queries while "-", "(((" and "*" listed every file
        List<String> everything = typing("");
        assertThat(everything).hasSizeGreaterThan(5);
        for (String typed : List.of("!!!???", "--", "-", "(((", "\"", "*", "?", "&& ||", " : ")) {
            assertThat(typing(typed)).as(typed).isEqualTo(everything);
        }
        // a finished query of punctuation alone is still explained
        assertThatThrownBy(() -> f.search.search(SearchRequest.of("?", 20)))
                .hasMessage("A word cannot start with * or ?; type at least one letter before the wildcard.");
    }

    @Test
    void asYouTypeAOneOrTwoLetterLastWordCompletesToo() {
        // team tester 19: "Hadron Co", "La" found nothing, "Hadron Col" the file (one and two letters did not complete)
        assertThat(typing("quarterly b")).containsExactly("Quarterly Business Review.txt");
        assertThat(typing("quarterly bu")).containsExactly("Quarterly Business Review.txt");
        assertThat(typing("\"quarterly b")).containsExactly("Quarterly Business Review.txt");
        assertThat(typing("\"business r")).containsExactly("Quarterly Business Review.txt");
        assertThat(typing("fa")).containsExactly("Battlecard Fabrikam.txt", "Pricing FAQ.txt");
        assertThat(typing("\"fa")).containsExactly("Battlecard Fabrikam.txt", "Pricing FAQ.txt");
        // a finished word still means that word
        assertThat(f.names("quarterly b")).isEmpty();
    }

    @Test
    void asYouTypeAPhraseCompletesARareWordThatFollowsIt(@TempDir Path dir) throws IOException {
        // team tester 19: "Large H and "Large Hadron C found nothing, "Large Ha and "Large Hadron Col the file:
        // the phrase's last word completed to the words most files hold only, and hadron and collider are rare
        Path src = Files.createDirectories(dir.resolve("Physics"));
        file(src.resolve("Collider.txt"), "The Large Hadron Collider at CERN.");
        StringBuilder common = new StringBuilder("A large crowd. ");
        for (String word : List.of("habit", "hammer", "handle", "harbour", "harvest", "hazard", "header", "health",
                "heater", "height", "helmet", "helper", "heritage", "hero", "hidden", "highway", "history", "hobby",
                "holiday", "honest", "horizon", "hospital", "hotel", "hour", "house", "human", "humour", "hunger",
                "hunter", "hurry", "husband", "hybrid", "hygiene", "hymn", "hyphen", "hint", "hive", "hook")) {
            common.append(word).append(" cable coin cloud copper crystal cycle comet cotton cactus canyon cargo ")
                    .append("castle cedar chalk charm chess cider circus clay cliff clock coast cobalt cocoa comma ")
                    .append("coral cork crane crater crown cube curtain cushion cypress. ");
        }
        for (int i = 1; i <= 3; i++) {
            file(src.resolve("Common " + i + ".txt"), common.toString());
        }
        try (IndexFixture physics = IndexFixture.indexed(dir, src)) {
            for (String typed : List.of("\"Large H", "\"Large Ha", "\"Large Hadron C", "\"Large Hadron Co",
                    "\"Large Hadron Col", "\"Hadron C", "Hadron C", "Hadron Co")) {
                assertThat(physics.search.search(SearchRequest.of(typed, 20).asYouType(true)).hits())
                        .as(typed).extracting(SearchHit::fileName).containsExactly("Collider.txt");
            }
        }
    }

    @Test
    void withoutAsYouTypeThePrefixIsJustAWordUnlessThatFindsNothing() {
        // run, "revi" is a word; as it finds nothing, it is read as typing reads it, and the sentence says so (s15 MAJOR 4)
        assertThat(f.names("quarterly revi")).containsExactly("Quarterly Business Review.txt");
        assertThat(f.query("quarterly revi").message()).isEqualTo(
                "Showing results for \"quarterly revi…\" (words starting with \"revi\"): no file contains \"revi\".");
        assertThat(f.query("quarterly review").message()).isNull();
        assertThat(typing("quarterly revi")).containsExactly("Quarterly Business Review.txt");
    }

    @Test
    void wordsCloseTogetherRankAboveScatteredOnes() {
        // both files have "pricing" and "deck" in their text; in the plan they stand side by side
        List<String> names = f.names("pricing deck partners");
        assertThat(names).containsExactly("Launch Plan.txt", "Appendix Notes.txt");
    }

    private static List<String> typing(String q) {
        return f.search.search(SearchRequest.of(q, 20).asYouType(true)).hits().stream().map(SearchHit::fileName).toList();
    }
}
