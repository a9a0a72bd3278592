package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a page shows is kept across keystrokes, and follows the index when a file changes. */
class ShownDocumentsTest {

    @TempDir
    Path tmp;

    @Test
    void aChangedFileShowsItsNewTextAndTitleWithTheSameSearchService() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Sales"));
        Path a = src.resolve("a.txt");
        OfficeFiles.text(a, "Northwind pricing for partners.");
        OfficeFiles.text(src.resolve("b.txt"), "Contoso roadmap overview.");
        try (IndexFixture f = IndexFixture.indexed(tmp, src)) {
            SearchHit before = f.search.search(SearchRequest.of("pricing", 10).asYouType(true)).hits().getFirst();
            assertThat(before.snippet()).isEqualTo("Northwind <b>pricing</b> for partners.");
            assertThat(f.search.search(SearchRequest.of("pricing", 10).asYouType(true)).hits().getFirst().snippet())
                    .isEqualTo(before.snippet());

            OfficeFiles.text(a, "Northwind pricing for resellers, revised.");
            Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(60)));
            f.run();

            SearchHit after = f.search.search(SearchRequest.of("pricing", 10).asYouType(true)).hits().getFirst();
            assertThat(after.path()).isEqualTo(before.path());
            assertThat(after.snippet()).isEqualTo("Northwind <b>pricing</b> for resellers, revised.");
            assertThat(after.size()).isEqualTo(Files.size(a));
        }
    }

    @Test
    void documentsWithoutTextAreKeptWithinTheBoundToo() throws IOException {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("lucene"))) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 20; i++) {
                    Document d = new Document();
                    d.add(new StringField(Schema.ID, "/s/f" + i + ".bin", Field.Store.YES));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                ShownDocuments kept = new ShownDocuments(5L * ShownDocuments.ROW_CHARS);
                for (int doc = 0; doc < 20; doc++) {
                    assertThat(kept.get(searcher, doc).row().get(Schema.ID)).isEqualTo("/s/f" + doc + ".bin");
                    assertThat(kept.get(searcher, doc).body()).isNull();
                }
                assertThat(kept.size()).isEqualTo(5);
            }
        }
    }
}
