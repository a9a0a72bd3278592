package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Feedback clauses in a query combine like every other field (issue 17.9). */
class FeedbackQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void indexAndGiveFeedback() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("alpha brochure.txt"), "retail brochure alpha");
        OfficeFiles.text(src.resolve("bravo brochure.txt"), "retail brochure bravo");
        OfficeFiles.text(src.resolve("charlie brochure.txt"), "retail brochure charlie");
        OfficeFiles.text(src.resolve("delta sheet.txt"), "retail sheet delta");
        data = tmp.resolve("data");
        assertThat(CliRun.of("index", "--data-dir", data.toString(), "--source", src.toString()).exit()).isZero();
        assertThat(CliRun.of("feedback", "add", "--data-dir", data.toString(), src.resolve("alpha brochure.txt").toString(),
                "--tag", "worked", "--comment", "Closed Contoso with it", "--user", "dana").exit()).isZero();
        assertThat(CliRun.of("feedback", "add", "--data-dir", data.toString(), src.resolve("bravo brochure.txt").toString(),
                "--tag", "outdated", "--rating", "2", "--user", "lee").exit()).isZero();
    }

    private static List<String> names(String query) throws IOException {
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "--sort", "name", query);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> names = new ArrayList<>();
        JSON.readTree(r.out()).get("hits").forEach(h -> names.add(h.get("file_name").asText()));
        return names;
    }

    @Test
    void commentedNoMeansEveryFileWithoutAComment() throws IOException {
        assertThat(names("commented:no")).containsExactly("bravo brochure.txt", "charlie brochure.txt", "delta sheet.txt");
        assertThat(names("commented:yes")).containsExactly("alpha brochure.txt");
    }

    @Test
    void anUnknownCommentedValueIsExplained() {
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", "commented:maybe");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("Write commented:yes or commented:no, not \"maybe\".");
    }

    @Test
    void feedbackClausesCombineWithOrAndExclusion() throws IOException {
        assertThat(names("tag:worked OR tag:outdated")).containsExactly("alpha brochure.txt", "bravo brochure.txt");
        assertThat(names("brochure -tag:outdated")).containsExactly("alpha brochure.txt", "charlie brochure.txt");
        assertThat(names("retail (tag:worked OR rating:<3)")).containsExactly("alpha brochure.txt", "bravo brochure.txt");
        assertThat(names("NOT tag:worked")).containsExactly("bravo brochure.txt", "charlie brochure.txt", "delta sheet.txt");
    }
}
