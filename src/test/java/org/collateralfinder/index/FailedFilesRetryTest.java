package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose reading failed for a reason that may pass (no permission, too slow) is read again at the
 * next run even when its size and time are unchanged, as after {@code chmod 000} then {@code chmod 644};
 * one that failed for good (corrupt, too large) is not (cli tester's report, item 6).
 */
class FailedFilesRetryTest {

    @TempDir
    Path tmp;

    /**
     * Replaces a file's document with what a failed reading leaves: its name, size and time, no text. The
     * tests run as root, where {@code chmod 000} does not stop a read, so the failure is written as
     * {@link FileIndexing} writes it.
     */
    private static void failedReading(IndexFixture f, Path file, FailureReason reason) throws IOException {
        String name = file.getFileName().toString();
        String ext = FileKind.extensionOf(name);
        IndexedFile failed = new IndexedFile(file.toString(), file.getParent().toString(), name,
                file.getParent().toString(), ext, FileKind.ofExtension(ext), Files.size(file),
                Files.getLastModifiedTime(file).toMillis(), null, null, null, 0, null, null, reason,
                "The file could not be opened: " + file + " (Permission denied).");
        f.index.writer().updateDocument(new Term(Schema.ID, file.toString()), Schema.toDocument(failed));
        f.index.commit();
        f.index.refresh();
    }

    @Test
    void aFileThatWasUnreadableOrTooSlowIsReadAgainAtTheNextRun() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path locked = OfficeFiles.text(src.resolve("locked.txt"), "wombat pricing");
        Path slow = OfficeFiles.text(src.resolve("slow.txt"), "wombat battlecard");
        Path corrupt = OfficeFiles.text(src.resolve("corrupt.txt"), "wombat notes");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            failedReading(f, locked, FailureReason.UNREADABLE);
            failedReading(f, slow, FailureReason.TIMEOUT);
            failedReading(f, corrupt, FailureReason.CORRUPT);
            assertThat(f.names("wombat")).isEmpty();

            IndexRunStats stats = f.run();

            assertThat(stats.updated()).isEqualTo(2);
            assertThat(stats.unchanged()).isEqualTo(1);
            assertThat(f.names("wombat")).containsExactlyInAnyOrder("locked.txt", "slow.txt");
            assertThat(f.search.failedFiles(10)).singleElement().satisfies(ff -> {
                assertThat(ff.path()).isEqualTo(corrupt.toString());
                assertThat(ff.reason()).isEqualTo(FailureReason.CORRUPT);
            });
        }
    }
}
