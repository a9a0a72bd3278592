package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of every file (no words, no filter) ranks by the team's feedback too, as a filtered list does. */
class BrowseListFeedbackTest {

    @TempDir
    static Path tmp;
    static IndexFixture f;
    static FeedbackDatabase database;
    static SearchService search;

    @BeforeAll
    static void indexNotes() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Notes"));
        for (int i = 1; i <= 60; i++) {
            // note 01 is the oldest: the newest-first list of everything would put it last
            OfficeFiles.text(src.resolve(String.format("Note %02d.txt", i)), "Field note number " + i + ".",
                    String.format("2025-01-%02dT10:00:00Z", Math.min(28, i)));
        }
        f = IndexFixture.indexed(tmp, src);
        database = FeedbackDatabase.open(tmp.resolve("feedback"));
        FeedbackRepository repository = new FeedbackRepository(database);
        SearchHit oldest = f.search.search(SearchRequest.of("\"number 1\"", 10)).hits().getFirst();
        assertThat(oldest.fileName()).isEqualTo("Note 01.txt");
        repository.add(FeedbackEntry.create(oldest.contentHash(), oldest.path(), "dana", List.of(FeedbackTags.WORKED), 5,
                null, null, null));
        search = new SearchService(f.index, new FeedbackFilters(repository));
    }

    @AfterAll
    static void close() {
        database.close();
        f.close();
    }

    @Test
    void aFileThatWorkedComesFirstInTheListOfEveryFile() {
        SearchResult all = search.search(SearchRequest.of("", 10));

        assertThat(all.hits().getFirst().fileName()).isEqualTo("Note 01.txt");
        assertThat(all.total()).isEqualTo(60);
    }
}
