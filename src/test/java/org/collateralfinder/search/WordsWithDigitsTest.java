package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words made of letters and digits (file numbers, part numbers, product codes), which the index also
 * splits into their parts: in phrases, as complete words, as you type, and spelled apart (team tester
 * item 19).
 */
class WordsWithDigitsTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("share"));
        for (int i : new int[] {1, 2, 10, 11, 12}) {
            file(src.resolve("newfile" + i + ".txt"), "newfile" + i + " content marmotword" + i);
        }
        file(src.resolve("deck.txt"), "Our PowerPoint deck for the partners.");
        file(src.resolve("router-a.txt"), "The X500 router for branch offices.");
        file(src.resolve("router-b.txt"), "Spec sheet of the x-500 router.");
        file(src.resolve("router-c.txt"), "Manual of the X 500 router.");
        file(src.resolve("router-d.txt"), "The X5000 router for data centres.");
        file(src.resolve("cert-a.txt"), "Certified to ISO27001 since last spring.");
        file(src.resolve("cert-b.txt"), "Certified to ISO 27001 since the autumn.");
        file(src.resolve("bug.txt"), "Rendering fixed in PDFBOX-3044 last week.");
        // numbers on their own, so the parts of a code being typed are words some file holds
        file(src.resolve("numbers.txt"), "Chapter 5 has 30 pages and 304 words, 3 tables.");
        f = IndexFixture.indexed(tmp, src);
    }

    private static void file(Path p, String text) throws IOException {
        OfficeFiles.text(p, text, "2025-05-01T10:00:00Z");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static List<String> typing(String q) {
        return f.search.search(SearchRequest.of(q, 20).asYouType(true)).hits().stream().map(SearchHit::fileName).toList();
    }

    @Test
    void aPhraseWithAWordTheIndexSplitsFindsItsFile() {
        assertThat(f.names("\"newfile1 content\"")).containsExactly("newfile1.txt");
        assertThat(f.names("\"content marmotword1\"")).containsExactly("newfile1.txt");
        assertThat(f.names("\"newfile1 content marmotword1\"")).containsExactly("newfile1.txt");
        assertThat(f.names("\"newfile12 content\"")).containsExactly("newfile12.txt");
        assertThat(f.names("\"PowerPoint deck\"")).containsExactly("deck.txt");
        // the parts spelled apart still find the word they make up
        assertThat(f.names("\"newfile 1 content\"")).containsExactly("newfile1.txt");
    }

    @Test
    void aCompleteWordWithDigitsMatchesThatNumberOnly() {
        assertThat(f.names("marmotword1")).containsExactly("newfile1.txt");
        assertThat(f.names("newfile12")).containsExactly("newfile12.txt");
        assertThat(f.names("marmotword3")).isEmpty();
    }

    @Test
    void asYouTypeANumberFilesHoldIsTakenAsTypedInFull() {
        // the window cannot tell a finished number from one being typed: 1 does not also list 10, 11 and 12
        assertThat(typing("marmotword1")).containsExactly("newfile1.txt");
        assertThat(typing("content newfile1")).containsExactly("newfile1.txt");
        // a word still being typed completes, and so does a number no file holds yet
        assertThat(typing("marmotwor")).containsExactlyInAnyOrder("newfile1.txt", "newfile2.txt", "newfile10.txt",
                "newfile11.txt", "newfile12.txt");
        // (and the code's spelling with a space: the complete word finds both)
        assertThat(typing("iso2700")).containsExactly("cert-a.txt", "cert-b.txt");
    }

    @Test
    void asYouTypeAPartlyTypedProductCodeFindsTheCodesItStarts() {
        // retest 6, NEW 8: each keystroke of a code found nothing, because its parts (5, 30, 304) are
        // numbers other files hold on their own
        assertThat(typing("x5")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        assertThat(typing("x50")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        assertThat(typing("router X5")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        for (String prefix : List.of("PDFBOX-3", "PDFBOX-30", "pdfbox-304", "pdfbox30", "pdfbox304")) {
            assertThat(typing(prefix)).as(prefix).containsExactly("bug.txt");
        }
        assertThat(typing("PDFBOX-3044")).containsExactly("bug.txt");
        // a code some file holds is still taken as typed in full: x500 is not also X5000
        assertThat(typing("x500")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
        assertThat(typing("x-500")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
    }

    @Test
    void asYouTypeANumberAfterAWordCompletesTheCodeTheyStart() {
        // team tester 19: "X 5", "X 50" and "router X 50" found nothing (5 and 50 are numbers other files hold
        // on their own, never beside an x), although "X 500" finds three files
        assertThat(typing("X 5")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        assertThat(typing("X 50")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        assertThat(typing("router X 5")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        assertThat(typing("router X 50")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        // the code the two words make is held: taken as typed in full, as x500 is (not X5000)
        assertThat(typing("X 500")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
        // the number on its own still means that number
        assertThat(typing("chapter 5")).containsExactly("numbers.txt");
        // the last word completes inside a group too: x5 is being typed after the OR
        assertThat(typing("(x500 OR x5")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
    }

    @Test
    void asYouTypeAnUnfinishedPhraseOrOperatorSearchesWhatIsThereSoFar() {
        // what the box holds at some keystroke of a phrase or a group: results, not "no closing quote"
        assertThat(typing("\"newfile1 cont")).containsExactly("newfile1.txt");
        assertThat(typing("\"content marmotw")).containsExactlyInAnyOrder("newfile1.txt", "newfile2.txt",
                "newfile10.txt", "newfile11.txt", "newfile12.txt");
        assertThat(typing("router (")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt", "router-d.txt");
        assertThat(typing("router (x500")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
        assertThat(typing("x5000 OR")).containsExactly("router-d.txt");
        assertThat(typing("x5000 AND ")).containsExactly("router-d.txt");
        assertThat(typing("x5000 -")).containsExactly("router-d.txt");
        assertThat(typing("x5000 modified:[2025")).containsExactly("router-d.txt");
        // a search that is run (Enter, the command line) still says what is missing
        assertThatThrownBy(() -> f.search.search(SearchRequest.of("\"newfile1 cont", 20)))
                .isInstanceOf(CollateralException.class)
                .hasMessage("The query has an opening quote (\") without a closing one.");
        assertThatThrownBy(() -> f.search.search(SearchRequest.of("router (", 20)))
                .isInstanceOf(CollateralException.class);
    }

    @Test
    void aProductCodeFindsItsSpellingsWithASpaceOrADashAfterItself() {
        List<String> x500 = f.names("x500");
        assertThat(x500).first().isEqualTo("router-a.txt");
        assertThat(x500).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
        assertThat(f.names("X500")).isEqualTo(x500);
        assertThat(f.names("x-500")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
        assertThat(f.names("\"x 500\"")).containsExactlyInAnyOrder("router-a.txt", "router-b.txt", "router-c.txt");
        assertThat(f.names("x5000")).containsExactly("router-d.txt");
        assertThat(f.names("ISO27001")).containsExactly("cert-a.txt", "cert-b.txt");
        assertThat(f.names("iso 27001")).containsExactlyInAnyOrder("cert-a.txt", "cert-b.txt");
    }
}
