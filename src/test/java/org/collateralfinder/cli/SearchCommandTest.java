package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** search --as-you-type, --like, --size and --year; duplicates and versions in the JSON; the suggest command. */
class SearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path src;
    static Path data;

    @BeforeAll
    static void index() throws IOException {
        src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("Decks/Pricing Deck v1.txt"), "Pricing deck for retail, first cut.");
        OfficeFiles.text(src.resolve("Decks/Pricing Deck v2.txt"), "Pricing deck for retail with volume discounts.");
        Files.setLastModifiedTime(src.resolve("Decks/Pricing Deck v1.txt"), FileTime.fromMillis(1_700_000_000_000L));
        OfficeFiles.text(src.resolve("Team A/Solar.txt"), "Solar panels and photovoltaic roofs with battery storage.");
        OfficeFiles.text(src.resolve("Team B/Solar copy.txt"), "Solar panels and photovoltaic roofs with battery storage.");
        for (String copy : new String[] {"Team A/Solar.txt", "Team B/Solar copy.txt"}) {
            Files.setLastModifiedTime(src.resolve(copy), FileTime.fromMillis(1_750_000_000_000L));
        }
        OfficeFiles.text(src.resolve("Inverters.txt"), "Inverters for photovoltaic roofs and battery storage.");
        OfficeFiles.text(src.resolve("Quokka \u202Efdp.txt"), "Quokka habitat notes."); // reads "Quokka txt.pdf" obeyed
        data = tmp.resolve("data");
        assertThat(run("index", "--data-dir", data.toString(), "--source", src.toString()).exit()).isZero();
    }

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        CommandLine cli = CommandLineRunner.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionsAndDuplicatesAreListedInTheJson() throws IOException {
        JsonNode o = run("search", "--data-dir", data.toString(), "--json", "pricing", "deck").json();
        assertThat(o.get("total").asInt()).isEqualTo(1);
        JsonNode hit = o.get("hits").get(0);
        assertThat(hit.get("path").asText()).isEqualTo(src.resolve("Decks/Pricing Deck v2.txt").toString());
        assertThat(texts(hit.get("versions"))).containsExactly(src.resolve("Decks/Pricing Deck v1.txt").toString());
        assertThat(texts(hit.get("duplicates"))).isEmpty();

        JsonNode solar = run("search", "--data-dir", data.toString(), "--json", "solar").json().get("hits").get(0);
        assertThat(solar.get("path").asText()).isEqualTo(src.resolve("Team A/Solar.txt").toString());
        assertThat(texts(solar.get("duplicates"))).containsExactly(src.resolve("Team B/Solar copy.txt").toString());
    }

    /**
     * Issue 16 re-test r23, finding 7: a terminal obeying the right-to-left override in "Quokka " + U+202E + "fdp.txt"
     * shows a text file as "Quokka txt.pdf". The text output shows the override as an escape; the JSON escapes it too,
     * which a JSON reader reads as the path's own character.
     */
    @Test
    void aFileNameHoldingARightToLeftOverrideIsPrintedWithItEscaped() throws IOException {
        String text = run("search", "--data-dir", data.toString(), "quokka").out();
        assertThat(text).contains("    " + src.resolve("Quokka ") + "\\u202efdp.txt\n").doesNotContain("\u202E");
        Run json = run("search", "--data-dir", data.toString(), "--json", "quokka");
        assertThat(json.out()).doesNotContain("\u202E"); // every command's output: the escape means the same in JSON
        assertThat(json.json().get("hits").get(0).get("path").asText())
                .isEqualTo(src.resolve("Quokka \u202Efdp.txt").toString());
    }

    /** Issue 16 re-test r25: a mistyped command's message printed a right-to-left override raw. */
    @Test
    void aMistypedCommandsMessageEscapesARightToLeftOverride() {
        Run run = run("search", "--data-dir", data.toString(), "--limit", "x\u202Eyz", "quokka");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("x\\u202eyz").doesNotContain("\u202E");
    }

    @Test
    void asYouTypeIsOffUnlessAskedAndARunThatFindsNothingSaysItReadTheLastWordAsAStart() throws IOException {
        // a run reads "photovolt" as typed; finding nothing so, it reads it as typing does, and says so (s15 MAJOR 4)
        JsonNode run = run("search", "--data-dir", data.toString(), "--json", "photovolt").json();
        assertThat(run.get("total").asInt()).isEqualTo(2);
        assertThat(run.get("message").asText()).contains("(words starting with \"photovolt\")");
        JsonNode typed = run("search", "--data-dir", data.toString(), "--json", "--as-you-type", "photovolt").json();
        assertThat(typed.get("total").asInt()).isEqualTo(2);
        assertThat(typed.has("message")).isFalse();
    }

    @Test
    void likeFindsSimilarFilesWithoutTheFileAndItsCopies() throws IOException {
        JsonNode o = run("search", "--data-dir", data.toString(), "--json", "--like", src.resolve("Team A/Solar.txt").toString()).json();
        List<String> paths = new ArrayList<>();
        o.get("hits").forEach(h -> paths.add(h.get("path").asText()));
        assertThat(paths).containsExactly(src.resolve("Inverters.txt").toString());
    }

    @Test
    void likeInTextSaysWhatTheFilesAreLikeAndGroupJsonHelpNamesNoOtherGroupsCommand() {
        Path solar = src.resolve("Team A/Solar.txt");
        String text = run("search", "--data-dir", data.toString(), "--like", solar.toString()).out();
        assertThat(text.lines().findFirst().orElse("")).startsWith("1 file is like " + solar + " (");
        String help = run("feedback", "--help").out();
        assertThat(help).contains("--json").doesNotContain("refresh");
    }

    @Test
    void sizeAndYearFiltersAndTheSizeFacet() throws IOException {
        JsonNode small = run("search", "--data-dir", data.toString(), "--json", "--size", "under-1mb", "battery").json();
        assertThat(small.get("total").asInt()).isEqualTo(2);
        // facets count results, as the total does: the two copies of the solar sheet are one
        assertThat(small.get("facets").get("size").get("under-1mb").asInt()).isEqualTo(2);
        JsonNode none = run("search", "--data-dir", data.toString(), "--json", "--size", "over-10mb", "battery").json();
        assertThat(none.get("total").asInt()).isZero();
        JsonNode old = run("search", "--data-dir", data.toString(), "--json", "--year", "2023", "pricing").json();
        assertThat(old.get("hits").get(0).get("path").asText()).isEqualTo(src.resolve("Decks/Pricing Deck v1.txt").toString());
    }

    @Test
    void suggestCompletesWordsAndTitles() throws IOException {
        JsonNode o = run("suggest", "--data-dir", data.toString(), "--json", "--limit", "4", "pho").json();
        assertThat(o.get("typed").asText()).isEqualTo("pho");
        assertThat(o.get("took_ms").isNumber()).isTrue();
        List<String> texts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        o.get("suggestions").forEach(s -> {
            texts.add(s.get("text").asText());
            kinds.add(s.get("kind").asText());
        });
        assertThat(texts).containsExactly("photovoltaic");
        assertThat(kinds).containsExactly("word");
        assertThat(run("suggest", "--data-dir", data.toString(), "pricing", "de").out().lines().toList())
                .containsExactly("pricing deck", "Pricing Deck v2", "Pricing Deck v1");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
