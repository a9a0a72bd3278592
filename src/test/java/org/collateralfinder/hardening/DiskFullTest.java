package org.collateralfinder.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A disk that fills up mid-run: a clear sentence, the last good index kept, nothing half-written. */
class DiskFullTest {

    @TempDir
    Path tmp;

    private static final String DISK_FULL = "Indexing stopped: the disk holding the data folder is full. The index "
            + "keeps what was last saved; free some space and index again.";

    /** When the disk fills: each moment at which Lucene writes files, made to fail on purpose. */
    enum Moment {
        /** Anywhere, once 64 KB were written: whichever write comes first (documents, flush or commit). */
        ANY_WRITE_AFTER_64_KB,
        /** While a segment is flushed (the postings, norms and doc values of the documents added). */
        FLUSH,
        /** While segments are merged in the background. */
        MERGE,
        /** While the commit point itself is written. */
        COMMIT
    }

    /** A directory whose writes fail as a full disk does, at one {@link Moment}. */
    static final class FullDisk extends FilterDirectory {
        final Moment moment;
        final AtomicLong left = new AtomicLong(64 * 1024);

        FullDisk(Directory in, Moment moment) {
            super(in);
            this.moment = moment;
        }

        private boolean fails(String name, IOContext context) {
            return switch (moment) {
                case ANY_WRITE_AFTER_64_KB -> false;
                case FLUSH -> context.context() == IOContext.Context.FLUSH;
                case MERGE -> context.context() == IOContext.Context.MERGE;
                case COMMIT -> name.startsWith("pending_segments");
            };
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (fails(name, context)) {
                throw new IOException("No space left on device");
            }
            IndexOutput out = in.createOutput(name, context);
            if (moment != Moment.ANY_WRITE_AFTER_64_KB) {
                return out;
            }
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

    /**
     * Whatever the moment the disk fills, the run ends with the sentence and the last commit stays the
     * index: the next run, with space again, finishes the job. A merge runs in the background after a
     * commit, so the run before it ends normally; its failure is kept and the next run stops with the
     * sentence at its first commit.
     */
    @ParameterizedTest
    @EnumSource(Moment.class)
    void aFullDiskStopsIndexingWithASentenceAndKeepsTheLastGoodIndex(Moment moment) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        int firstBatch = 20;
        for (int i = 0; i < firstBatch; i++) {
            OfficeFiles.text(src.resolve("first-" + i + ".txt"), "ocelot first batch " + i);
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
        }
        Path indexDir = tmp.resolve("data/index");
        for (int i = 0; i < 500; i++) {
            OfficeFiles.text(src.resolve("second-" + i + ".txt"), "ocelot second batch " + i + " " + "words ".repeat(400));
        }
        int expectedAfterFailure = firstBatch;
        int all = firstBatch + 500;
        try (IndexService full = IndexService.openForWriting(indexDir, d -> new FullDisk(d, moment));
             IsolatedExtractor extractor = new IsolatedExtractor(IndexFixture.testLimits(), null)) {
            Duration commitEvery = moment == Moment.MERGE ? Duration.ofHours(1) : Duration.ofMillis(20);
            Indexer indexer = new Indexer(full, extractor, commitEvery, tmp.resolve("data"));
            SourceRegistry sources = new SourceRegistry(tmp.resolve("data/sources.json"));
            Throwable failure = catchThrowable(() -> indexer.run(sources.list(), ProgressListener.NONE, Cancellation.none()));
            if (moment == Moment.MERGE) {
                // a run commits its documents, then waits for the merges its commits started; whether Lucene
                // starts one depends on how many segments the indexing threads made. When none was due, one is
                // started here, in the background as Lucene would, and the next run reports its failure.
                expectedAfterFailure = firstBatch + 500;
                if (failure == null) {
                    try {
                        full.writer().forceMerge(1, false);
                    } catch (IllegalStateException aMergeFailedAlready) {
                        // the merge thread's own failure, or one wrapping it, depending on where the write failed
                        assertThat(full.writer().getTragicException()).satisfiesAnyOf(
                                tragic -> assertThat(tragic).hasMessage("No space left on device"),
                                tragic -> assertThat(tragic).hasRootCauseMessage("No space left on device"));
                    }
                    ((ConcurrentMergeScheduler) full.writer().getConfig().getMergeScheduler()).sync();
                    OfficeFiles.text(src.resolve("third.txt"), "ocelot third batch");
                    all = firstBatch + 501;
                    failure = catchThrowable(() -> indexer.run(sources.list(), ProgressListener.NONE, Cancellation.none()));
                }
            }
            assertThat(failure).isInstanceOf(CollateralException.class).hasMessage(DISK_FULL);
        } catch (CollateralException | AlreadyClosedException closing) {
            // closing a writer whose disk is full may fail too; what matters is what is on disk
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.verifyIntegrity()).isNull();
            assertThat(f.query("ocelot first").total()).isEqualTo(firstBatch);
            if (moment != Moment.ANY_WRITE_AFTER_64_KB) { // there, commits before the 64 KB were spent are kept too
                assertThat(f.query("ocelot").total()).isEqualTo(expectedAfterFailure);
            }
            // with space again, the next run finishes the job
            assertThat(f.run().files()).isEqualTo(all);
            assertThat(f.query("ocelot").total()).isEqualTo(all);
        }
    }

    /**
     * The moment that made this test flaky: a document's write fills the disk on an indexing thread (the
     * writer gives up, a "tragic" error), and the run's next periodic commit comes after. Lucene's commit
     * then throws an IllegalStateException; the run must still end with the sentence.
     */
    @Test
    void aCommitAfterTheWriterGaveUpGivesTheSentence() throws IOException {
        try (IndexService full = IndexService.openForWriting(tmp.resolve("index"),
                d -> new FullDisk(d, Moment.ANY_WRITE_AFTER_64_KB))) {
            IOException gaveUp = null;
            for (int i = 0; i < 10_000 && gaveUp == null; i++) {
                Document doc = new Document();
                doc.add(new StoredField("text", "ocelot " + i + " " + "words ".repeat(400)));
                try {
                    full.writer().addDocument(doc);
                } catch (IOException e) {
                    gaveUp = e;
                }
            }
            assertThat(gaveUp).as("a document's write filled the disk").isNotNull();
            assertThat(full.writer().getTragicException()).as("the writer gave up").isNotNull();
            // an IOException, which a run turns into the sentence (the other tests), carrying the full disk
            assertThatThrownBy(full::commit).isInstanceOf(IOException.class)
                    .hasRootCauseMessage("No space left on device");
        } catch (CollateralException | AlreadyClosedException closing) {
            // closing a writer whose disk is full may fail too
        }
    }

    /** A directory that became read-only (a remounted disk): every new file is refused. */
    static final class ReadOnlyDisk extends FilterDirectory {
        ReadOnlyDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw new FileSystemException(name, null, "Read-only file system");
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            throw new FileSystemException(prefix, null, "Read-only file system");
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
            assertThatThrownBy(() -> indexer.run(new SourceRegistry(
                    tmp.resolve("data/sources.json")).list(), ProgressListener.NONE, Cancellation.none()))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Indexing stopped: the data folder cannot be written to (read-only or no permission). "
                            + "The index keeps what was last saved.");
        } catch (CollateralException | AlreadyClosedException closing) {
            // closing a writer that cannot write may fail too; what matters is what is on disk
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.verifyIntegrity()).isNull();
            assertThat(f.query("margay kept").total()).isEqualTo(1);
        }
    }
}
