package org.collateralfinder.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up mid-run: a clear sentence, the last good index kept, nothing half-written. */
class DiskFullTest {

    @TempDir
    Path tmp;

    /** A directory whose writes fail as a full disk does once a byte budget is spent. */
    static final class FullDisk extends FilterDirectory {
        final AtomicLong left;

        FullDisk(Directory in, long bytes) {
            super(in);
            this.left = new AtomicLong(bytes);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            IndexOutput out = in.createOutput(name, context);
            return new IndexOutput("full disk(" + name + ")", name) {
                private void spend(long n) throws IOException {
                    if (left.addAndGet(-n) < 0) {
                        throw new IOException("No space left on device");
                    }
                }

                @Override
                public void writeByte(byte b) throws IOException {
                    spend(1);
                    out.writeByte(b);
                }

                @Override
                public void writeBytes(byte[] b, int offset, int length) throws IOException {
                    spend(length);
                    out.writeBytes(b, offset, length);
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }

                @Override
                public long getFilePointer() {
                    return out.getFilePointer();
                }

                @Override
                public long getChecksum() throws IOException {
                    return out.getChecksum();
                }
            };
        }
    }

    @Test
    void aFullDiskStopsIndexingWithASentenceAndKeepsTheLastGoodIndex() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        for (int i = 0; i < 20; i++) {
            OfficeFiles.text(src.resolve("first-" + i + ".txt"), "ocelot first batch " + i);
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
        }
        for (int i = 0; i < 500; i++) {
            OfficeFiles.text(src.resolve("second-" + i + ".txt"), "ocelot second batch " + i + " " + "words ".repeat(400));
        }
        Path indexDir = tmp.resolve("data/index");
        try (IndexService full = IndexService.openForWriting(indexDir, d -> new FullDisk(d, 64 * 1024));
             IsolatedExtractor extractor = new IsolatedExtractor(IndexFixture.testLimits(), null)) {
            Indexer indexer = new Indexer(full, extractor, Duration.ofMillis(20), tmp.resolve("data"));
            assertThatThrownBy(() -> indexer.run(new org.collateralfinder.sources.SourceRegistry(
                    tmp.resolve("data/sources.json")).list(), ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Indexing stopped: the disk holding the data folder is full. The index keeps what was "
                            + "last saved; free some space and index again.");
        } catch (CollateralException | org.apache.lucene.store.AlreadyClosedException closing) {
            // closing a writer whose disk is full may fail too; what matters is what is on disk
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.verifyIntegrity()).isNull();
            assertThat(f.query("ocelot first").total()).isEqualTo(20);
            // with space again, the next run finishes the job
            assertThat(f.run().files()).isEqualTo(520);
            assertThat(f.query("ocelot").total()).isEqualTo(520);
        }
    }

    /** A directory that became read-only (a remounted disk): every new file is refused. */
    static final class ReadOnlyDisk extends FilterDirectory {
        ReadOnlyDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw new java.nio.file.FileSystemException(name, null, "Read-only file system");
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            throw new java.nio.file.FileSystemException(prefix, null, "Read-only file system");
        }
    }

    @Test
    void aReadOnlyDataFolderStopsIndexingWithASentenceAndKeepsTheIndex() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("kept.txt"), "margay kept");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
        }
        for (int i = 0; i < 50; i++) {
            OfficeFiles.text(src.resolve("new-" + i + ".txt"), "margay new " + i);
        }
        try (IndexService readOnly = IndexService.openForWriting(tmp.resolve("data/index"), ReadOnlyDisk::new);
             IsolatedExtractor extractor = new IsolatedExtractor(IndexFixture.testLimits(), null)) {
            Indexer indexer = new Indexer(readOnly, extractor, Duration.ofMillis(20), null);
            assertThatThrownBy(() -> indexer.run(new org.collateralfinder.sources.SourceRegistry(
                    tmp.resolve("data/sources.json")).list(), ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Indexing stopped: the data folder cannot be written to (read-only or no permission). "
                            + "The index keeps what was last saved.");
        } catch (CollateralException | org.apache.lucene.store.AlreadyClosedException closing) {
            // closing a writer that cannot write may fail too; what matters is what is on disk
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.verifyIntegrity()).isNull();
            assertThat(f.query("margay kept").total()).isEqualTo(1);
        }
    }
}
