package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Fields find what a rep sees: multi-word tags, folder and file names with underscores, digits and emoji
 * after {@code path:}, titles taken from such names after {@code title:}, and the name order by the shown
 * title (cli tester's report, items 8 to 11).
 */
class FieldQueryTest {

    @TempDir
    static Path tmp;
    static Path data;
    static Path src;

    @BeforeAll
    static void indexAndGiveFeedback() throws IOException {
        src = Files.createDirectories(tmp.resolve("w1/src"));
        OfficeFiles.text(src.resolve("pdfbox_input_merge/merged.txt"), "ocelot merged");
        OfficeFiles.text(src.resolve("doc_html/brochure.html"), "<html><body><p>ocelot brochure</p></body></html>");
        OfficeFiles.text(src.resolve("sub/Alpha_battlecard.txt"), "ocelot battlecard");
        OfficeFiles.text(src.resolve("sub/emb_spreadsheet.txt"), "ocelot spreadsheet");
        OfficeFiles.text(src.resolve("sub/\uD83D\uDE80launch.txt"), "ocelot launch");
        OfficeFiles.text(src.resolve("zz/aardvark notes.txt"), "ocelot notes");
        data = tmp.resolve("data");
        cf("index", "--source", src.toString());
        cf("feedback", "add", src.resolve("sub/Alpha_battlecard.txt").toString(), "--tag", "didn't land", "--user", "dana");
        cf("feedback", "add", src.resolve("sub/emb_spreadsheet.txt").toString(), "--tag", "customer asked",
                "--tag", "needs update", "--user", "lee");
    }

    private static CliRun cf(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private static List<String> names(String... query) throws IOException {
        List<String> args = new ArrayList<>(List.of("search", "--json", "--sort", "name", "--limit", "50"));
        args.addAll(List.of(query));
        List<String> names = new ArrayList<>();
        cf(args.toArray(String[]::new)).json().get("hits").forEach(h -> names.add(h.get("file_name").asText()));
        return names;
    }

    @Test
    void multiWordTagsMatch() throws IOException {
        assertThat(names("tag:\"didn't land\"")).containsExactly("Alpha_battlecard.txt");
        assertThat(names("tag:\"customer asked\"")).containsExactly("emb_spreadsheet.txt");
        assertThat(names("tag:\"needs update\" OR tag:\"didn't land\"")).containsExactly("Alpha_battlecard.txt",
                "emb_spreadsheet.txt");
    }

    @Test
    void pathMatchesFolderAndFileNamesWithUnderscoresAndDigits() throws IOException {
        assertThat(names("path:pdfbox_input_merge")).containsExactly("merged.txt");
        assertThat(names("path:" + src.resolve("doc_html"))).containsExactly("brochure.html");
        assertThat(names("path:" + src.resolve("sub"))).containsExactly("Alpha_battlecard.txt", "emb_spreadsheet.txt",
                "\uD83D\uDE80launch.txt");
        assertThat(names("path:brochure.html")).containsExactly("brochure.html");
        assertThat(names("path:w1")).hasSize(6);
    }

    @Test
    void titleMatchesTheTitleShownForNamesWithUnderscoresOrEmoji() throws IOException {
        assertThat(names("title:Alpha_battlecard")).containsExactly("Alpha_battlecard.txt");
        assertThat(names("title:emb_spreadsheet")).containsExactly("emb_spreadsheet.txt");
        assertThat(names("title:\uD83D\uDE80launch")).containsExactly("\uD83D\uDE80launch.txt");
        assertThat(names("title:\"Alpha battlecard\"")).containsExactly("Alpha_battlecard.txt");
    }

    @Test
    void sortByNameFollowsTheShownTitleIgnoringCase() throws IOException {
        assertThat(names("ocelot")).containsExactly("aardvark notes.txt", "Alpha_battlecard.txt", "brochure.html",
                "emb_spreadsheet.txt", "merged.txt", "\uD83D\uDE80launch.txt");
    }
}
