package org.collateralfinder.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.model.CollateralException;

/**
 * One index folder as opened: its directory, the writer (null when opened read-only) and the searcher
 * manager over it (near-real-time over the writer, else over the last commit). A folder served
 * read-only while its replacement is built keeps its write lock, so nothing else writes it meanwhile.
 */
final class OpenIndex implements Closeable {

    final Path folder;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    private final Lock lock;
    /** The writer's merges (null when read-only): a failed one stops the next commit. */
    private final MergeFailures merges;

    private OpenIndex(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers, Lock lock,
                      MergeFailures merges) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.lock = lock;
        this.merges = merges;
    }

    /**
     * Opens {@code folder} for writing with {@code mode}; a folder without a commit (or opened with
     * CREATE) gets a first commit carrying the schema version at once.
     */
    static OpenIndex writable(Path folder, UnaryOperator<Directory> wrapper, IndexWriterConfig.OpenMode mode)
            throws IOException {
        Files.createDirectories(folder);
        Directory directory = wrapper.apply(FSDirectory.open(folder));
        IndexWriter writer = null;
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                    .setOpenMode(mode)
                    // stored fields in LZ4 blocks: each result's fields and snippet text are read at every
                    // keystroke, and inflating DEFLATE blocks was most of that (the index is a fifth larger)
                    .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED))
                    .setRAMBufferSizeMB(48)
                    .setCommitOnClose(false)
                    // a commit can be held while its files are copied elsewhere (a team index being published)
                    .setIndexDeletionPolicy(new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()));
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setSegmentsPerTier(8);
            merges.setNoCFSRatio(0.0); // one file per part: damage is pinned to a part, and checked per part
            config.setUseCompoundFile(false);
            config.setMergePolicy(merges);
            MergeFailures mergeFailures = new MergeFailures();
            config.setMergeScheduler(mergeFailures);
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw inUse(folder, e);
            }
            if (!exists || mode == IndexWriterConfig.OpenMode.CREATE) {
                writer.setLiveCommitData(versionData());
                writer.commit();
            }
            return new OpenIndex(folder, directory, writer, new SearcherManager(writer, new SearcherFactory()), null,
                    mergeFailures);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /**
     * Opens the last commit of {@code folder} for searching only.
     *
     * @param holdWriteLock keep others from writing the folder while it is open (the old index during a rebuild)
     */
    static OpenIndex readOnly(Path folder, boolean holdWriteLock) throws IOException {
        Directory directory = FSDirectory.open(folder);
        Lock lock = null;
        try {
            if (holdWriteLock) {
                try {
                    lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
                } catch (LockObtainFailedException e) {
                    throw inUse(folder, e);
                }
            }
            return new OpenIndex(folder, directory, null, new SearcherManager(directory, new SearcherFactory()), lock,
                    null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(lock, directory);
            throw e;
        }
    }

    private static CollateralException inUse(Path folder, Exception e) {
        return new CollateralException("Another Collateral Finder is using the index in " + folder
                + " right now; wait for it to finish or close it.", e);
    }

    static Iterable<Map.Entry<String, String>> versionData() {
        return Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION)).entrySet();
    }

    /** The schema version recorded by the commit the searchers see, or -1 for none. */
    int storedVersion() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader() instanceof DirectoryReader reader ? IndexFolders.storedVersion(reader) : -1;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Commits everything written so far with the schema version and refreshes the searchers. Nothing is
     * written when nothing changed since the last commit (a run over unchanged sources saves the fsyncs). A
     * writer that hit an unrecoverable error, or a merge that failed since the last commit, ends in an
     * {@link IndexWriteException} carrying that error: the last commit stays the index on disk.
     */
    void commit() throws IOException {
        Throwable failedMerge = merges.take();
        if (failedMerge != null) {
            throw new IndexWriteException(failedMerge);
        }
        try {
            if (!writer.hasUncommittedChanges()) {
                return;
            }
            writer.setLiveCommitData(versionData());
            writer.commit();
        } catch (IllegalStateException e) { // also AlreadyClosedException: the writer gave up after a tragic error
            throw new IndexWriteException(writer.getTragicException() != null ? writer.getTragicException() : e);
        }
        searchers.maybeRefresh();
    }

    /**
     * Lets the merges that the last commits started run to the end and commits what they merged (a few
     * rounds, as one merge can call for another). A writer closed without committing drops merges in flight,
     * and the next run's first reader would start them again, then commit: the cost of a run over unchanged
     * sources doubled (100,000 files), and searches read more segments meanwhile.
     */
    void commitMerges() throws IOException {
        // a merge can end between a commit and the check: what it merged is then uncommitted, hence the third test
        for (int round = 0; round < 10 && (merges.mergeThreadCount() > 0 || writer.hasPendingMerges()
                || writer.hasUncommittedChanges()); round++) {
            merges.sync();
            commit();
        }
    }

    /** Closes searchers, writer (uncommitted changes are dropped), lock and directory: no file stays open. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, lock, directory);
    }
}
