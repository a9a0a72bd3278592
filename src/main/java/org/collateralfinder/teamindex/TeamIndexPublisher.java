package org.collateralfinder.teamindex;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Progress;
import org.collateralfinder.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the last commit of a share's index into its published folder ({@link PublishedFolder}): the
 * files the folder does not hold yet (each checked against its Lucene checksum, written under a temporary
 * name, forced to disk and renamed), then this generation's manifest in {@code history/}, then
 * {@code manifest.json}, replaced in one rename. A publisher killed at any moment leaves the previous
 * manifest in place with all its files; what it wrote before is reused or cleaned up by the next one.
 * Files only older generations need are kept while a laptop may still be copying them ({@link Options}).
 */
public final class TeamIndexPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(TeamIndexPublisher.class);

    /**
     * How long older generations stay.
     *
     * @param keepGenerations older generations always kept
     * @param keepFor         a generation replaced less than this long ago is kept too (a copy of it may be under way)
     */
    public record Options(int keepGenerations, Duration keepFor) {
        public static Options defaults() {
            return new Options(1, Duration.ofHours(1));
        }
    }

    /**
     * What a publication did.
     *
     * @param published false when the index had not changed since the last generation (nothing written)
     * @param deleted   the older generations its clean-up deleted (their manifests in {@code history/} and their files)
     * @param foreign   of those, the ones deleted at once, whatever their age, because this data folder did not publish
     *                  them: nothing here can tell what they hold ({@link PublisherRecord})
     */
    public record Result(long generation, int documents, int filesPublished, long bytesPublished, boolean published,
                         List<Long> deleted, List<Long> foreign) {

        public Result {
            deleted = List.copyOf(deleted);
            foreign = List.copyOf(foreign);
        }

        public Result(long generation, int documents, int filesPublished, long bytesPublished, boolean published) {
            this(generation, documents, filesPublished, bytesPublished, published, List.of(), List.of());
        }

        Result withDeleted(PublishedCleanUp.Deleted cleaned) {
            return new Result(generation, documents, filesPublished, bytesPublished, published, cleaned.deleted(),
                    cleaned.unvouched());
        }
    }

    private final Options options;
    private final Clock clock;

    public TeamIndexPublisher(Options options) {
        this(options, Clock.systemUTC());
    }

    /** @param clock when each generation is published, and how long ago older ones were replaced */
    public TeamIndexPublisher(Options options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** Where a share's team index is published unless told otherwise: {@code .collateral-index} inside it. */
    public static Path defaultTarget(Path share) {
        return PublishedFolder.in(share).root();
    }

    /**
     * The data folder a share is indexed in for publishing when none is given: {@code publish/<name>-<hash>}
     * in the app's data folder, so the rep's own sources never end up in the published index.
     */
    public static Path defaultDataFolder(Path appDataFolder, Path share) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(share.toString().getBytes(StandardCharsets.UTF_8));
            String name = share.getFileName() == null ? "share" : share.getFileName().toString().replaceAll("[^\\w.-]", "_");
            return appDataFolder.resolve("publish").resolve(name + "-" + HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * The sources to index for publishing {@code share}: the share alone. A data folder that indexes other
     * folders too is refused: they would be published with it.
     */
    public static List<SourceRegistry.SourceFolder> sourcesFor(SourceRegistry registry, Path share) {
        String root = SourceRegistry.normalise(share).toString();
        for (SourceRegistry.SourceFolder s : registry.list()) {
            if (!s.path().equals(root)) {
                if (sameFolder(Path.of(s.path()), share)) {
                    // the same folder by another path (a link, a bind mount): not another folder published with it
                    throw new CollateralException("This data folder publishes the same share by another path, "
                            + s.path() + "; publish it by that path, or use a data folder of its own (--data-dir).");
                }
                throw new CollateralException("The data folder for publishing " + root + " also indexes " + s.path()
                        + ", which would be published with it; use a data folder of its own (--data-dir).");
            }
        }
        registry.add(share, List.of());
        return registry.list();
    }

    /** Whether two paths are one folder (through a symbolic link or a bind mount: the file system says so). */
    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false; // one of them is not there: not known to be the same
        }
    }

    /**
     * Publishes the index's last commit for {@code share} into {@code target}.
     *
     * @param index  the share's index, open for writing, holding nothing but {@code share}'s files
     * @param share  the shared folder as indexed here
     * @param target the published folder ({@link #defaultTarget} or another folder on the share)
     */
    public Result publish(IndexService index, Path share, Path target) throws IOException {
        return publish(index, share, target, ProgressListener.NONE);
    }

    /**
     * As {@link #publish(IndexService, Path, Path)}, telling {@code progress} each step done: every file
     * written (by its path in the published folder), then {@code history/<g>.json}, {@code manifest.json}
     * and the clean-up.
     */
    public Result publish(IndexService index, Path share, Path target, ProgressListener progress) throws IOException {
        if (index.isRebuilding()) {
            throw new CollateralException("The index is still being rebuilt for this version of Collateral Finder; "
                    + "publish again once an indexing run has finished.");
        }
        PublishTarget.check(share, target);
        PublishedFolder folder = new PublishedFolder(target);
        createLike(target, share);
        try (Closeable lock = folder.lock()) {
            if (lock == null) {
                throw new CollateralException("Another publisher is publishing into " + target + " right now; nothing "
                        + "was published. Publish each share from one place only (the next run publishes this change).");
            }
            Files.createDirectories(folder.history());
            Manifest previous = readQuietly(folder.manifest());
            // a generation in history/ beyond the manifest was never published (its publisher was killed): reused
            long lastGeneration = previous != null ? previous.generation() : newestHistory(folder);
            String root = SourceRegistry.normalise(share).toString();
            // what this data folder published before: older generations it did not publish are deleted at once
            PublisherRecord record = PublisherRecord.of(index.path());
            Result result = index.withLastCommit(commit -> publishCommit(commit, folder, previous, lastGeneration, root,
                    record, progress));
            PublishedCleanUp.Deleted deleted = new PublishedCleanUp(options, clock).cleanUp(folder, record);
            forgetDeleted(record, folder);
            progress.onProgress(new Progress(1, 1, "clean-up", 0, null));
            return result.withDeleted(deleted);
        }
    }

    private Result publishCommit(IndexCommit commit, PublishedFolder folder, Manifest previous, long lastGeneration,
                                 String root, PublisherRecord record, ProgressListener progress) throws IOException {
        Directory dir = commit.getDirectory();
        SegmentInfos infos = SegmentInfos.readCommit(dir, commit.getSegmentsFileName());
        int documents = infos.totalMaxDoc();
        for (SegmentCommitInfo segment : infos) {
            documents -= segment.getDelCount() + segment.getSoftDelCount();
        }
        List<Manifest.Entry> entries = entries(commit, dir);
        if (previous != null && unchanged(previous, entries, root, folder)) {
            LOG.info("The index has not changed since generation {}; nothing to publish", previous.generation());
            record.adopt(folder.manifest()); // it lists exactly this index's files: this publisher vouches for it
            return new Result(previous.generation(), previous.documents(), 0, 0, false);
        }
        String files = previous == null ? PublishedFolder.FILES + 1 : previous.filesFolder();
        if (clashes(folder.files(files), entries)) {
            // the index here was started afresh (a rebuild, or a damaged one replaced): its file names mean
            // other contents than those published, so it goes to a folder of its own
            files = freshFilesFolder(folder, entries);
            LOG.info("The index was started afresh since the last publication; publishing it into {}", files);
        }
        Path destination = Files.createDirectories(folder.files(files));
        if (!PublishedCleanUp.isRealFolder(destination)) { // made a link since it was checked: never written through
            throw new CollateralException("Cannot publish into " + folder.root() + ": its " + files + " is a symbolic "
                    + "link, which a publisher never writes through; remove the link and publish again.");
        }
        Path local = ((FSDirectory) FilterDirectory.unwrap(dir)).getDirectory();
        int written = 0;
        long bytes = 0;
        for (Manifest.Entry e : entries) {
            Path file = destination.resolve(e.name());
            if (Files.exists(file) && Files.size(file) == e.size() && PublishedFolder.footerChecksum(file) == e.checksum()) {
                continue;
            }
            verify(dir, e);
            Path partial = destination.resolve(e.name() + PublishedFolder.PARTIAL);
            Files.copy(local.resolve(e.name()), partial, StandardCopyOption.REPLACE_EXISTING);
            IOUtils.fsync(partial, false);
            PublishedFolder.moveIntoPlace(partial, file);
            written++;
            bytes += e.size();
            progress.onProgress(new Progress(written, entries.size(), files + "/" + e.name(), 0, null));
        }
        long generation = lastGeneration + 1;
        Manifest manifest = new Manifest(Manifest.FORMAT, generation, clock.instant().toString(),
                infos.getCommitLuceneVersion().toString(), infos.getIndexCreatedVersionMajor(), Schema.VERSION, root,
                File.separator, documents, files, commit.getSegmentsFileName(), entries);
        byte[] bytesOfManifest = manifest.toBytes();
        record.add(bytesOfManifest); // before it is published: a publisher killed after never finds its own generation foreign
        PublishedFolder.writeAtomically(folder.history(generation), bytesOfManifest);
        progress.onProgress(new Progress(0, 1, PublishedFolder.HISTORY + "/" + generation + ".json", 0, null));
        PublishedFolder.writeAtomically(folder.manifest(), bytesOfManifest); // the generation is published now
        progress.onProgress(new Progress(1, 1, PublishedFolder.MANIFEST, 0, null));
        LOG.info("Published generation {} ({} documents): {} files, {} bytes written", generation, documents, written, bytes);
        return new Result(generation, documents, written, bytes, true);
    }

    /** The commit's files with size and footer checksum, the segments file last. */
    private static List<Manifest.Entry> entries(IndexCommit commit, Directory dir) throws IOException {
        List<String> names = new ArrayList<>(commit.getFileNames());
        names.remove(commit.getSegmentsFileName());
        names.sort(Comparator.naturalOrder());
        names.add(commit.getSegmentsFileName());
        List<Manifest.Entry> entries = new ArrayList<>(names.size());
        for (String name : names) {
            try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
                entries.add(new Manifest.Entry(name, in.length(), CodecUtil.retrieveChecksum(in)));
            }
        }
        return entries;
    }

    /** Reads the whole file and checks it against its footer before it leaves this machine. */
    private static void verify(Directory dir, Manifest.Entry e) throws IOException {
        try (IndexInput in = dir.openInput(e.name(), IOContext.READONCE)) {
            if (CodecUtil.checksumEntireFile(in) != e.checksum()) {
                throw new CorruptIndexException("checksum changed while publishing", e.name());
            }
        }
    }

    /** Whether the last generation has these very files (bar the segments file) and they are all still there. */
    private static boolean unchanged(Manifest previous, List<Manifest.Entry> entries, String root, PublishedFolder folder) {
        if (!previous.root().equals(root) || previous.schemaVersion() != Schema.VERSION
                || previous.incompatibility() != null) {
            return false;
        }
        Set<Manifest.Entry> before = new HashSet<>(previous.files());
        before.removeIf(e -> e.name().equals(previous.segmentsFile()));
        Set<Manifest.Entry> now = new HashSet<>(entries);
        now.removeIf(e -> e.name().startsWith("segments"));
        if (!before.equals(now)) {
            return false;
        }
        for (Manifest.Entry e : previous.files()) {
            if (!Files.exists(folder.files(previous.filesFolder()).resolve(e.name()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a file of that name is there with other contents (the folder belongs to another index). */
    private static boolean clashes(Path files, List<Manifest.Entry> entries) throws IOException {
        for (Manifest.Entry e : entries) {
            Path file = files.resolve(e.name());
            if (Files.exists(file) && (Files.size(file) != e.size() || PublishedFolder.footerChecksum(file) != e.checksum())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A folder for an index started afresh: the first {@code files-N} that does not exist, or that no manifest names
     * and holds no file of these names with other contents (what a publisher killed while writing it left: reused).
     */
    private static String freshFilesFolder(PublishedFolder folder, List<Manifest.Entry> entries) throws IOException {
        Set<String> named = namedFolders(folder);
        for (int n = 1; ; n++) {
            String name = PublishedFolder.FILES + n;
            if (!Files.exists(folder.files(name))
                    || !named.contains(name) && Files.isDirectory(folder.files(name)) && !clashes(folder.files(name), entries)) {
                return name;
            }
        }
    }

    /** The {@code files-N} folders the current manifest and those in {@code history/} name. */
    private static Set<String> namedFolders(PublishedFolder folder) throws IOException {
        Set<String> named = new HashSet<>();
        Manifest current = readQuietly(folder.manifest());
        if (current != null) {
            named.add(current.filesFolder());
        }
        try (Stream<Path> files = Files.list(folder.history())) {
            for (Path p : files.filter(p -> PublishTarget.isHistoryFile(p.getFileName().toString())).toList()) {
                Manifest m = p.getFileName().toString().endsWith(PublishedFolder.PARTIAL) ? null : readQuietly(p);
                if (m != null) {
                    named.add(m.filesFolder());
                }
            }
        }
        return named;
    }

    /** Keeps the record to the generations still on the share. */
    private static void forgetDeleted(PublisherRecord record, PublishedFolder folder) {
        List<Path> manifests = new ArrayList<>(List.of(folder.manifest()));
        try (Stream<Path> files = Files.list(folder.history())) {
            files.filter(p -> PublishTarget.isHistoryFile(p.getFileName().toString())).forEach(manifests::add);
            record.keepOnly(manifests);
        } catch (IOException e) {
            LOG.warn("Could not update the record of the generations published from here", e);
        }
    }

    private static long newestHistory(PublishedFolder folder) throws IOException {
        long newest = 0;
        try (Stream<Path> files = Files.list(folder.history())) {
            for (Path p : files.toList()) {
                Manifest m = readQuietly(p);
                if (m != null) {
                    newest = Math.max(newest, m.generation());
                }
            }
        }
        return newest;
    }

    static Manifest readQuietly(Path file) {
        try {
            return Manifest.read(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Ignoring {}: {}", file, e.getMessage());
            return null;
        }
    }

    /**
     * Creates the published folder with the share's own permissions where the file system has them: the
     * published index holds the text of every file, so it must be readable by exactly the share's readers.
     */
    private static void createLike(Path target, Path share) throws IOException {
        if (Files.isDirectory(target)) {
            return;
        }
        Files.createDirectories(target);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(share));
            } catch (IOException | UnsupportedOperationException e) {
                LOG.warn("Could not give {} the permissions of {}; check who may read it", target, share, e);
            }
        }
    }
}
