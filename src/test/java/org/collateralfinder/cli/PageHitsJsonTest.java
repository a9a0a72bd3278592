package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code search --json} hits carry {@code page_hits}: the best matching slides (1-based, best first, at most 3,
 * each with its own snippet written as {@code snippet} is), sheets with their names, and an empty list for a
 * file without pages; {@code pages} stays the file's page count. A real deck and workbook of the shared corpus.
 */
class PageHitsJsonTest {

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void index() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        for (String name : List.of("42520.ppt", "SampleSS.xlsx")) {
            Files.copy(Path.of("src/test/resources/pages", name), src.resolve(name));
        }
        OfficeFiles.text(src.resolve("decay notes.txt"), "Notes on <decay> & the normative database.");
        data = tmp.resolve("data");
        cf("index", "--source", src.toString());
    }

    private static CliRun cf(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private static JsonNode hits(String... query) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--json"));
        args.addAll(List.of(query));
        return cf(args.toArray(String[]::new)).json().get("hits");
    }

    @Test
    void aDeckNamesItsBestSlidesWithTheirSnippets() throws IOException {
        JsonNode hits = hits("vast", "normative", "database");
        assertThat(hits).hasSize(1);
        JsonNode deck = hits.get(0);
        assertThat(deck.get("file_name").asText()).isEqualTo("42520.ppt");
        assertThat(deck.get("pages").asInt()).isEqualTo(19);
        List<Integer> pages = new ArrayList<>();
        deck.get("page_hits").forEach(p -> pages.add(p.get("page").asInt()));
        assertThat(pages).containsExactly(7, 5, 6);
        JsonNode best = deck.get("page_hits").get(0);
        assertThat(best.get("name").isNull()).isTrue();
        assertThat(best.get("snippet").asText()).isEqualTo("A <b>vast</b> <b>normative</b> <b>database</b> designed to be "
                + "used as a strategic research, decision support and comparative tool for measuring online advertising "
                + "and marketing effectiveness");
    }

    @Test
    void aSheetIsNamedAndAFileWithoutPagesHasAnEmptyList() throws IOException {
        JsonNode sheet = hits("\"start of 2nd sheet\"").get(0);
        assertThat(sheet.get("file_name").asText()).isEqualTo("SampleSS.xlsx");
        assertThat(sheet.get("page_hits")).hasSize(1);
        assertThat(sheet.get("page_hits").get(0).get("page").asInt()).isEqualTo(2);
        assertThat(sheet.get("page_hits").get(0).get("name").asText()).isEqualTo("Sheet Number 2");

        JsonNode notes = hits("decay", "notes").get(0);
        assertThat(notes.get("file_name").asText()).isEqualTo("decay notes.txt");
        assertThat(notes.get("page_hits").isArray()).isTrue();
        assertThat(notes.get("page_hits")).isEmpty();
        assertThat(notes.get("snippet").asText()).isEqualTo("<b>Notes</b> on &lt;<b>decay</b>&gt; &amp; the normative database.");
    }
}
