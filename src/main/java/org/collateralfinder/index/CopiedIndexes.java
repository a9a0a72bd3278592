package org.collateralfinder.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexes copied from elsewhere ({@link CopiedIndex}, one per source) that searches read beside the
 * own index, in {@code team-index/} next to it: each in its own folder with its description
 * ({@code copy.json}) and the files of the documents this machine hides in it ({@code gone.txt}).
 *
 * <p>A copy's document is hidden when the own index has a document of the same file (this machine read it
 * again because it changed since publishing; an archive's members go with it) or when the file is gone
 * from the source ({@link #hide}). Searches get one reader over the own index and the mapped copies
 * ({@link #combine}), made again when either changes.
 */
public final class CopiedIndexes implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CopiedIndexes.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String DESCRIPTION = "copy.json";
    private static final String GONE = "gone.txt";

    /** One copy as opened: its description, its commit's reader and the stored ids hidden as gone. */
    private record Copy(CopiedIndex info, DirectoryReader reader, Set<String> gone) {
    }

    /** The reader searches use, for the own reader and the copies it was made with. */
    private record Combined(IndexReader own, long version, IndexSearcher searcher) {
    }

    private final Path home;
    private final Map<String, Copy> copies = new TreeMap<>();
    /** Sources whose copy is described but did not open: left out of searches until copied again. */
    private final Set<String> unopened = new TreeSet<>();
    private long version;
    private Combined combined;

    private CopiedIndexes(Path home) {
        this.home = home;
    }

    /** Where the copies of the index in {@code indexDir} live: {@code team-index} beside it. */
    public static Path homeOf(Path indexDir) {
        return indexDir.toAbsolutePath().resolveSibling("team-index");
    }

    /** Opens every copy in {@code home}; one that does not open is left out (and copied again by the next run). */
    static CopiedIndexes open(Path home) {
        CopiedIndexes all = new CopiedIndexes(home);
        for (CopiedIndex info : read(home)) {
            try {
                all.copies.put(info.source(), openCopyOrItsSuccessor(all.folderFor(info.source()), info));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The team index copy of {} does not open; it is left out until it is copied again", info.source(), e);
                all.unopened.add(info.source());
            }
        }
        return all;
    }

    /** The descriptions of the copies in {@code home}, without opening them. */
    public static List<CopiedIndex> read(Path home) {
        List<CopiedIndex> out = new ArrayList<>();
        if (!Files.isDirectory(home)) {
            return out;
        }
        try (Stream<Path> folders = Files.list(home)) {
            for (Path folder : folders.sorted().toList()) {
                Path description = folder.resolve(DESCRIPTION);
                if (Files.isRegularFile(description)) {
                    try {
                        out.add(JSON.readValue(description.toFile(), CopiedIndex.class));
                    } catch (IOException e) {
                        LOG.warn("Could not read {}", description, e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list {}", home, e);
        }
        return out;
    }

    /**
     * Opens a copy, or, when it does not open because an indexing run swapped to a newer generation meanwhile and deleted
     * the files of this one (its description was read just before), the newer one its description names now.
     */
    private static Copy openCopyOrItsSuccessor(Path home, CopiedIndex info) throws IOException {
        try {
            return openCopy(home, info);
        } catch (IOException | RuntimeException e) {
            CopiedIndex now = readOne(home);
            if (now == null || now.folder().equals(info.folder()) && now.segmentsFile().equals(info.segmentsFile())) {
                throw e;
            }
            LOG.info("The team index copy of {} was replaced while it was opened; opening {}", info.source(),
                    now.segmentsFile());
            return openCopy(home, now);
        }
    }

    private static CopiedIndex readOne(Path home) {
        try {
            return JSON.readValue(home.resolve(DESCRIPTION).toFile(), CopiedIndex.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static Copy openCopy(Path home, CopiedIndex info) throws IOException {
        Directory directory = FSDirectory.open(home.resolve(info.folder()));
        try {
            // the commit by its name: other segments files in the folder (a copy in progress) are not read
            DirectoryReader reader = DirectoryReader.open(new NamedCommit(directory, info.segmentsFile()));
            reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
            try {
                int stored = IndexFolders.storedVersion(reader);
                if (stored != Schema.VERSION || reader.numDocs() != info.documents()) {
                    throw new CorruptIndexException("the copy holds " + reader.numDocs()
                            + " documents of schema " + stored + ", not " + info.documents() + " of schema "
                            + Schema.VERSION, info.segmentsFile());
                }
                Set<String> gone = new HashSet<>();
                Path goneFile = home.resolve(GONE);
                if (Files.exists(goneFile)) {
                    Files.readAllLines(goneFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).forEach(gone::add);
                }
                return new Copy(info, reader, gone);
            } catch (IOException | RuntimeException e) {
                reader.decRef();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** The folder a source's copy lives in (named by a hash of the source's path). */
    public Path folderFor(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return home.resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    public synchronized Optional<CopiedIndex> get(String source) {
        Copy c = copies.get(source);
        return c == null ? Optional.empty() : Optional.of(c.info());
    }

    public synchronized List<CopiedIndex> list() {
        return copies.values().stream().map(Copy::info).toList();
    }

    synchronized boolean isEmpty() {
        return copies.isEmpty();
    }

    /**
     * Searches {@code info}'s commit from now on instead of the source's previous copy (if any): opens it,
     * then records it in {@code copy.json} (written whole, then moved into place), with nothing hidden yet.
     */
    synchronized void put(CopiedIndex info) throws IOException {
        Path folder = folderFor(info.source());
        Copy fresh = openCopy(folder, info);
        try {
            writeAtomically(folder.resolve(GONE), new byte[0]);
            writeAtomically(folder.resolve(DESCRIPTION), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
        } catch (IOException | RuntimeException e) {
            fresh.reader().decRef();
            throw e;
        }
        Copy old = copies.put(info.source(), fresh);
        if (old != null) {
            old.reader().decRef();
        }
        unopened.remove(info.source());
        version++;
    }

    /**
     * What a search says while a copy is left out because it did not open (a file of it missing or damaged
     * on this computer): one sentence per source, or empty when every copy is searched.
     */
    public synchronized Optional<String> leftOut() {
        if (unopened.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(unopened.stream().map(source -> "The team index copied from " + source
                + " could not be opened on this computer (a file of it is missing or damaged), so its files are not"
                + " in these results; the next index run copies it again.").collect(Collectors.joining(" ")));
    }

    /** Shows a copy's files under another mount point (the source was found at an alias); nothing is re-read. */
    synchronized void remount(String source, String mount) throws IOException {
        Copy c = copies.get(source);
        if (c == null || c.info().mount().equals(mount)) {
            return;
        }
        CopiedIndex moved = c.info().atMount(mount);
        writeAtomically(folderFor(source).resolve(DESCRIPTION), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(moved));
        copies.put(source, new Copy(moved, c.reader(), c.gone()));
        version++;
    }

    /** Stops searching a source's copy and deletes it (as far as open files allow). */
    public synchronized void remove(String source) {
        unopened.remove(source);
        Copy c = copies.remove(source);
        if (c != null) {
            try {
                c.reader().decRef();
            } catch (IOException e) {
                LOG.warn("Closing the copy of {} failed", source, e);
            }
            version++;
        }
        try {
            IndexFolders.deleteTree(folderFor(source));
        } catch (IOException e) {
            LOG.warn("Could not delete the copy of {} entirely; what is left is deleted with the next copy", source, e);
        }
    }

    /**
     * Hides the copies' documents of these files (ids as this machine sees them), gone from their source
     * since publishing; recorded in {@code gone.txt} until the next copy.
     */
    synchronized void hide(List<String> ids) throws IOException {
        for (Copy c : copies.values()) {
            PathMapping paths = c.info().paths();
            Set<String> added = new HashSet<>();
            for (String id : ids) {
                String stored = paths.unmap(id);
                if (stored != null && !c.gone().contains(stored) && contains(c.reader(), stored)) {
                    added.add(stored);
                }
            }
            if (!added.isEmpty()) {
                c.gone().addAll(added);
                writeAtomically(folderFor(c.info().source()).resolve(GONE),
                        String.join("\n", new TreeSet<>(c.gone())).getBytes(StandardCharsets.UTF_8));
                version++;
            }
        }
    }

    private static boolean contains(IndexReader reader, String storedId) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Schema.ID);
            if (terms != null && terms.iterator().seekExact(new BytesRef(storedId))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A searcher over the own index ({@code own}, acquired by the caller) and every copy, mapped and with
     * the documents the own index supersedes hidden. The caller's reference to {@code own} is handed over;
     * release the result by decrementing its reader's reference, as for any acquired searcher.
     */
    synchronized IndexSearcher combine(IndexSearcher own) throws IOException {
        IndexReader ownReader = own.getIndexReader();
        Combined c = combined;
        if (c == null || c.own() != ownReader || c.version() != version) {
            List<IndexReader> parts = new ArrayList<>();
            parts.add(ownReader);
            try {
                for (Copy copy : copies.values()) {
                    parts.add(view(copy, ownReader));
                }
                MultiReader multi = new MultiReader(parts.toArray(new IndexReader[0]), false);
                c = new Combined(ownReader, version, new IndexSearcher(multi));
            } finally {
                for (IndexReader view : parts.subList(1, parts.size())) {
                    view.decRef(); // the multi-reader holds them now
                }
            }
            if (combined != null) {
                combined.searcher().getIndexReader().decRef();
            }
            combined = c;
        }
        c.searcher().getIndexReader().incRef();
        ownReader.decRef();
        return c.searcher();
    }

    /** Lets go of the reader made for searches (the own index is about to be closed); the next search makes another. */
    synchronized void forgetSearcher() throws IOException {
        if (combined != null) {
            combined.searcher().getIndexReader().decRef();
            combined = null;
        }
    }

    /** What the copies know of each file (as this machine sees it), their hidden documents left out. */
    synchronized Map<String, FileState> fileStates(IndexReader own) throws IOException {
        Map<String, FileState> states = new HashMap<>();
        for (Copy copy : copies.values()) {
            try (DirectoryReader view = view(copy, own)) {
                IndexContents.fileStates(view).forEach((id, state) -> states.put(id, state.withoutChangeTime()));
            }
        }
        return states;
    }

    /**
     * Each file of a source's copy, by its id as this machine sees it (under the source's mount), with the content it
     * was published with; empty without a copy. Comparing two generations tells the files edited in place between them.
     */
    public synchronized Map<String, String> contentsOf(String source) throws IOException {
        Copy c = copies.get(source);
        if (c == null) {
            return Map.of();
        }
        PathMapping paths = c.info().paths();
        Map<String, String> contents = new HashMap<>();
        IndexContents.fileStates(c.reader()).forEach((id, state) -> {
            if (state.contentHash() != null) {
                contents.put(paths.map(id), state.contentHash());
            }
        });
        return contents;
    }

    /** Documents of the copies searches see beside {@code own} that match {@code which}. */
    synchronized int documents(IndexReader own, Query which) throws IOException {
        int documents = 0;
        for (Copy copy : copies.values()) {
            try (DirectoryReader view = view(copy, own)) {
                documents += new IndexSearcher(view).count(which);
            }
        }
        return documents;
    }

    /** Bytes the copies take on disk. */
    public long bytes() {
        try (Stream<Path> all = Files.walk(home)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Checks every file of every copy against its checksum; a damaged copy is removed (the next run copies
     * its source's team index again).
     *
     * @return the sources whose copy was damaged
     */
    synchronized List<String> verify() {
        List<String> damaged = new ArrayList<>();
        for (Copy copy : List.copyOf(copies.values())) {
            try {
                SegmentChecksums.verify(copy.reader(), leaf -> true);
            } catch (IOException e) {
                LOG.error("The team index copy of {} failed its integrity check; it is copied again by the next run",
                        copy.info().source(), e);
                damaged.add(copy.info().source());
                remove(copy.info().source());
            }
        }
        return damaged;
    }

    /**
     * Checks every file of a source's copy against its checksum (reading it whole); a damaged one is removed.
     *
     * @return false when the copy was damaged (and is gone now), true when it is whole or there is none
     */
    public synchronized boolean verify(String source) {
        Copy copy = copies.get(source);
        if (copy == null) {
            return true;
        }
        try {
            SegmentChecksums.verify(copy.reader(), leaf -> true);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.error("The team index copy of {} failed its integrity check; it is copied again", source, e);
            remove(source);
            return false;
        }
    }

    /** Whether a source has a copy described in {@code copy.json} that did not open (a file of it missing or damaged). */
    public synchronized boolean failedToOpen(String source) {
        return unopened.contains(source);
    }

    /** The copy as this machine sees it beside {@code own}: a new reference the caller closes. */
    private static DirectoryReader view(Copy copy, IndexReader own) throws IOException {
        return MappedReader.of(copy.reader(), copy.info().paths(), copy.info().sources(), HiddenDocuments.of(copy.reader(), copy.info(), copy.gone(), own));
    }

    /** Writes {@code bytes} to {@code file} through a temporary file moved into place, both forced to disk. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        IOUtils.fsync(tmp, false);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.fsync(file.getParent(), true);
    }

    @Override
    public synchronized void close() {
        try {
            forgetSearcher();
            for (Copy c : copies.values()) {
                c.reader().decRef();
            }
        } catch (IOException e) {
            LOG.warn("Closing the team index copies failed", e);
        }
        copies.clear();
    }
}
