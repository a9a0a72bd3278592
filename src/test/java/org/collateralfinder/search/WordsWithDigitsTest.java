package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(typing("iso2700")).containsExactly("cert-a.txt");
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
