package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved searches on the command line: {@code search --save NAME} saves one, {@code saved list} says how many files are
 * new or changed since each was last opened (a file added or edited; not one copied or renamed), {@code saved open}
 * runs it, marks them and counts from then on, {@code saved remove} forgets it.
 */
class SavedSearchCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path share;

    @BeforeEach
    void indexedShare() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        Files.writeString(share.resolve("healthcare-deck.txt"), "Healthcare pitch deck for hospital groups.");
        Files.writeString(share.resolve("healthcare-case.txt"), "Healthcare case study: a clinic cut its paperwork.");
        Files.writeString(share.resolve("retail.txt"), "Retail pitch deck for store chains.");
        assertThat(run("index", "--source", share.toString()).exit()).isZero();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    @Test
    void aSavedSearchSaysWhatIsNewOrChangedSinceItWasLastOpened() throws Exception {
        CliRun save = run("search", "--save", "Healthcare kit", "healthcare");
        assertThat(save.err()).isEmpty();
        assertThat(save.out()).startsWith("2 files match \"healthcare\"").endsWith(NL + "Saved the search \u201cHealthcare "
                + "kit\u201d (2 files match now); saved list shows what is new or changed since you last opened it, saved "
                + "open runs it again." + NL);
        assertThat(run("saved", "list").out()).startsWith("Healthcare kit  nothing new  (2 files; last opened ")
                .endsWith(NL + "    healthcare" + NL);

        Path pricing = Files.writeString(share.resolve("healthcare-pricing.txt"), "Healthcare pricing sheet for clinics.");
        Path caseStudy = Files.writeString(share.resolve("healthcare-case.txt"),
                "Healthcare case study: a clinic cut its paperwork by half.");
        Files.copy(share.resolve("healthcare-deck.txt"), share.resolve("healthcare-deck-copy.txt")); // same content
        assertThat(run("index").exit()).isZero();

        JsonNode listed = run("saved", "list", "--json").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").textValue()).isEqualTo("Healthcare kit");
        assertThat(listed.get(0).get("matching").intValue()).isEqualTo(4);
        assertThat(List.of(listed.get(0).get("new").intValue(), listed.get(0).get("changed").intValue()))
                .containsExactly(1, 1);
        assertThat(listed.get(0).get("new_files").toString()).isEqualTo("[\"" + pricing + "\"]");
        assertThat(listed.get(0).get("changed_files").toString()).isEqualTo("[\"" + caseStudy
                + "\"]");
        assertThat(run("saved", "list").out()).startsWith("Healthcare kit  1 new, 1 changed  (4 files; last opened ");

        CliRun open = run("saved", "open", "healthcare KIT");

        assertThat(open.exit()).isZero();
        List<String> lines = open.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\u201cHealthcare kit\u201d: 1 file is new and 1 changed since you last "
                + "opened it.");
        assertThat(lines.get(lines.indexOf("    " + pricing) + 1)).isEqualTo("    new since you last opened it");
        assertThat(lines.get(lines.indexOf("    " + caseStudy) + 1)).isEqualTo("    changed since you last opened it");
        assertThat(run("saved", "list").out()).startsWith("Healthcare kit  nothing new  (4 files; last opened ");
        assertThat(run("saved", "open", "Healthcare kit").out().lines().findFirst().orElseThrow())
                .isEqualTo("\u201cHealthcare kit\u201d: Nothing is new or changed since you last opened it.");
    }

    @Test
    void savingAgainUnderTheSameNameReplacesItAndRemovingForgetsIt() throws Exception {
        run("search", "--save", "Healthcare kit", "healthcare");

        CliRun again = run("search", "--json", "--save", "healthcare KIT", "pitch", "--sort", "newest");

        assertThat(again.json().get("saved").toString()).isEqualTo("{\"name\":\"healthcare KIT\",\"matching\":2,"
                + "\"replaced\":true}");
        JsonNode listed = run("saved", "--json", "list").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("query").textValue()).isEqualTo("pitch");
        assertThat(listed.get(0).get("sort").textValue()).isEqualTo("newest");
        assertThat(run("search", "--save", "Text only", "--type", "text").out()).contains("Saved the search \u201cText "
                + "only\u201d (3 files match now)");

        CliRun unknown = run("saved", "remove", "nope");
        assertThat(unknown.err()).isEqualTo("There is no saved search \u201cnope\u201d; the saved searches are "
                + "\u201chealthcare KIT\u201d, \u201cText only\u201d." + NL);
        assertThat(unknown.exit()).isNotZero();
        assertThat(run("saved", "remove", "Healthcare Kit").out()).isEqualTo("Forgot the saved search \u201chealthcare "
                + "KIT\u201d." + NL);
        run("saved", "remove", "text only");
        assertThat(run("saved", "list").out()).isEqualTo("No saved searches yet; save one with search --save NAME QUERY."
                + NL);
        CliRun batch = run("search", "--save", "x", "--batch", dir.resolve("q.txt").toString());
        assertThat(batch.err()).contains("--save saves one search of words and filters; it takes neither --batch nor "
                + "--like.");
        assertThat(batch.exit()).isEqualTo(2);
    }

    @Test
    void aNameWithADirectionMarkIsRefusedWithASentenceAndNothingIsSaved() throws Exception {
        CliRun refused = run("search", "--save", "Decks \u202Ex \"q\"", "healthcare");

        assertThat(refused.err()).isEqualTo("The name of a saved search cannot hold invisible direction marks (such as "
                + "a right-to-left override), which can make the text after them read backwards, nor zero-width spaces or line separators; type it without them."
                + NL);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(run("saved", "list", "--json").json()).isEmpty();
    }
}
