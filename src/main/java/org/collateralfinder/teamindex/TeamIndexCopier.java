package org.collateralfinder.teamindex;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.collateralfinder.index.CopiedIndex;
import org.collateralfinder.index.CopiedIndexes;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.collateralfinder.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a laptop's copies of its sources' team indexes up to date, before an indexing run walks them:
 * for each reachable source with a published team index newer than its copy, copies the files the copy
 * lacks (only files of the published folder: not a byte of the documents), checks each against the
 * manifest and its Lucene checksum, and then has the index search the new commit instead of the old one.
 * Only the local copy is ever opened, never the index on the share.
 *
 * <p>Whatever goes wrong (the share unreachable, a manifest or file failing its checksum, a snapshot this
 * version cannot read, files replaced while they were copied) the copy in use stays in use and the
 * sentence saying so is among the {@link Result#notes()}; without any copy, the run reads the files.
 */
public final class TeamIndexCopier {

    private static final Logger LOG = LoggerFactory.getLogger(TeamIndexCopier.class);
    private static final int ATTEMPTS = 3;
    private static final String COPYING = ".copying";

    /**
     * @param copiedFiles files copied from shares
     * @param copiedBytes their bytes
     * @param notes       a sentence for each source whose team index could not be used as published
     * @param edited      the files a new generation holds with other content than the one searched before (edited in
     *                    place on the share), at their paths on this computer: feedback given before follows them
     */
    public record Result(int copiedFiles, long copiedBytes, List<String> notes, List<EditedFile> edited) {

        public Result {
            notes = List.copyOf(notes);
            edited = List.copyOf(edited);
        }

        public Result(int copiedFiles, long copiedBytes, List<String> notes) {
            this(copiedFiles, copiedBytes, notes, List.of());
        }

        /** Adds what was copied to the report the indexing run that followed wrote in {@code reportDir}, for {@code status}. */
        public void record(Path reportDir, double seconds) {
            try {
                IndexReport.read(reportDir).withCopied(new IndexReport.TeamIndexCopies(copiedFiles, copiedBytes, notes,
                                seconds))
                        .write(reportDir);
            } catch (IOException e) {
                LOG.warn("Could not add what was copied to the report in {}", reportDir, e);
            }
        }
    }

    /** Told of each file copied from a share, after it is in place (tests publish meanwhile). */
    interface FileCopied {
        void copied(Manifest manifest, String name) throws IOException;
    }

    private final Reachability reachability;
    private final FileCopied fileCopied;

    public TeamIndexCopier(Reachability reachability) {
        this(reachability, (manifest, name) -> { });
    }

    TeamIndexCopier(Reachability reachability, FileCopied fileCopied) {
        this.reachability = reachability;
        this.fileCopied = fileCopied;
    }

    /** Updates the copies of {@code sources}' team indexes; copies of sources no longer registered are dropped. */
    public Result update(List<SourceFolder> sources, IndexService index, Cancellation cancellation) {
        CopiedIndexes copies = index.copies();
        Set<String> registered = new HashSet<>();
        sources.forEach(s -> registered.add(s.path()));
        for (CopiedIndex copy : copies.list()) {
            if (!registered.contains(copy.source())) {
                LOG.info("{} is no longer a source; dropping its team index copy", copy.source());
                copies.remove(copy.source());
            }
        }
        int files = 0;
        long bytes = 0;
        List<String> notes = new ArrayList<>();
        List<EditedFile> edited = new ArrayList<>();
        for (SourceFolder source : sources) {
            if (cancellation.isCancelled()) {
                break;
            }
            Reachability.MountCheck check = reachability.firstReachable(source.mountPoints());
            if (check == null || !check.available()) {
                continue; // its copy (if any) stays searchable
            }
            String repaired = null;
            if (copies.failedToOpen(source.path())) {
                repaired = "The team index copy of " + source.path() + " on this computer could not be opened (a file "
                        + "of it is missing or damaged); it is copied again.";
            } else if (!copies.verify(source.path())) {
                repaired = "The team index copy of " + source.path() + " on this computer was damaged (a file of it "
                        + "fails its checksum); it is copied again.";
            }
            if (repaired != null) {
                LOG.warn(repaired);
                notes.add(repaired);
            }
            Copied c = updateOne(source, check.mount(), index, cancellation);
            files += c.files();
            bytes += c.bytes();
            edited.addAll(c.edited());
            if (c.note() != null) {
                LOG.warn(c.note());
                notes.add(c.note());
            }
        }
        return new Result(files, bytes, notes, edited);
    }

    private record Copied(int files, long bytes, String note, List<EditedFile> edited) {
        Copied(int files, long bytes, String note) {
            this(files, bytes, note, List.of());
        }
    }

    private Copied updateOne(SourceFolder source, Path mount, IndexService index, Cancellation cancellation) {
        PublishedFolder published = PublishedFolder.in(mount);
        Optional<CopiedIndex> current = index.copies().get(source.path());
        String keeps = current.map(c -> " Generation " + c.generation() + " of its team index stays in use.")
                .orElse(" Its files are read from the share instead.");
        long[] copied = {0, 0}; // files and bytes written to this computer, also by an attempt that then failed
        long firstGeneration = -1;
        for (int attempt = 1; ; attempt++) {
            Manifest manifest;
            try {
                manifest = Manifest.read(published.manifest());
            } catch (NoSuchFileException e) {
                if (current.isPresent()) {
                    // an empty or half-mounted share looks just like one that stopped publishing: the copy
                    // stays, and the walk compares the share with it (an empty one, or one that lost most of
                    // its files at once, keeps them; files changed since are read from the share)
                    return new Copied(0, 0, "The team index on " + source.path() + " was not found (" + published.manifest()
                            + " is missing; the share may be only partly mounted)." + keeps + " Files changed since "
                            + "are read from the share; to stop using the copy, remove the source and add it again.");
                }
                return new Copied(0, 0, null);
            } catch (Manifest.DamagedException e) {
                return new Copied(0, 0, "The team index on " + source.path() + " cannot be used: its manifest "
                        + e.getMessage() + "." + keeps);
            } catch (IOException e) {
                return new Copied(0, 0, "The team index on " + source.path() + " could not be read: " + reason(e)
                        + "." + keeps);
            }
            if (attempt == 1) {
                firstGeneration = manifest.generation();
            }
            String incompatible = manifest.incompatibility();
            if (incompatible != null) {
                return new Copied(0, 0, "The team index on " + source.path() + " cannot be used: " + incompatible + "."
                        + keeps);
            }
            if (current.isPresent() && current.get().generation() == manifest.generation()
                    && current.get().segmentsFile().equals(manifest.segmentsFile())
                    && current.get().folder().equals(manifest.filesFolder())) {
                // up to date; what an older generation left (files held open when it was replaced, on Windows) goes
                CopyFolderCleanUp.deleteUnneeded(index.copies().folderFor(source.path()), current.get());
                return new Copied(0, 0, null);
            }
            try {
                Path local = index.copies().folderFor(source.path()).resolve(manifest.filesFolder());
                copyFiles(published, manifest, local, cancellation, fileCopied, copied);
                if (cancellation.isCancelled()) {
                    return copied(copied, null);
                }
                Map<String, String> before = index.copies().contentsOf(source.path());
                CopiedIndex copy = new CopiedIndex(source.path(), mount.toString(), manifest.root(),
                        manifest.separator(), manifest.filesFolder(), manifest.segmentsFile(), manifest.generation(),
                        manifest.publishedAt(), Instant.now().toString(), manifest.documents());
                attach(index, copy);
                LOG.info("{}: now searching generation {} of its team index ({} files, {} bytes copied)", source.path(),
                        manifest.generation(), copied[0], copied[1]);
                // the generation before goes at once: the share no longer publishes what only it held
                CopyFolderCleanUp.deleteUnneeded(index.copies().folderFor(source.path()), copy);
                return new Copied((int) copied[0], copied[1], null, edits(before, index.copies().contentsOf(source.path())));
            } catch (NoSuchFileException e) {
                // the publisher replaced that generation meanwhile: start over from its newest manifest
                LOG.info("{}: a file of generation {} went away while it was copied ({}); attempt {} of {}",
                        source.path(), manifest.generation(), e.getMessage(), attempt, ATTEMPTS);
                if (attempt == ATTEMPTS) {
                    String missing = e.getFile() == null ? "?" : Path.of(e.getFile()).getFileName().toString();
                    return copied(copied, firstGeneration == manifest.generation()
                            ? "The team index on " + source.path() + " cannot be used: its file " + missing
                                    + " of generation " + manifest.generation() + " is missing on the share; the next "
                                    + "run tries again." + keeps
                            : "The team index on " + source.path() + " was replaced while it was being copied; the next "
                                    + "run copies it." + keeps);
                }
            } catch (CorruptIndexException e) {
                LOG.error("{}: the team index failed its checks", source.path(), e);
                return copied(copied, "The team index on " + source.path() + " cannot be used: " + e.getOriginalMessage()
                        + "." + keeps);
            } catch (IOException | RuntimeException e) {
                LOG.error("{}: copying the team index failed", source.path(), e);
                return copied(copied, "The team index on " + source.path() + " could not be copied: "
                        + reason(e) + "." + keeps);
            }
        }
    }

    /**
     * The files at the same path in both generations with other content: edited in place on the share. The laptop
     * never reads either content, so this is how it knows, as a crawl knows by reading the file again; the paths are
     * this computer's, so feedback given at another mount point of the share follows the edit too.
     */
    private static List<EditedFile> edits(Map<String, String> before, Map<String, String> after) {
        List<EditedFile> edits = new ArrayList<>();
        after.forEach((path, hash) -> {
            String previous = before.get(path);
            if (previous != null && !previous.equals(hash)) {
                edits.add(new EditedFile(path, previous, hash));
            }
        });
        edits.sort(Comparator.comparing(EditedFile::path));
        return edits;
    }

    private static Copied copied(long[] copied, String note) {
        return new Copied((int) copied[0], copied[1], note);
    }

    /**
     * Swaps to the copied generation; an index that does not hold what its (checksummed) manifest says it
     * publishes is refused with what differs.
     */
    private static void attach(IndexService index, CopiedIndex copy) throws IOException {
        try {
            index.attach(copy);
        } catch (CorruptIndexException e) {
            throw new CorruptIndexException("its manifest does not match the index it publishes (" + e.getOriginalMessage()
                    + ")", e.getResourceDescription(), e);
        }
    }

    /**
     * Copies the manifest's files that {@code local} lacks (the segments file last), each to a temporary
     * name, checked (size, Lucene checksum of the whole file, the manifest's checksum), forced to disk and
     * renamed. A file already there is kept when it has the manifest's size and its whole content matches
     * the checksum.
     *
     * <p>A failure says what failed as the end of a sentence ("its file _0.tim fails its checksum …").
     *
     * @param copied files and bytes copied, added to as each file is in place (they stay for the next run
     *               also when a later file fails)
     */
    private static void copyFiles(PublishedFolder published, Manifest manifest, Path local, Cancellation cancellation,
                                  FileCopied fileCopied, long[] copied) throws IOException {
        if (Files.isSymbolicLink(local)) {
            // not made by this app: only the link goes (what it points at is never written or deleted)
            LOG.warn("{} is a symbolic link; replacing it by a folder of the copy's own", local);
            Files.delete(local);
        }
        Files.createDirectories(local);
        Path from = published.files(manifest.filesFolder());
        try (Directory dir = FSDirectory.open(local)) {
            for (Manifest.Entry e : manifest.files()) {
                if (cancellation.isCancelled()) {
                    break;
                }
                if (present(dir, local, e)) {
                    continue;
                }
                String partial = e.name() + COPYING;
                String other = PublishedFolder.notARegularFile(inside(from, e.name())); // a FIFO would block for ever
                if (other != null) {
                    throw new CorruptIndexException("its file " + e.name() + " is not a file but " + other
                            + " on the share", e.name());
                }
                Files.copy(inside(from, e.name()), inside(local, partial), StandardCopyOption.REPLACE_EXISTING);
                long length;
                long checksum;
                try (IndexInput in = dir.openInput(partial, IOContext.READONCE)) {
                    length = in.length();
                    checksum = length == e.size() ? footerChecksum(in) : -1;
                }
                if (length != e.size()) {
                    throw new CorruptIndexException("its file " + e.name() + " has " + length + " bytes, not the "
                            + e.size() + " its manifest gives", e.name());
                }
                if (checksum != e.checksum()) {
                    throw new CorruptIndexException("its file " + e.name() + " fails its checksum (damaged on the share, "
                            + "or changed after it was published)", e.name());
                }
                dir.sync(List.of(partial));
                Files.move(inside(local, partial), inside(local, e.name()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                copied[0]++;
                copied[1] += e.size();
                fileCopied.copied(manifest, e.name());
            }
            dir.syncMetaData();
            if (!cancellation.isCancelled()) {
                checkCommit(dir, manifest);
            }
        }
    }

    /** The checksum in a Lucene file's footer, checked against its whole content; -1 when they differ. */
    private static long footerChecksum(IndexInput in) throws IOException {
        try {
            return CodecUtil.checksumEntireFile(in);
        } catch (CorruptIndexException damaged) {
            return -1; // Lucene's checksums are unsigned 32-bit values
        }
    }

    /** {@code name} in {@code folder}, refused unless it stays inside it (the manifest's names are checked too). */
    private static Path inside(Path folder, String name) throws CorruptIndexException {
        Path base = folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(name).normalize();
        if (!Manifest.isLuceneFileName(name.endsWith(COPYING) ? name.substring(0, name.length() - COPYING.length()) : name)
                || !resolved.startsWith(base) || !resolved.getParent().equals(base)) {
            throw new CorruptIndexException("its manifest names a file outside its folder (" + name + ")", name);
        }
        return resolved;
    }

    /**
     * Lucene's own check of the copied commit: its segments file reads (each segment's id matching its
     * {@code .si}) and needs exactly the files the manifest lists.
     */
    private static void checkCommit(Directory dir, Manifest manifest) throws IOException {
        Set<String> needed = new HashSet<>(SegmentInfos.readCommit(dir, manifest.segmentsFile()).files(true));
        Set<String> listed = new HashSet<>();
        manifest.files().forEach(e -> listed.add(e.name()));
        if (!needed.equals(listed)) {
            throw new CorruptIndexException("its manifest does not match the commit it names (the commit needs "
                    + needed.size() + " files, the manifest lists " + listed.size() + ")", manifest.segmentsFile());
        }
    }

    private static boolean present(Directory dir, Path local, Manifest.Entry e) {
        if (!Files.exists(local.resolve(e.name()))) {
            return false;
        }
        try (IndexInput in = dir.openInput(e.name(), IOContext.READONCE)) {
            // read whole: a file damaged on this disk since it was copied is copied again
            return in.length() == e.size() && CodecUtil.checksumEntireFile(in) == e.checksum();
        } catch (IOException ex) {
            return false;
        }
    }

    /**
     * Why a file could not be read, as a person says it ("permission denied: …/manifest.json"), not an exception's bare
     * path (re-test 11 saw "could not be read: /share/.collateral-index/manifest.json").
     */
    static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return CollateralException.why(fs) + ": " + fs.getFile();
        }
        return String.valueOf(e.getMessage());
    }
}
