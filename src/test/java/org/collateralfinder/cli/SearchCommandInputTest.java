package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * search as a new user types it (issue 17): queries starting with a dash, blank lines in a batch,
 * limits out of range, totals that do not depend on the page size, --type as strict as type:, document
 * markup in snippets, and the small sentences.
 */
class SearchCommandInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path src;
    static Path data;

    @BeforeAll
    static void index() throws IOException {
        src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("acme/Acme pricing.txt"), "Pricing for acme retail stores.", "2025-03-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Globex pricing.txt"), "Pricing for globex wholesale.", "2025-02-01T10:00:00Z");
        OfficeFiles.text(src.resolve("markup.txt"), "<script>alert(1)</script> <b>bold</b> & brave claims", "2025-01-01T10:00:00Z");
        // 20 files of their own and 10 contents kept twice: 30 results for "catalogue", whatever the page size
        for (int i = 10; i < 30; i++) {
            OfficeFiles.text(src.resolve("own/u" + i + ".txt"), "catalogue entry u" + i, "2024-06-01T10:00:00Z");
        }
        for (int i = 10; i < 20; i++) {
            OfficeFiles.text(src.resolve("east/c" + i + ".txt"), "catalogue entry c" + i, "2023-06-01T10:00:00Z");
            OfficeFiles.text(src.resolve("west/c" + i + ".txt"), "catalogue entry c" + i, "2023-06-01T10:00:00Z");
        }
        data = tmp.resolve("data");
        assertThat(CliRun.of("index", "--data-dir", data.toString(), "--source", src.toString()).exit()).isZero();
    }

    private static List<String> names(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.get("hits").forEach(h -> names.add(h.get("file_name").asText()));
        return names;
    }

    @Test
    void aWordStartingWithADashExcludesItInsteadOfBeingReadAsAnOption() throws IOException {
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "pricing", "-acme");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("query").asText()).isEqualTo("pricing -acme");
        assertThat(names(r.json())).containsExactly("Globex pricing.txt");
        CliRun first = CliRun.of("search", "--data-dir", data.toString(), "--json", "-acme", "pricing");
        assertThat(names(first.json())).containsExactly("Globex pricing.txt");
        CliRun likeHelp = CliRun.of("search", "--data-dir", data.toString(), "--json", "pricing", "-hacme");
        assertThat(likeHelp.exit()).as(likeHelp.err()).isZero();
        assertThat(names(likeHelp.json())).containsExactly("Globex pricing.txt", "Acme pricing.txt");
    }

    @Test
    void aBlankLineOfABatchGetsItsOwnAnswerSoLinesStayInStep() throws IOException {
        Path queries = Files.writeString(tmp.resolve("q.txt"), "pricing\n\nglobex\n   \nacme\n");
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "--batch", queries.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(l -> l.get("query").asText()).containsExactly("pricing", "", "globex", "   ", "acme");
        assertThat(lines).extracting(l -> l.get("total").asInt()).containsExactly(2, 0, 1, 0, 1);
        assertThat(lines.get(1).get("message").asText()).isEqualTo("The line is empty: there is nothing to search for.");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aBatchAnswersEveryLineInTheSameShapeFailsOnABadLineInTextToo() throws IOException {
        Path queries = Files.writeString(tmp.resolve("bad.txt"), "pricing\ntitle:(unclosed\n\n");
        CliRun json = CliRun.of("search", "--data-dir", data.toString(), "--json", "--batch", queries.toString());
        CliRun text = CliRun.of("search", "--data-dir", data.toString(), "--batch", queries.toString());
        CliRun extra = CliRun.of("search", "--data-dir", data.toString(), "--json", "--batch", queries.toString(),
                "extra", "words");

        assertThat(json.exit()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : json.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        List<String> facets = new ArrayList<>();
        lines.getFirst().get("facets").fieldNames().forEachRemaining(facets::add);
        assertThat(facets).containsExactlyInAnyOrder("modified", "source", "type", "size", "year");
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line.get("facets").fieldNames())
                .toIterable().containsExactlyInAnyOrderElementsOf(facets));
        assertThat(lines.get(1).has("error")).isTrue();
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out().lines().toList()).hasSize(3);
        assertThat(extra.exit()).isEqualTo(2);
        assertThat(extra.out()).isEmpty();
        assertThat(extra.err().lines().findFirst().orElse("")).isEqualTo("--batch reads the queries from " + queries
                + "; give no query words with it (here: extra words).");
    }

    @Test
    void aLimitBelowOneIsRefusedWithASentenceAndAHugeOneIsCapped() throws IOException {
        for (String bad : List.of("0", "-1", "-99999999999999999999")) {
            CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "--limit", bad, "pricing");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines().findFirst().orElse("")).isEqualTo("--limit must be at least 1 (it was " + bad + ").");
        }
        for (String huge : List.of("2147483647", "2147483648", "99999999999999999999")) {
            CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "--limit", huge, "catalogue");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.json().get("hits")).hasSize(30);
        }
        CliRun suggest = CliRun.of("suggest", "--data-dir", data.toString(), "--limit", "2147483648", "catal");
        assertThat(suggest.exit()).as(suggest.err()).isZero();
        assertThat(suggest.out().lines().toList()).startsWith("catalogue");
        CliRun none = CliRun.of("suggest", "--data-dir", data.toString(), "--limit", "0", "catal");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err().lines().findFirst().orElse("")).isEqualTo("--limit must be at least 1 (it was 0).");
        for (String notWhole : List.of("abc", "1.5")) {
            for (String command : List.of("search", "suggest")) {
                CliRun r = CliRun.of(command, "--data-dir", data.toString(), "--limit", notWhole, "catal");
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.out()).isEmpty();
                assertThat(r.err().lines().toList()).containsExactly("--limit needs a whole number, as in --limit 20 (it "
                        + "was " + notWhole + ").", "Try 'collateral-finder " + command + " --help'.");
            }
        }
        CliRun rating = CliRun.of("feedback", "add", src.resolve("markup.txt").toString(), "--rating", "99999999999",
                "--data-dir", data.toString());
        assertThat(rating.exit()).isEqualTo(2);
        assertThat(rating.err()).isEqualTo("The rating must be a whole number from 1 to 5, not 99999999999.\n");
    }

    @Test
    void theTotalDoesNotDependOnThePageSize() throws IOException {
        for (String limit : List.of("1", "10", "100")) {
            JsonNode o = CliRun.of("search", "--data-dir", data.toString(), "--json", "--limit", limit, "catalogue").json();
            assertThat(o.get("total").asInt()).as("total at --limit " + limit).isEqualTo(30);
        }
    }

    @Test
    void anUnknownTypeOptionIsExplainedLikeTypeInTheQuery() throws IOException {
        CliRun option = CliRun.of("search", "--data-dir", data.toString(), "--json", "--type", "bogus", "pricing");
        CliRun field = CliRun.of("search", "--data-dir", data.toString(), "--json", "type:bogus pricing");
        assertThat(field.exit()).isEqualTo(2); // refused input, in the query or as an option
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.out()).isEmpty();
        assertThat(option.err()).isEqualTo(field.err()).startsWith("There is no file type \"bogus\"; use one of ");
        CliRun year = CliRun.of("search", "--data-dir", data.toString(), "--json", "--year", "abc", "pricing");
        assertThat(year.exit()).isEqualTo(2); // refused input
        assertThat(year.err().strip()).isEqualTo("There is no year \"abc\"; write a year as 2025.");
        CliRun extension = CliRun.of("search", "--data-dir", data.toString(), "--json", "--type", "txt", "globex");
        assertThat(names(extension.json())).containsExactly("Globex pricing.txt");
    }

    @Test
    void snippetsEscapeTheDocumentsOwnMarkupAndOnlyTheHighlightIsMarkup() throws IOException {
        JsonNode hit = CliRun.of("search", "--data-dir", data.toString(), "--json", "bold").json().get("hits").get(0);
        assertThat(hit.get("snippet").asText())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;<b>bold</b>&lt;/b&gt; &amp; brave claims");
        CliRun human = CliRun.of("search", "--data-dir", data.toString(), "bold");
        assertThat(human.out()).contains("    <script>alert(1)</script> <b>bold</b> & brave claims\n");
    }

    @Test
    void oneFileIsOneFile() {
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "globex");
        assertThat(r.out()).startsWith("1 file matches \"globex\" (");
        assertThat(CliRun.of("search", "--data-dir", data.toString(), "pricing").out()).startsWith("2 files match \"pricing\" (");
    }

    @Test
    void aMissingQueryFileIsNamedOnce() {
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "--batch", tmp.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("The query file " + tmp.resolve("nope.txt") + " could not be read: it does not exist.");
    }

    @Test
    void manyPlainWordsAreNotToldAboutWildcards() {
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            distinct.add("q" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26));
        }
        String words = String.join(" ", distinct);
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", words);
        assertThat(r.exit()).isEqualTo(2); // refused input
        assertThat(r.err().strip()).isEqualTo("The query has 300 words, more than one search can look for at once; use fewer words.");
    }

    @Test
    void aWindowsOrUnixPathIsAPathFilter() throws IOException {
        assertThat(names(CliRun.of("search", "--data-dir", data.toString(), "--json", "path:" + src.resolve("acme")).json()))
                .containsExactly("Acme pricing.txt");
        CliRun windows = CliRun.of("search", "--data-dir", data.toString(), "--json", "path:C:\\Users\\rep\\Marketing");
        assertThat(windows.exit()).as(windows.err()).isZero();
        assertThat(windows.json().get("total").asInt()).isZero();
    }
}
