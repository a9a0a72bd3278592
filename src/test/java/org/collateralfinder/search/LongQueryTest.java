package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long query looks only its first rare words up for other spellings ({@link Ranking#MAX_FORGIVEN_WORDS}): a pasted
 * paragraph of 221 unknown words took 17–30 s, each word read against the whole vocabulary (slides re-test 20,
 * finding 5). Which words are forgiven is seen in what a typo finds.
 */
class LongQueryTest {

    /** Seventeen words each in one file only: rare, so each would be looked up. */
    private static final List<String> WORDS = List.of("aardvark", "bassoon", "cormorant", "dulcimer", "egret",
            "flamingo", "gazelle", "harpsichord", "ibex", "jackal", "kestrel", "lemur", "marimba", "narwhal",
            "ocelot", "pelican");

    @TempDir
    static Path tmp;
    static IndexFixture f;

    @BeforeAll
    static void index() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Collateral"));
        OfficeFiles.text(src.resolve("Menagerie.txt"), String.join(" ", WORDS) + " battlecard.", "2025-05-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Other.txt"), "Nothing of the sort here.", "2025-05-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aTypoAmongTheFirstSixteenRareWordsIsForgivenOneAfterThemIsSearchedAsTyped() {
        String sixteen = String.join(" ", WORDS);
        assertThat(f.names(sixteen + " battlecard")).containsExactly("Menagerie.txt");
        assertThat(f.names("battelcard " + sixteen)).containsExactly("Menagerie.txt");
        assertThat(f.names(String.join(" ", WORDS.subList(0, 15)) + " battelcard")).containsExactly("Menagerie.txt");
        assertThat(f.names(sixteen + " battelcard")).isEmpty();
    }
}
