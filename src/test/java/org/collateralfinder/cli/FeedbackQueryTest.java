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
        assertThat(CliRun.of("feedback", "add", "--data-dir", data.toString(), src.resolve("delta sheet.txt").toString(),
                "--tag", "didn't land", "--rating", "4", "--user", "kim").exit()).isZero();
    }

    private static List<String> names(String query) throws IOException {
        return names(CliRun.of("search", "--data-dir", data.toString(), "--json", "--sort", "name", query));
    }

    /** The files the search box shows while {@code query} is typed (the last word still being typed). */
    private static List<String> typing(String query) throws IOException {
        return names(CliRun.of("search", "--data-dir", data.toString(), "--json", "--sort", "name", "--as-you-type", query));
    }

    private static List<String> names(CliRun r) throws IOException {
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
        assertThat(r.exit()).isEqualTo(2); // refused input
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

    @Test
    void asYouTypeAFeedbackFilterBeingTypedMeansWhatItCanBecome() throws IOException {
        // team tester 19: tag:wor and tag:"didn found nothing, rating:>= and commented:y were refused with a sentence
        assertThat(typing("tag:wor")).containsExactly("alpha brochure.txt");
        assertThat(typing("tag:\"didn")).containsExactly("delta sheet.txt");
        assertThat(typing("tag:didn")).containsExactly("delta sheet.txt");
        assertThat(typing("retail tag:o")).containsExactly("bravo brochure.txt");
        assertThat(typing("commented:y")).containsExactly("alpha brochure.txt");
        assertThat(typing("commented:n")).containsExactly("bravo brochure.txt", "charlie brochure.txt", "delta sheet.txt");
        assertThat(typing("rating:>=4.")).containsExactly("delta sheet.txt");
        // a rating with its comparison only is not given yet: as if only the words before it were typed
        assertThat(typing("brochure rating:>")).containsExactly("alpha brochure.txt", "bravo brochure.txt", "charlie brochure.txt");
        assertThat(typing("brochure rating:>=")).containsExactly("alpha brochure.txt", "bravo brochure.txt", "charlie brochure.txt");
        assertThat(typing("rating:<")).containsExactly("alpha brochure.txt", "bravo brochure.txt", "charlie brochure.txt", "delta sheet.txt");
        // a value that nothing typed next can make valid is still explained
        CliRun wrong = CliRun.of("search", "--data-dir", data.toString(), "--json", "--as-you-type", "commented:maybe");
        assertThat(wrong.exit()).isEqualTo(2); // refused input
        assertThat(wrong.err().strip()).isEqualTo("Write commented:yes or commented:no, not \"maybe\".");
    }

    @Test
    void aCompleteQueryWithAnUnfinishedFeedbackFilterIsExplained() throws IOException {
        for (String query : List.of("rating:>", "rating:>=", "rating:>=4.")) {
            CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--json", query);
            assertThat(r.exit()).as(query).isEqualTo(2); // refused input
            assertThat(r.err().strip()).as(query).isEqualTo("Write a rating filter as rating:4, rating:>=4 or rating:<3 (1 to 5).");
        }
        CliRun y = CliRun.of("search", "--data-dir", data.toString(), "--json", "commented:y");
        assertThat(y.exit()).isEqualTo(2); // refused input
        assertThat(y.err().strip()).isEqualTo("Write commented:yes or commented:no, not \"y\".");
        assertThat(names("tag:wor")).isEmpty();
    }
}
