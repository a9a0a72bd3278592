package org.collateralfinder.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.IndexReplacedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on local disk: one long-lived {@link IndexWriter} (when opened for writing) and the searchers
 * over it. Searches borrow a searcher with {@link #withSearcher}.
 *
 * <p>An index written by another schema version is rebuilt without a gap: it keeps answering searches
 * (read-only) while the writer fills {@code index-next} and the indexer's own bookkeeping
 * ({@link #loadState()}, {@link #remap}, {@link #commit()}) works on the new one. When a run has walked
 * every source, {@link #completeRebuild()} swaps the folders (see {@link IndexFolders}); the same
 * object then serves the new index, so holders of this service need not change anything.
 *
 * <p>Team indexes copied from shares ({@link CopiedIndexes}) are searched beside the own index: searches,
 * {@link #loadState()} and the counts see both, the writer only the own one.
 */
public final class IndexService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);

    /** How long the swap waits for searches in flight on the old index before leaving it for the next run. */
    private static final Duration SWAP_WAIT = Duration.ofSeconds(10);

    private final Path path;
    private final UnaryOperator<Directory> wrapper;
    private final boolean rebuilt;
    private final boolean recovered;
    private final boolean otherVersionRead;

    /** Where the indexer writes and reads its bookkeeping; null when opened for reading. */
    private volatile OpenIndex own;
    /** What searches see: {@link #own}, or the old index while a rebuild fills {@link #own}. */
    private volatile OpenIndex served;

    private final SearchGate gate = new SearchGate();
    /** Team indexes copied from shares, searched beside the own index. */
    private final CopiedIndexes copies;

    private IndexService(Path path, UnaryOperator<Directory> wrapper, OpenIndex own, OpenIndex served, boolean rebuilt,
                         boolean recovered, boolean otherVersionRead) {
        this.path = path;
        this.wrapper = wrapper;
        this.own = own;
        this.served = served;
        this.rebuilt = rebuilt;
        this.recovered = recovered;
        this.otherVersionRead = otherVersionRead;
        this.copies = CopiedIndexes.open(CopiedIndexes.homeOf(path));
    }

    /**
     * Opens the index for indexing and near-real-time search. Only one process may do this at a time.
     * An index that cannot be opened because it is damaged is moved aside (kept for inspection, as
     * {@code index-damaged-<time>}) and a new, empty one is started: the next run rebuilds it. An index
     * of another schema version stays searchable while its replacement is built in {@code index-next}.
     */
    public static IndexService openForWriting(Path indexDir) {
        return openForWriting(indexDir, d -> d);
    }

    /**
     * As {@link #openForWriting(Path)}, with the directory wrapped (tests simulate a full disk this way).
     */
    public static IndexService openForWriting(Path indexDir, UnaryOperator<Directory> wrapper) {
        try {
            return openWriter(indexDir, false, wrapper);
        } catch (CollateralException e) {
            if (!IndexFolders.isDamage(e.getCause())) {
                throw e;
            }
            Path aside = moveAside(indexDir);
            LOG.error("The index in {} is damaged; moved it to {} and starting a new one", indexDir, aside, e.getCause());
            return openWriter(indexDir, true, wrapper);
        }
    }

    /** Moves a damaged index folder aside and returns where it went. */
    public static Path moveAside(Path indexDir) {
        return IndexFolders.moveAside(indexDir);
    }

    private static IndexService openWriter(Path indexDir, boolean recovered, UnaryOperator<Directory> wrapper) {
        try {
            IndexOpener.Opened opened = IndexOpener.forWriting(indexDir, wrapper);
            return new IndexService(indexDir, wrapper, opened.own(), opened.served(), opened.own() != opened.served(),
                    recovered, false);
        } catch (IOException e) {
            throw new CollateralException("The index in " + indexDir + " could not be opened: " + CollateralException.why(e) + ".", e);
        }
    }

    /** Whether there is an index to read in {@code indexDir} (or beside it, in the middle of a swap). */
    public static boolean exists(Path indexDir) {
        return IndexFolders.forReading(indexDir) != null;
    }

    /**
     * Opens the last committed index for searching only (works while another process indexes, and
     * never changes a folder). Between the two renames of a swap in another process it reads
     * {@code index-next} or {@code index-previous}, whichever holds the index then.
     */
    public static IndexService openForReading(Path indexDir) {
        IOException vanished = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Path folder = IndexFolders.forReading(indexDir);
            if (folder == null) {
                break;
            }
            try {
                OpenIndex opened = OpenIndex.readOnly(folder, false);
                boolean otherVersion;
                try {
                    otherVersion = opened.storedVersion() != Schema.VERSION;
                } catch (IOException | RuntimeException e) {
                    opened.close();
                    throw e;
                }
                return new IndexService(indexDir, null, null, opened, false, false, otherVersion);
            } catch (NoSuchFileException | FileNotFoundException e) {
                vanished = e; // a swap renamed the folder just now: look again
            } catch (IOException e) {
                throw new CollateralException("The index in " + indexDir + " could not be opened: " + CollateralException.why(e) + ".", e);
            }
        }
        if (vanished != null) {
            throw new CollateralException("The index in " + indexDir + " could not be opened: " + vanished.getMessage()
                    + ".", vanished);
        }
        throw new CollateralException("Nothing has been indexed yet in " + indexDir.getParent()
                + "; run the index command first.");
    }

    /**
     * Reads every file of the index searches use and checks its checksum (bytes flipped on disk are found here).
     *
     * @return null when the index is sound, else a sentence saying what is damaged
     */
    public String verifyIntegrity() {
        try {
            return withSearcher(searcher -> {
                SegmentChecksums.verify(searcher.getIndexReader(), leaf -> !(leaf instanceof MappedReader.Leaf));
                copies.verify(); // a damaged copy is dropped and copied again, the own index stays
                return null;
            });
        } catch (IOException e) {
            LOG.error("The index in {} failed its integrity check", path, e);
            return "The index is damaged (" + e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT)
                    + " data in a segment file); it will be rebuilt from the source folders.";
        }
    }

    public boolean wasRecoveredFromDamage() {
        return recovered;
    }

    /** Whether the index found at open was written by another schema version (rebuilt, or being rebuilt). */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /**
     * Whether searches still see an index of another schema version: while its replacement is built
     * (opened for writing), or until an indexing run rebuilds it (opened for reading).
     */
    public boolean isRebuilding() {
        return own == null ? otherVersionRead : own != served;
    }

    /** A sentence for status lines while {@link #isRebuilding()}, else null. */
    public String rebuildStatus() {
        if (!isRebuilding()) {
            return null;
        }
        if (own == null && !Files.exists(IndexFolders.next(path))) {
            return "The index was written by another version of Collateral Finder; the next indexing run rebuilds it, "
                    + "and the old index answers searches until then.";
        }
        return "The index is being rebuilt for this version of Collateral Finder; the old index answers searches "
                + "until the new one is ready.";
    }

    /** The index folder ({@code index}, whatever is being rebuilt beside it). */
    public Path path() {
        return path;
    }

    /** The writer the indexer adds to: the new index while a rebuild is going on. */
    public IndexWriter writer() {
        OpenIndex o = own;
        if (o == null) {
            throw new IllegalStateException("the index was opened for reading only");
        }
        return o.writer;
    }

    public boolean isWritable() {
        return own != null;
    }

    /** A searcher over the index searches use (and the team index copies); blocks while a swap is under way. */
    public IndexSearcher acquire() throws IOException {
        gate.enter();
        try {
            IndexSearcher own = served.searchers.acquire();
            if (copies.isEmpty()) {
                return own;
            }
            try {
                return copies.combine(own);
            } catch (IOException | RuntimeException e) {
                own.getIndexReader().decRef();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            gate.leave();
            throw e;
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            // what SearcherManager.release does, whichever manager (before or after a swap) it came from
            searcher.getIndexReader().decRef();
        } catch (IOException e) {
            LOG.warn("Could not release a searcher", e);
        } finally {
            gate.leave();
        }
    }

    /** Work on a searcher, which may read the index and throw what reading it throws. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} on a searcher over the index searches use (and the team index copies), and gives
     * the searcher back however the work ends: the one way to borrow a searcher.
     */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return work.apply(searcher);
        } finally {
            release(searcher);
        }
    }

    /**
     * {@link #withSearcher} for searches and views: a failure to read the index becomes the sentence a
     * person sees ({@link CollateralException}).
     */
    public <T> T read(SearcherWork<T> work) {
        try {
            return withSearcher(work);
        } catch (AlreadyClosedException e) {
            throw new IndexReplacedException(e);
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + CollateralException.why(e) + ".", e);
        } catch (UncheckedIOException e) {
            throw new CollateralException("The index could not be read: " + CollateralException.why(e.getCause()) + ".", e);
        }
    }

    /** How many documents searches find now (the team index copies included). */
    public int searchedDocuments() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Runs {@code work} on a fresh searcher over the index being written (not the team index copies). */
    private <T> T withOwnSearcher(SearcherWork<T> work) throws IOException {
        writer();
        own.searchers.maybeRefreshBlocking();
        IndexSearcher searcher = own.searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            own.searchers.release(searcher);
        }
    }

    /** Makes recent changes visible to searches (without committing them). */
    public void refresh() throws IOException {
        gate.enter();
        try {
            served.searchers.maybeRefreshBlocking();
        } finally {
            gate.leave();
        }
    }

    /** Commits everything added so far, with the schema version, and refreshes searchers. */
    public synchronized void commit() throws IOException {
        writer();
        own.commit();
    }

    /** Waits for the merges in flight and commits them, so the next run finds nothing left to merge. */
    public synchronized void commitMerges() throws IOException {
        writer();
        own.commitMerges();
    }

    /**
     * Ends a rebuild once an indexing run has walked every source without being cancelled: commits the
     * new index, waits for searches in flight on the old one (blocking new ones briefly), closes both
     * (Windows renames no open file), renames {@code index} to {@code index-previous} and
     * {@code index-next} to {@code index}, reopens, and deletes {@code index-previous}. If searches do
     * not let go in time or a rename fails, everything is put back and the old index stays in use.
     *
     * @return true when searches now see the rebuilt index; false when there was no rebuild or the swap
     *         must wait for the next complete run
     */
    public synchronized boolean completeRebuild() throws IOException {
        if (!isRebuilding() || own == null) {
            return false;
        }
        own.commit();
        if (!gate.close(SWAP_WAIT)) {
            LOG.warn("Searches held the old index for over {} s; the rebuilt index replaces it after the next run",
                    SWAP_WAIT.toSeconds());
            return false;
        }
        Path next = IndexFolders.next(path);
        Path previous = IndexFolders.previous(path);
        try {
            copies.forgetSearcher(); // it holds the old index open
            served.close();
            own.close();
            try {
                IndexFolders.rename(path, previous);
            } catch (IOException e) {
                reopenRebuilding();
                LOG.warn("Could not move the old index {} aside; it stays in use until the next run", path, e);
                return false;
            }
            try {
                IndexFolders.rename(next, path);
            } catch (IOException e) {
                IndexFolders.rename(previous, path);
                reopenRebuilding();
                LOG.warn("Could not move the rebuilt index {} into place; the old one stays in use until the next run",
                        next, e);
                return false;
            }
            OpenIndex swapped = OpenIndex.writable(path, wrapper, OpenMode.APPEND);
            own = swapped;
            served = swapped;
        } finally {
            gate.open();
        }
        LOG.info("The index was rebuilt for schema version {}; searches now use it", Schema.VERSION);
        try {
            IndexFolders.deleteTree(previous);
        } catch (IOException e) {
            LOG.warn("Could not delete the old index {}; it is deleted at the next start", previous, e);
        }
        return true;
    }

    private void reopenRebuilding() throws IOException {
        served = OpenIndex.readOnly(path, true);
        own = OpenIndex.writable(IndexFolders.next(path), wrapper, OpenMode.APPEND);
    }

    /**
     * What the index being written knows of each file, for change detection: id to size, time and source. The
     * content hashes of the team index copies' files are in it; those of the own index's files are not (a run over
     * unchanged files needs none): {@link #contentHashesOf} reads them for the files that changed or went.
     */
    public synchronized Map<String, FileState> loadState() throws IOException {
        return withOwnSearcher(searcher -> {
            Map<String, FileState> states = copies.fileStates(searcher.getIndexReader());
            states.putAll(IndexContents.fileStates(searcher.getIndexReader(), false));
            return states;
        });
    }

    /** The content hash of each of {@code ids} in the index being written (not the copies) that has one. */
    public synchronized Map<String, String> contentHashesOf(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withOwnSearcher(searcher -> IndexContents.contentHashesOf(searcher.getIndexReader(), ids));
    }

    /**
     * Removes files from the index: deletes their documents, and hides those of the team index copies (until
     * the next copy of that team index).
     */
    public synchronized void deleteFiles(List<Term> ids) throws IOException {
        writer().deleteDocuments(ids.toArray(new Term[0]));
        copies.hide(ids.stream().map(t -> t.text()).toList());
    }

    /** Documents the index being written holds, with those searches see in the team index copies. */
    public synchronized int documentCount() throws IOException {
        return documentCount(new MatchAllDocsQuery());
    }

    /** As {@link #documentCount()}, of the documents that match {@code which} (the failed ones: a run's "could not be read"). */
    public synchronized int documentCount(Query which) throws IOException {
        return withOwnSearcher(searcher -> searcher.count(which) + copies.documents(searcher.getIndexReader(), which));
    }

    /** The team indexes copied from shares that searches read beside this index. */
    public CopiedIndexes copies() {
        return copies;
    }

    /**
     * Searches {@code copy} from now on for its source, instead of its previous copy, and deletes this
     * index's own documents of that source (files read since the previous copy was published, which the
     * new one includes or the next run reads again).
     */
    public synchronized void attach(CopiedIndex copy) throws IOException {
        copies.put(copy);
        writer().deleteDocuments(new Term(Schema.SOURCE, copy.source()));
        commit();
    }

    /** Work on a commit's files while no later commit may delete them. */
    @FunctionalInterface
    public interface CommitWork<T> {
        T apply(IndexCommit commit) throws IOException;
    }

    /** Runs {@code work} on the last commit, held (Lucene's {@link SnapshotDeletionPolicy}) until it returns. */
    public <T> T withLastCommit(CommitWork<T> work) throws IOException {
        SnapshotDeletionPolicy policy = (SnapshotDeletionPolicy) writer().getConfig().getIndexDeletionPolicy();
        IndexCommit commit = policy.snapshot();
        try {
            return work.apply(commit);
        } finally {
            policy.release(commit);
        }
    }

    /**
     * How many documents of each source searches find now. While a rebuild goes on these are the old
     * index's, which the new one must match before it replaces it.
     */
    public Map<String, Integer> searchedDocumentsPerSource() throws IOException {
        return withSearcher(searcher -> IndexContents.documentsPerSource(searcher.getIndexReader()));
    }

    /**
     * Moves every document of {@code source} from the mount point {@code from} to {@code to} (the same
     * share reached at another path) in the index being written, rebuilding each from its stored
     * fields: nothing is extracted again.
     *
     * @return how many documents moved
     */
    public synchronized int remap(String source, String from, String to) throws IOException {
        int moved = withOwnSearcher(searcher -> IndexContents.remap(searcher, own.writer, source, from, to));
        copies.remount(source, to);
        commit();
        return moved;
    }

    /** Every searched file's path (id), by source: what {@code status} checks can still be opened. */
    public Map<String, List<String>> searchedFilesPerSource() throws IOException {
        return withSearcher(searcher -> IndexContents.filesPerSource(searcher.getIndexReader()));
    }

    /** Every searched file's path (id) and content hash, for reports of files nobody gave feedback on. */
    public Map<String, String> contentHashes() throws IOException {
        return withSearcher(searcher -> IndexContents.contentHashes(searcher.getIndexReader()));
    }

    /** Bytes the index searches use takes on disk. */
    public long sizeOnDisk() {
        return IndexFolders.bytes(served.folder) + copies.bytes();
    }

    @Override
    public synchronized void close() {
        copies.close();
        try {
            IOUtils.close(served == own ? null : served, own);
        } catch (IOException e) {
            LOG.warn("Closing the index failed", e);
        }
    }
}
