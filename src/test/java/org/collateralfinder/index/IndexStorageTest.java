package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the index is written to disk. */
class IndexStorageTest {

    @TempDir
    Path tmp;

    @Test
    void storedFieldsAreCompressedForFastReading() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Sales"));
        OfficeFiles.text(src.resolve("Pricing.txt"), "Pricing for the third quarter.");
        try (IndexFixture f = IndexFixture.indexed(tmp, src); Directory dir = FSDirectory.open(f.dataDir.indexDir())) {
            SegmentInfos segments = SegmentInfos.readLatestCommit(dir);
            assertThat(segments.size()).isPositive();
            for (SegmentCommitInfo segment : segments) {
                assertThat(segment.info.getAttribute(Lucene90StoredFieldsFormat.MODE_KEY)).isEqualTo("BEST_SPEED");
            }
        }
    }
}
