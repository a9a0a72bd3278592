package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-test 17 #6: truncated.pptx, the first half of POI's sample.pptx (a half-copied file: its zip directory is
 * missing), was read by Tika's streaming fallback, grouped with the intact deck as a newer version of it and shown
 * in its place, with slides that cannot be opened; the intact deck was listed nowhere (only its copy in an archive
 * was, under versions). A deck that cannot be opened as a whole is a damaged file, listed with its reason (its text
 * is kept: its words are found), and the intact deck is the result.
 */
class DamagedCopyTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;
    static Path intact;
    static Path truncated;
    static Path olderVersion;
    static Path newerDamaged;

    @BeforeAll
    static void index() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Collateral"));
        intact = Files.copy(Path.of("src/test/resources/damaged/sample.pptx"), src.resolve("sample.pptx"));
        truncated = Files.copy(Path.of("src/test/resources/damaged/truncated.pptx"), src.resolve("truncated.pptx"));
        Files.setLastModifiedTime(intact, FileTime.from(Instant.parse("2024-03-01T10:00:00Z")));
        Files.setLastModifiedTime(truncated, FileTime.from(Instant.parse("2026-11-30T10:00:00Z"))); // the newer one
        // two versions of one document by name, the newer one cut off
        Path pricing = Files.createDirectories(src.resolve("Pricing"));
        olderVersion = Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), pricing.resolve("Pricing v1.pptx"));
        byte[] whole = Files.readAllBytes(olderVersion);
        newerDamaged = Files.write(pricing.resolve("Pricing v2.pptx"), Arrays.copyOf(whole, whole.length / 2));
        Files.setLastModifiedTime(olderVersion, FileTime.from(Instant.parse("2024-03-01T10:00:00Z")));
        Files.setLastModifiedTime(newerDamaged, FileTime.from(Instant.parse("2026-11-30T10:00:00Z")));
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void theIntactDeckIsTheResultNotItsCutOffCopy() {
        SearchResult result = f.query("aenean posuere tempus");

        assertThat(result.hits()).extracting(SearchHit::path).containsExactly(intact.toString());
        assertThat(result.hits().getFirst().versions()).isEmpty();
        // its words are still found: it is listed with the intact deck, never in its place
        assertThat(result.hits().getFirst().newerVersions()).containsExactly(truncated.toString());
        assertThat(result.hits().getFirst().pages()).isEqualTo(2);
    }

    @Test
    void theCutOffCopyIsListedAsDamagedWithItsReason() {
        String why = "The file is cut off or damaged: it cannot be opened as a whole (a copy that did not finish, perhaps).";
        assertThat(f.search.failedFiles(10)).containsExactlyInAnyOrder(
                new FailedFile(truncated.toString(), FailureReason.CORRUPT, why),
                new FailedFile(newerDamaged.toString(), FailureReason.CORRUPT,
                        "The file is damaged or not what its name says: Unexpected from OOXMLParser."));
    }

    /** A file that could not be read never stands for its group, however new: the versions found by name. */
    @Test
    void aDamagedNewerVersionDoesNotStandInForTheVersionThatCanBeRead() {
        SearchResult result = f.query("pricing");

        assertThat(result.hits()).extracting(SearchHit::path).containsExactly(olderVersion.toString());
        assertThat(result.hits().getFirst().newerVersions()).containsExactly(newerDamaged.toString());
    }
}
