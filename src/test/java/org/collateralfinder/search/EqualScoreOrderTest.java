package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that score alike and were changed at the same moment come in path order, whatever order the index
 * holds them in: a laptop that copied a team index and one that read the share itself list them alike
 * (team re-test 13, finding 4: "hello-world-signed.docx" and "hello-world-unsigned.docx" swapped).
 */
class EqualScoreOrderTest {

    @TempDir
    Path tmp;

    @Test
    void filesThatScoreAlikeComeInPathOrderNotInTheOrderTheyWereIndexed() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        FileTime sameMoment = FileTime.from(Instant.parse("2026-11-02T10:00:00Z"));
        Path later = Files.writeString(src.resolve("zz.txt"), "quarterly table wombat\n");
        Files.setLastModifiedTime(later, sameMoment);
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run(); // zz.txt is indexed first
            Path first = Files.writeString(src.resolve("aa.txt"), "quarterly table numbat\n");
            Files.setLastModifiedTime(first, sameMoment);
            f.run();

            SearchResult result = f.query("quarterly");

            assertThat(result.hits()).extracting(SearchHit::path).containsExactly(first.toString(), later.toString());
            assertThat(result.hits().get(0).score()).isEqualTo(result.hits().get(1).score());
        }
    }
}
