package org.collateralfinder.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.collateralfinder.extract.ArchiveLister;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.extract.ExtractionRequest;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.FolderScanner;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.ScanResult;
import org.collateralfinder.sources.ScannedFile;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.task.ProgressMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incremental indexing run over all sources: walks them, extracts new and changed files in
 * parallel, removes files deleted from reachable sources, keeps everything of a source that is
 * unreachable or suddenly empty, and commits periodically so a kill loses little and a re-run resumes.
 */
public final class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
    private static final String MEMBER_SEPARATOR = "!/";

    /** A deletion of at least this many files, and more than this share of a source, needs confirming. */
    static final int MASS_DELETION_MIN_FILES = 20;
    static final double MASS_DELETION_SHARE = 0.5;

    /**
     * How a run behaves.
     *
     * @param commitInterval     how often work in progress is committed
     * @param confirmDeletions   remove files even when most of a source disappeared at once
     * @param fileSystem         how folders are listed (tests add latency or failures)
     * @param reachability       how a source's reachability is checked, with a time limit
     * @param concurrentListings folder listings in flight at once (network latency dominates on shares)
     * @param largeFileBytes     on a slow share, files above this size are read last
     * @param progressInterval   least time between two progress reports
     */
    public record Options(Duration commitInterval, boolean confirmDeletions, FileSystemAccess fileSystem,
                          Reachability reachability, int concurrentListings, long largeFileBytes,
                          Duration progressInterval) {

        public static Options defaults() {
            return new Options(Duration.ofSeconds(15), false, FileSystemAccess.LOCAL, new Reachability(), 8,
                    20L * 1024 * 1024, Duration.ofMillis(250));
        }

        public Options withCommitInterval(Duration value) {
            return new Options(value, confirmDeletions, fileSystem, reachability, concurrentListings, largeFileBytes,
                    progressInterval);
        }

        public Options withConfirmDeletions(boolean value) {
            return new Options(commitInterval, value, fileSystem, reachability, concurrentListings, largeFileBytes,
                    progressInterval);
        }

        public Options withFileSystem(FileSystemAccess fs, Reachability check) {
            return new Options(commitInterval, confirmDeletions, fs, check, concurrentListings, largeFileBytes,
                    progressInterval);
        }

        public Options withProgressInterval(Duration value) {
            return new Options(commitInterval, confirmDeletions, fileSystem, reachability, concurrentListings,
                    largeFileBytes, value);
        }
    }

    private final IndexService index;
    private final IsolatedExtractor extractor;
    private final Options options;
    private final Path reportDir;

    public Indexer(IndexService index, IsolatedExtractor extractor, Duration commitInterval, Path reportDir) {
        this(index, extractor, Options.defaults().withCommitInterval(commitInterval), reportDir);
    }

    public Indexer(IndexService index, IsolatedExtractor extractor, Options options, Path reportDir) {
        this.index = index;
        this.extractor = extractor;
        this.options = options;
        this.reportDir = reportDir;
    }

    public IndexRunStats run(List<SourceFolder> sources, ProgressListener listener, Cancellation cancellation) {
        long start = System.nanoTime();
        try {
            return doRun(sources, listener, cancellation, start);
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            throw writeFailure(e);
        }
    }

    /** The sentence for an index that could not be written (disk full, read-only, gone). */
    static CollateralException writeFailure(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage()) + " " + e.getMessage();
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("disk full")) {
            return new CollateralException("Indexing stopped: the disk holding the data folder is full. The index keeps "
                    + "what was last saved; free some space and index again.", e);
        }
        if (m.contains("Read-only file system") || e instanceof java.nio.file.AccessDeniedException
                || root instanceof java.nio.file.AccessDeniedException) {
            return new CollateralException("Indexing stopped: the data folder cannot be written to (read-only or no "
                    + "permission). The index keeps what was last saved.", e);
        }
        return new CollateralException("Indexing stopped because the index could not be written: "
                + String.valueOf(root.getMessage()).strip() + ". The index keeps what was last saved.", e);
    }

    private record Walked(SourceFolder source, ScanResult scan, boolean degraded) {
    }

    private IndexRunStats doRun(List<SourceFolder> sources, ProgressListener listener, Cancellation cancellation,
                                long start) throws IOException {
        IndexReport previous = reportDir == null ? IndexReport.empty() : IndexReport.read(reportDir);
        Map<String, FileState> known = index.loadState();
        List<Walked> walked = new ArrayList<>();
        List<IndexReport.SourceReport> sourceReports = new ArrayList<>();
        List<SkippedPath> skipped = new ArrayList<>();
        Set<String> keptSources = new HashSet<>();
        Map<String, Integer> knownPerSource = countPerSource(known);
        // while a rebuild fills a new index, the old one is what searches find: a source must keep those files
        Map<String, Integer> searchedPerSource = index.isRebuilding() ? index.searchedDocumentsPerSource() : knownPerSource;
        for (SourceFolder source : sources) {
            Reachability.Check check = null;
            Path mount = null;
            for (Path candidate : source.mountPoints()) {
                Reachability.Check c = options.reachability().check(candidate);
                if (check == null || c.state().available()) {
                    check = c;
                }
                if (c.state().available()) {
                    mount = candidate;
                    break;
                }
            }
            int before = knownPerSource.getOrDefault(source.path(), 0);
            int searched = Math.max(before, searchedPerSource.getOrDefault(source.path(), 0));
            String note = null;
            if (mount == null) {
                keptSources.add(source.path());
                note = "The folder could not be reached; its " + searched + " indexed files are kept.";
                LOG.warn("{} is unreachable: {}", source.path(), check.reason());
                sourceReports.add(new IndexReport.SourceReport(source.path(), false, check.state().id(),
                        previous.mountedAt(source.path()), note));
                continue;
            }
            String previousMount = previous.mountedAt(source.path());
            if (previousMount != null && !previousMount.equals(mount.toString()) && before > 0) {
                int moved = index.remap(source.path(), previousMount, mount.toString());
                note = "Found at " + mount + " (was " + previousMount + "); its " + moved
                        + " documents moved there without being read again.";
                LOG.info("{}: {}", source.path(), note);
                known = index.loadState();
            }
            ScanResult scan = new FolderScanner(source.excludeRules(), options.fileSystem(), options.concurrentListings())
                    .scan(mount, cancellation);
            if (!scan.reachable()) {
                keptSources.add(source.path());
                note = "The folder could not be reached; its " + searched + " indexed files are kept.";
            } else if (scan.files().isEmpty() && searched > 0) {
                keptSources.add(source.path());
                note = "The folder looks empty; its " + searched + " indexed files are kept until it is seen with files again.";
            } else {
                walked.add(new Walked(source, scan, check.state() == Reachability.State.DEGRADED));
            }
            if (note != null) {
                LOG.warn("{}: {}", source.path(), note);
            }
            sourceReports.add(new IndexReport.SourceReport(source.path(), scan.reachable(), check.state().id(),
                    mount.toString(), note));
            skipped.addAll(scan.skipped());
        }

        Set<String> registered = new HashSet<>();
        sources.forEach(s -> registered.add(s.path()));
        List<WorkItem> work = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> unchangedArchives = new HashSet<>();
        int unchanged = 0;
        for (Walked w : walked) {
            String sourcePath = w.source().path();
            for (ScannedFile file : w.scan().files()) {
                String id = file.path().toString();
                seen.add(id);
                FileState state = known.get(id);
                if (state != null && state.size() == file.size() && state.modifiedMillis() == file.modifiedMillis()
                        && sourcePath.equals(state.source())) {
                    unchanged++;
                    if (ArchiveLister.handles(FileKind.extensionOf(id))) {
                        unchangedArchives.add(id);
                    }
                } else {
                    work.add(new WorkItem(file, sourcePath, state != null, w.degraded()));
                }
            }
        }
        // On a slow share, large files are read last so the rest is searchable sooner.
        work.sort(java.util.Comparator.comparing(item -> item.slow() && item.file().size() > options.largeFileBytes()));

        Map<String, List<Term>> deletionsPerSource = new HashMap<>();
        for (Map.Entry<String, FileState> entry : known.entrySet()) {
            String id = entry.getKey();
            String source = entry.getValue().source();
            if (seen.contains(id) || keptSources.contains(source) && registered.contains(source)) {
                continue;
            }
            int member = id.indexOf(MEMBER_SEPARATOR);
            if (member > 0) {
                String archive = id.substring(0, member);
                if (unchangedArchives.contains(archive)) {
                    unchanged++;
                    continue;
                }
                if (seen.contains(archive)) {
                    continue; // the changed archive's members are replaced when it is re-read
                }
            }
            deletionsPerSource.computeIfAbsent(source, s -> new ArrayList<>()).add(new Term(Schema.ID, id));
        }
        List<Term> deletions = new ArrayList<>();
        for (Map.Entry<String, List<Term>> perSource : deletionsPerSource.entrySet()) {
            int gone = perSource.getValue().size();
            int had = knownPerSource.getOrDefault(perSource.getKey(), 0);
            boolean massDeletion = registered.contains(perSource.getKey()) && gone >= MASS_DELETION_MIN_FILES
                    && gone > had * MASS_DELETION_SHARE;
            if (massDeletion && !options.confirmDeletions()) {
                String note = gone + " of its " + had + " files disappeared at once; they are kept until the deletion "
                        + "is confirmed (index --confirm-deletions, or Confirm in the app).";
                LOG.warn("{}: {}", perSource.getKey(), note);
                replaceNote(sourceReports, perSource.getKey(), note);
                continue;
            }
            deletions.addAll(perSource.getValue());
        }
        for (int i = 0; i < deletions.size(); i += 1000) {
            index.writer().deleteDocuments(deletions.subList(i, Math.min(deletions.size(), i + 1000)).toArray(new Term[0]));
        }

        Counters counters = process(work, listener, cancellation);
        index.commit();
        String rebuildWaits = index.isRebuilding() ? finishRebuild(cancellation.isCancelled(), keptSources) : null;
        int documents = index.writer().getDocStats().numDocs;
        IndexRunStats stats = new IndexRunStats(documents, counters.added.get(), counters.updated.get(),
                deletions.size(), unchanged, counters.failed.get(), (System.nanoTime() - start) / 1e9);
        if (reportDir != null) {
            new IndexReport(sourceReports, skipped, stats, Instant.now().toString(), rebuildWaits).write(reportDir);
        }
        if (cancellation.isCancelled()) {
            LOG.info("Indexing cancelled after {} of {} files; the rest is indexed on the next run",
                    counters.added.get() + counters.updated.get(), work.size());
        }
        return stats;
    }

    private record WorkItem(ScannedFile file, String source, boolean update, boolean slow) {
    }

    /**
     * Puts the rebuilt index in place of the old one when this run read every source to the end: a
     * source that could not be reached (or looked empty) would lose its files in the swap.
     *
     * @return null once searches use the rebuilt index, else what the rebuild still waits for
     */
    private String finishRebuild(boolean cancelled, Set<String> keptSources) throws IOException {
        String waits;
        if (cancelled) {
            waits = "it was stopped before the end";
        } else if (!keptSources.isEmpty()) {
            waits = String.join(", ", new java.util.TreeSet<>(keptSources)) + (keptSources.size() == 1
                    ? " was unreachable or looked empty, and its files would have been lost"
                    : " were unreachable or looked empty, and their files would have been lost");
        } else if (index.completeRebuild()) {
            return null;
        } else {
            waits = "the old index could not be replaced yet (see the log)";
        }
        LOG.warn("The index is being rebuilt for this version and the old one still answers searches: {}", waits);
        return waits;
    }

    private static Map<String, Integer> countPerSource(Map<String, FileState> known) {
        Map<String, Integer> counts = new HashMap<>();
        for (FileState s : known.values()) {
            counts.merge(s.source(), 1, Integer::sum);
        }
        return counts;
    }

    private static void replaceNote(List<IndexReport.SourceReport> reports, String source, String note) {
        for (int i = 0; i < reports.size(); i++) {
            IndexReport.SourceReport r = reports.get(i);
            if (r.path().equals(source)) {
                reports.set(i, new IndexReport.SourceReport(r.path(), r.reachable(), r.state(), r.mountedAt(), note));
            }
        }
    }

    private static final class Counters {
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
    }

    private Counters process(List<WorkItem> work, ProgressListener listener, Cancellation cancellation)
            throws IOException {
        Counters counters = new Counters();
        ProgressMeter meter = new ProgressMeter(listener, options.progressInterval().toMillis());
        meter.setTotal(work.size());
        if (work.isEmpty()) {
            meter.finish("");
            return counters;
        }
        int threads = Math.max(2, extractor.limits().workers());
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("indexer-", 0).daemon().factory());
        Semaphore inFlight = new Semaphore(threads * 2);
        java.util.concurrent.atomic.AtomicReference<Exception> writeError = new java.util.concurrent.atomic.AtomicReference<>();
        Cancellation stop = new Cancellation();
        long lastCommit = System.nanoTime();
        try {
            for (WorkItem item : work) {
                if (cancellation.isCancelled() || stop.isCancelled()) {
                    break;
                }
                inFlight.acquireUninterruptibly();
                if (System.nanoTime() - lastCommit > options.commitInterval().toNanos()) {
                    index.commit();
                    lastCommit = System.nanoTime();
                }
                pool.execute(() -> {
                    try {
                        indexOne(item, counters);
                    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
                        // the index itself cannot be written (disk full...): stop the run, keep the last commit
                        writeError.compareAndSet(null, e);
                        stop.cancel();
                    } catch (RuntimeException e) {
                        LOG.error("Could not index {}", item.file().path(), e);
                        counters.failed.incrementAndGet();
                    } finally {
                        inFlight.release();
                        meter.advance(item.file().path().toString());
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    if (System.nanoTime() - lastCommit > options.commitInterval().toNanos()) {
                        index.commit();
                        lastCommit = System.nanoTime();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            meter.finish("");
        }
        if (writeError.get() != null) {
            throw writeFailure(writeError.get());
        }
        return counters;
    }

    /** Indexes one file and an archive's members, counting each as added or updated, and failed. */
    private void indexOne(WorkItem item, Counters counters) throws IOException {
        ScannedFile file = item.file();
        Path path = file.path();
        String id = path.toString();
        String name = path.getFileName().toString();
        String ext = FileKind.extensionOf(name);
        String folder = path.getParent() == null ? "" : path.getParent().toString();
        Extraction extraction;
        String hash = null;
        List<ArchiveLister.Member> members = List.of();
        if (file.special()) {
            extraction = Extraction.failed(FailureReason.UNREADABLE, "This is a special file (a pipe, device or socket); it is not opened.");
        } else if (file.size() > extractor.limits().maxFileBytes()) {
            extraction = Extraction.failed(FailureReason.TOO_LARGE, "The file is " + file.size() / (1024 * 1024)
                    + " MB, over the " + extractor.limits().maxFileBytes() / (1024 * 1024) + " MB extraction limit.");
        } else {
            try {
                if (IsolatedExtractor.readsInProcess(ext, file.size())) {
                    byte[] bytes = Files.readAllBytes(path);
                    hash = ContentHasher.hash(bytes);
                    extraction = extractor.extract(ExtractionRequest.of(path), bytes, ext);
                } else {
                    hash = ContentHasher.hash(path);
                    if (ArchiveLister.handles(ext)) {
                        try {
                            members = ArchiveLister.list(path, extractor.limits().maxFileBytes());
                            extraction = Extraction.ok(String.join("\n", members.stream().map(ArchiveLister.Member::name).toList()),
                                    null, null, members.size(), "application/zip");
                        } catch (IOException e) {
                            extraction = Extraction.failed(FailureReason.CORRUPT, "The archive could not be opened: " + e.getMessage() + ".");
                        }
                    } else {
                        extraction = extractor.extract(ExtractionRequest.of(path));
                    }
                }
            } catch (NoSuchFileException e) {
                return; // deleted while we were indexing; the next run removes it
            } catch (IOException e) {
                extraction = Extraction.failed(FailureReason.UNREADABLE, "The file could not be read: " + e.getMessage() + ".");
            }
        }
        IndexedFile indexed = toIndexedFile(id, item.source(), name, folder, ext, file.size(), file.modifiedMillis(), hash, extraction);
        index.writer().updateDocument(new Term(Schema.ID, id), Schema.toDocument(indexed));
        if (item.update()) {
            index.writer().deleteDocuments(new PrefixQuery(new Term(Schema.ID, id + MEMBER_SEPARATOR)));
        }
        count(counters, item.update(), extraction);
        if (!members.isEmpty()) {
            indexMembers(path, item.source(), file.modifiedMillis(), members, item.update(), counters);
        }
    }

    private static void count(Counters counters, boolean update, Extraction extraction) {
        (update ? counters.updated : counters.added).incrementAndGet();
        if (!extraction.succeeded()) {
            counters.failed.incrementAndGet();
        }
    }

    private void indexMembers(Path archive, String source, long archiveModified, List<ArchiveLister.Member> members,
                              boolean update, Counters counters) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ArchiveLister.Member member : members) {
                String id = archive + MEMBER_SEPARATOR + member.name();
                String leaf = member.name().substring(member.name().lastIndexOf('/') + 1);
                String ext = FileKind.extensionOf(leaf);
                String hash = null;
                Extraction extraction;
                if (member.refusal() != null) {
                    extraction = Extraction.failed(FailureReason.TOO_LARGE, member.refusal());
                } else {
                    ZipEntry entry = zip.getEntry(member.name());
                    byte[] bytes = null;
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (IsolatedExtractor.readsInProcess(ext, member.size())) {
                            bytes = in.readNBytes((int) IsolatedExtractor.IN_PROCESS_MAX_BYTES);
                            hash = ContentHasher.hash(bytes);
                        } else {
                            hash = ContentHasher.hash(in, extractor.limits().maxFileBytes());
                        }
                        extraction = extractor.extract(new ExtractionRequest(archive, member.name()), bytes, ext);
                    } catch (IOException e) {
                        extraction = Extraction.failed(FailureReason.CORRUPT, "The archive member could not be read: " + e.getMessage() + ".");
                    }
                }
                long modified = member.modifiedMillis() > 0 ? member.modifiedMillis() : archiveModified;
                String folder = archive + MEMBER_SEPARATOR + (member.name().contains("/")
                        ? member.name().substring(0, member.name().lastIndexOf('/')) : "");
                IndexedFile indexed = toIndexedFile(id, source, leaf, folder, ext, member.size(), modified, hash, extraction);
                index.writer().updateDocument(new Term(Schema.ID, id), Schema.toDocument(indexed));
                count(counters, update, extraction);
            }
        }
    }

    private static IndexedFile toIndexedFile(String id, String source, String name, String folder, String ext, long size,
                                             long modified, String hash, Extraction e) {
        return new IndexedFile(id, source, name, folder, ext, FileKind.ofExtension(ext), size, modified, hash,
                TitleCleaner.clean(e.title()), e.author(), e.pages(), e.contentType(), e.text(), e.failure(), e.detail());
    }
}
