package org.collateralfinder.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on local disk: one long-lived {@link IndexWriter} (when opened for writing) and one
 * {@link SearcherManager}. Searches {@link #acquire()} and {@link #release(IndexSearcher)} a searcher in
 * try/finally. An index written by another schema version is rebuilt from scratch on open for writing.
 */
public final class IndexService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;
    private final boolean recovered;

    private IndexService(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, boolean rebuilt,
                         boolean recovered) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.rebuilt = rebuilt;
        this.recovered = recovered;
    }

    /**
     * Opens the index for indexing and near-real-time search. Only one process may do this at a time.
     * An index that cannot be opened because it is damaged is moved aside (kept for inspection, as
     * {@code index-damaged-<time>}) and a new, empty one is started: the next run rebuilds it.
     */
    public static IndexService openForWriting(Path indexDir) {
        return openForWriting(indexDir, d -> d);
    }

    /**
     * As {@link #openForWriting(Path)}, with the directory wrapped (tests simulate a full disk this way).
     */
    public static IndexService openForWriting(Path indexDir, java.util.function.UnaryOperator<Directory> wrapper) {
        try {
            return openWriter(indexDir, false, wrapper);
        } catch (CollateralException e) {
            if (!isDamage(e.getCause())) {
                throw e;
            }
            Path aside = moveAside(indexDir);
            LOG.error("The index in {} is damaged; moved it to {} and starting a new one", indexDir, aside, e.getCause());
            return openWriter(indexDir, true, wrapper);
        }
    }

    private static boolean isDamage(Throwable t) {
        return t instanceof org.apache.lucene.index.CorruptIndexException
                || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                || t instanceof org.apache.lucene.index.IndexFormatTooNewException
                || t instanceof java.io.EOFException
                || t instanceof java.nio.file.NoSuchFileException;
    }

    /** Moves a damaged index folder aside and returns where it went. */
    public static Path moveAside(Path indexDir) {
        Path aside = indexDir.resolveSibling(indexDir.getFileName() + "-damaged-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(indexDir, aside);
            return aside;
        } catch (IOException e) {
            throw new CollateralException("The damaged index in " + indexDir + " could not be moved aside: "
                    + e.getMessage() + ".", e);
        }
    }

    /**
     * Reads every file of the index and checks its checksum (bytes flipped on disk are found here).
     *
     * @return null when the index is sound, else a sentence saying what is damaged
     */
    public String verifyIntegrity() {
        try {
            IndexSearcher searcher = acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return null;
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            LOG.error("The index in {} failed its integrity check", path, e);
            return "The index is damaged (" + e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT)
                    + " data in a segment file); it will be rebuilt from the source folders.";
        }
    }

    public boolean wasRecoveredFromDamage() {
        return recovered;
    }

    private static IndexService openWriter(Path indexDir, boolean recovered, java.util.function.UnaryOperator<Directory> wrapper) {
        try {
            Files.createDirectories(indexDir);
            Directory directory = wrapper.apply(FSDirectory.open(indexDir));
            boolean exists = DirectoryReader.indexExists(directory);
            boolean rebuild = exists && storedVersion(directory) != Schema.VERSION;
            if (rebuild) {
                LOG.info("Index schema changed (found {}, now {}); rebuilding", storedVersion(directory), Schema.VERSION);
            }
            IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                    .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION))
                    .setRAMBufferSizeMB(48)
                    .setCommitOnClose(false);
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setSegmentsPerTier(8);
            merges.setNoCFSRatio(0.0); // one file per part: damage is pinned to a part, and checked per part
            config.setUseCompoundFile(false);
            config.setMergePolicy(merges);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new CollateralException("Another Collateral Finder is using the index in " + indexDir
                        + " right now; wait for it to finish or close it.", e);
            }
            if (!exists || rebuild) {
                writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION)).entrySet());
                writer.commit();
            }
            SearcherManager searchers;
            try {
                searchers = new SearcherManager(writer, new SearcherFactory());
            } catch (IOException e) {
                writer.rollback();
                directory.close();
                throw e;
            }
            return new IndexService(indexDir, directory, writer, searchers, rebuild, recovered);
        } catch (IOException e) {
            throw new CollateralException("The index in " + indexDir + " could not be opened: " + e.getMessage() + ".", e);
        }
    }

    /** Opens the last committed index for searching only (works while another process indexes). */
    public static IndexService openForReading(Path indexDir) {
        try {
            Directory directory = FSDirectory.open(indexDir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new CollateralException("Nothing has been indexed yet in " + indexDir.getParent()
                        + "; run the index command first.");
            }
            SearcherManager searchers = new SearcherManager(directory, new SearcherFactory());
            return new IndexService(indexDir, directory, null, searchers, false, false);
        } catch (IOException e) {
            throw new CollateralException("The index in " + indexDir + " could not be opened: " + e.getMessage() + ".", e);
        }
    }

    private static int storedVersion(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String v = reader.getIndexCommit().getUserData().get(Schema.VERSION_KEY);
            return v == null ? -1 : Integer.parseInt(v);
        }
    }

    public boolean wasRebuilt() {
        return rebuilt;
    }

    public Path path() {
        return path;
    }

    public IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened for reading only");
        }
        return writer;
    }

    public boolean isWritable() {
        return writer != null;
    }

    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            LOG.warn("Could not release a searcher", e);
        }
    }

    /** Makes recent changes visible to searches (without committing them). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Commits everything added so far, with the schema version, and refreshes searchers. */
    public void commit() throws IOException {
        writer().setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION)).entrySet());
        writer().commit();
        searchers.maybeRefresh();
    }

    /** What the index knows of each file, for change detection: id to size, time and source. */
    public Map<String, FileState> loadState() throws IOException {
        refresh();
        IndexSearcher searcher = acquire();
        try {
            Map<String, FileState> state = new HashMap<>(searcher.getIndexReader().numDocs() * 2 + 16);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                SortedDocValues ids = reader.getSortedDocValues(Schema.ID);
                SortedDocValues sources = reader.getSortedDocValues(Schema.SOURCE);
                NumericDocValues sizes = reader.getNumericDocValues(Schema.SIZE);
                NumericDocValues times = reader.getNumericDocValues(Schema.MODIFIED);
                if (ids == null) {
                    continue;
                }
                Bits live = reader.getLiveDocs();
                String[] sourceNames = new String[sources == null ? 0 : sources.getValueCount()];
                for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                    long size = sizes != null && sizes.advanceExact(doc) ? sizes.longValue() : -1;
                    long time = times != null && times.advanceExact(doc) ? times.longValue() : -1;
                    String source = null;
                    if (sources != null && sources.advanceExact(doc)) {
                        int ord = sources.ordValue();
                        if (sourceNames[ord] == null) {
                            sourceNames[ord] = sources.lookupOrd(ord).utf8ToString();
                        }
                        source = sourceNames[ord];
                    }
                    state.put(id, new FileState(size, time, source));
                }
            }
            return state;
        } finally {
            release(searcher);
        }
    }

    /**
     * Moves every document of {@code source} from the mount point {@code from} to {@code to} (the same
     * share reached at another path), rebuilding each from its stored fields: nothing is extracted again.
     *
     * @return how many documents moved
     */
    public int remap(String source, String from, String to) throws IOException {
        refresh();
        IndexSearcher searcher = acquire();
        int moved = 0;
        try {
            var query = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Schema.SOURCE, source));
            var top = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
            var stored = searcher.storedFields();
            for (var sd : top.scoreDocs) {
                var f = Schema.fromDocument(stored.document(sd.doc));
                if (!f.id().startsWith(from)) {
                    continue;
                }
                String id = to + f.id().substring(from.length());
                String folder = f.folder().startsWith(from) ? to + f.folder().substring(from.length()) : f.folder();
                var moved1 = new org.collateralfinder.model.IndexedFile(id, f.source(), f.fileName(), folder, f.extension(),
                        f.kind(), f.size(), f.modifiedMillis(), f.contentHash(), f.title(), f.author(), f.pages(),
                        f.contentType(), f.text(), f.failure(), f.failureDetail());
                writer().updateDocument(new org.apache.lucene.index.Term(Schema.ID, f.id()), Schema.toDocument(moved1));
                moved++;
            }
        } finally {
            release(searcher);
        }
        commit();
        return moved;
    }

    /** Every indexed file's path (id) and content hash, for reports of files nobody gave feedback on. */
    public Map<String, String> contentHashes() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            Map<String, String> hashes = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
                SortedDocValues hash = leaf.reader().getSortedDocValues(Schema.HASH);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || hash == null) {
                    continue;
                }
                for (int doc = hash.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = hash.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                        hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hash.lookupOrd(hash.ordValue()).utf8ToString());
                    }
                }
            }
            return hashes;
        } finally {
            release(searcher);
        }
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        try (var files = Files.list(path)) {
            return files.mapToLong(p -> {
                try {
                    return Files.isRegularFile(p) ? Files.size(p) : 0;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the index failed", e);
        }
    }
}
