package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.testing.NearIdenticalStory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code search --json}'s {@code total} and {@code facets.type} are the rows the list shows, whatever {@code --limit}
 * is: near-identical texts fold as in the list, and each type counts the rows {@code --type} of it lists (issue 19,
 * item 6; outside test F2).
 */
class SearchJsonCountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void index() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        NearIdenticalStory.write(src);
        data = tmp.resolve("data");
        assertThat(run("index", "--data-dir", data.toString(), "--source", src.toString())).isNotNull();
    }

    private static JsonNode run(String... args) throws IOException {
        CommandLine cli = CommandLineRunner.create();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
        return args[0].equals("search") ? JSON.readTree(out.toString()) : JSON.nullNode();
    }

    private static JsonNode search(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--data-dir", data.toString(), "--json"));
        args.addAll(List.of(options));
        args.addAll(List.of(NearIdenticalStory.QUERY.split(" ")));
        return run(args.toArray(String[]::new));
    }

    private static Map<String, Integer> types(JsonNode answer) {
        Map<String, Integer> types = new LinkedHashMap<>();
        answer.get("facets").get("type").properties().forEach(e -> types.put(e.getKey(), e.getValue().asInt()));
        return types;
    }

    @Test
    void theTotalAndEachTypeCountTheRowsTheListShows() throws IOException {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("text", 2);
        expected.put("pdf", 1);
        expected.put("presentation", 1);
        for (String limit : List.of("1", "200")) {
            JsonNode all = search("--limit", limit);
            assertThat(all.get("total").asInt()).as("--limit %s", limit).isEqualTo(2);
            assertThat(types(all)).as("--limit %s", limit).containsExactlyEntriesOf(expected);
        }
        for (Map.Entry<String, Integer> type : expected.entrySet()) {
            JsonNode chosen = search("--limit", "200", "--type", type.getKey());
            assertThat(chosen.get("hits")).as(type.getKey()).hasSize(type.getValue());
            assertThat(chosen.get("total").asInt()).as(type.getKey()).isEqualTo(type.getValue());
            assertThat(types(chosen)).as(type.getKey()).containsExactlyEntriesOf(expected);
        }
    }
}
