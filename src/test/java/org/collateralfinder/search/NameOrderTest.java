package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sort name} orders by the name a result shows, also when a result folds identical copies or
 * versions whose other names sort elsewhere (retest N1).
 */
class NameOrderTest {

    private static final String STORY = "Kinkajou Foods cut onboarding from six weeks to nine days by moving every "
            + "branch to the shared workspace, training two champions per team and retiring the old ticket queue. Support "
            + "calls fell by a third in the first quarter, and the regional managers now review adoption every month.";

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("share"));
        file("alpha.txt", "kinkajou one", "2025-01-01T10:00:00Z");
        file("bravo.txt", "kinkajou two", "2025-01-01T10:00:00Z");
        file("charlie.txt", "kinkajou three", "2025-01-01T10:00:00Z");
        // identical copies: the result shows emb_spreadsheet (the first path), not brochure
        file("emb_spreadsheet.txt", "kinkajou copy", "2025-01-01T10:00:00Z");
        file("pdf/brochure.txt", "kinkajou copy", "2025-01-01T10:00:00Z");
        // versions (near-identical texts): the result shows the newest, Zulu story
        file("Stories/Able story.txt", STORY, "2024-01-01T10:00:00Z");
        file("Web/Zulu story.txt", STORY.replace("nine days", "ten days"), "2025-02-01T10:00:00Z");
        f = IndexFixture.indexed(tmp, src);
    }

    private static void file(String path, String text, String modified) throws IOException {
        OfficeFiles.text(src.resolve(path), text, modified);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aResultFoldingCopiesOrVersionsIsPlacedByTheNameItShows() {
        for (int limit : new int[] {20, 5, 2}) {
            List<SearchHit> hits = f.search.search(new SearchRequest("kinkajou", limit, Map.of(), SearchRequest.Order.NAME)).hits();
            List<String> expected = List.of("alpha.txt", "bravo.txt", "charlie.txt", "emb_spreadsheet.txt", "Zulu story.txt");
            assertThat(hits).extracting(SearchHit::fileName).as("limit " + limit)
                    .containsExactlyElementsOf(expected.subList(0, Math.min(limit, expected.size())));
        }
        List<SearchHit> all = f.search.search(new SearchRequest("kinkajou", 20, Map.of(), SearchRequest.Order.NAME)).hits();
        assertThat(all.get(3).duplicates()).containsExactly(src.resolve("pdf/brochure.txt").toString());
        assertThat(all.get(4).versions()).containsExactly(src.resolve("Stories/Able story.txt").toString());
    }
}
