package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slides re-test 22 #4: feedback naming some slides moved the whole deck, in the report's lists and in ranking ("outdated"
 * on slide 3 pushed the deck down for a search about slide 19). End to end on a real deck indexed by the extraction
 * worker and a real feedback database: an entry on some slides counts in ranking only for a search whose best matching
 * slide is one of them; an entry on the whole file counts for every search, as before; {@code tag:} still finds the
 * file, and the search's JSON and the report's lists name the slides.
 */
class SlideScopedFeedbackTest {

    @TempDir
    static Path dir;

    private static Path data;
    private static Path deck;

    /** Words of stress013's slide 19 only ("Formal definitions of accuracy measures"), and of slide 16 only. */
    private static final String ON_SLIDE_19 = "formal definitions accuracy";
    private static final String ON_SLIDE_16 = "diverse domains";

    @BeforeAll
    static void indexADeck() throws Exception {
        Path share = Files.createDirectories(dir.resolve("share"));
        deck = Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), share.resolve("Benchmarks.pptx"));
        Files.writeString(share.resolve("notes.txt"), "Formal notes on domains and accuracy of the benchmarks.");
        data = dir.resolve("data");
        CliRun index = CliRun.of("index", "--data-dir", data.toString(), "--source", share.toString());
        assertThat(index.exit()).as(index.err()).isZero();
    }

    private static CliRun feedback(String... args) {
        List<String> all = new ArrayList<>(List.of("feedback"));
        all.add(args[0]);
        all.addAll(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** The deck's hit of a search. */
    private static JsonNode deckHit(String query) throws Exception {
        CliRun search = CliRun.of("search", "--data-dir", data.toString(), "--json", query);
        assertThat(search.exit()).as(search.err()).isZero();
        for (JsonNode hit : search.json().get("hits")) {
            if (hit.get("path").textValue().equals(deck.toString())) {
                return hit;
            }
        }
        throw new AssertionError("the deck is not found by " + query + ": " + search.out());
    }

    @Test
    void feedbackOnSomeSlidesCountsOnlyForSearchesThatFindThoseSlides() throws Exception {
        JsonNode slide19 = deckHit(ON_SLIDE_19);
        JsonNode slide16 = deckHit(ON_SLIDE_16);
        assertThat(slide19.get("page_hits").get(0).get("page").intValue()).isEqualTo(19);
        assertThat(slide16.get("page_hits").get(0).get("page").intValue()).isEqualTo(16);

        CliRun carol = feedback("add", deck.toString(), "--tag", "outdated", "--slide", "16", "--user", "carol");
        CliRun erin = feedback("add", deck.toString(), "--tag", "didn't land", "--slide", "3-5", "--slide", "9",
                "--user", "erin");
        assertThat(carol.exit()).as(carol.err()).isZero();
        assertThat(erin.exit()).as(erin.err()).isZero();

        // a search about slide 19 scores the deck as without feedback; one about slide 16 as an outdated file
        // (one rep's outdated: signal -1 weighed 1/2, factor 1 - 0.4 × 0.5 = 0.8; the JSON rounds scores to 0.001)
        assertThat(deckHit(ON_SLIDE_19).get("score").doubleValue()).isEqualTo(slide19.get("score").doubleValue());
        assertThat(deckHit(ON_SLIDE_16).get("score").doubleValue())
                .isCloseTo(slide16.get("score").doubleValue() * 0.8, within(0.002));

        // tag: finds the deck, and says which slides each tag is about
        JsonNode tagged = deckHit("tag:outdated");
        assertThat(tagged.get("tags").toString()).isEqualTo("[\"didn't land\",\"outdated\"]");
        assertThat(tagged.get("tag_slides").toString()).isEqualTo("{\"didn't land\":[3,4,5,9],\"outdated\":[16]}");
        String report = feedback("report").out();
        assertThat(report).contains("Didn't land:\n  " + deck + " \u2014 slides 3\u20135, 9  2 entries, no rating, "
                + "didn't land 1, outdated 1\n");
        assertThat(report).contains("Flagged outdated:\n  " + deck + " \u2014 slide 16  2 entries, no rating, "
                + "didn't land 1, outdated 1\n");
        assertThat(feedback("report", "--json").json().get("files").get(0).get("tag_slides").toString())
                .isEqualTo("{\"didn't land\":[3,4,5,9],\"outdated\":[16]}");

        // feedback on the whole file counts for every search, as it always did
        CliRun dave = feedback("add", deck.toString(), "--tag", "outdated", "--user", "dave");
        assertThat(dave.exit()).as(dave.err()).isZero();
        // slide 19: dave's alone (factor 0.8); slide 16: carol's and dave's (signal -1 weighed 2/3: 1 - 0.4 × 2/3)
        assertThat(deckHit(ON_SLIDE_19).get("score").doubleValue())
                .isCloseTo(slide19.get("score").doubleValue() * 0.8, within(0.002));
        assertThat(deckHit(ON_SLIDE_16).get("score").doubleValue())
                .isCloseTo(slide16.get("score").doubleValue() * (1 - 0.8 / 3), within(0.002));
        // outdated is now given on the whole file too: the list names no slides for it
        assertThat(feedback("report").out()).contains("Flagged outdated:\n  " + deck + "  3 entries, ");
        assertThat(deckHit("tag:outdated").get("tag_slides").toString()).isEqualTo("{\"didn't land\":[3,4,5,9]}");
    }
}
