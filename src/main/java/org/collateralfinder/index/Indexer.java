package org.collateralfinder.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PathChanges;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incremental indexing run over all sources: walks them, extracts new and changed files in
 * parallel, removes files deleted from reachable sources, keeps everything of a source that is
 * unreachable or suddenly empty, and commits periodically so a kill loses little and a re-run resumes.
 */
public final class Indexer {

    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

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
     * @param teamFolders        the team's feedback folders: never indexed, also when inside a source
     */
    public record Options(Duration commitInterval, boolean confirmDeletions, FileSystemAccess fileSystem,
                          Reachability reachability, int concurrentListings, long largeFileBytes,
                          Duration progressInterval, List<Path> teamFolders, boolean linksStayInside) {

        public Options {
            teamFolders = teamFolders == null ? List.of() : List.copyOf(teamFolders);
        }

        public Options(Duration commitInterval, boolean confirmDeletions, FileSystemAccess fileSystem,
                       Reachability reachability, int concurrentListings, long largeFileBytes, Duration progressInterval,
                       List<Path> teamFolders) {
            this(commitInterval, confirmDeletions, fileSystem, reachability, concurrentListings, largeFileBytes,
                    progressInterval, teamFolders, false);
        }

        public Options(Duration commitInterval, boolean confirmDeletions, FileSystemAccess fileSystem,
                       Reachability reachability, int concurrentListings, long largeFileBytes, Duration progressInterval) {
            this(commitInterval, confirmDeletions, fileSystem, reachability, concurrentListings, largeFileBytes,
                    progressInterval, List.of());
        }

        /**
         * Symbolic links leading out of a source are not followed (what {@code publish} indexes: a published index is
         * read by everyone who can read the share, so it holds only what is in the share, never a link's way out).
         */
        public Options withLinksStayingInside() {
            return new Options(commitInterval, confirmDeletions, fileSystem, reachability, concurrentListings,
                    largeFileBytes, progressInterval, teamFolders, true);
        }

        public static Options defaults() {
            return new Options(Duration.ofSeconds(15), false, FileSystemAccess.LOCAL, new Reachability(), 8,
                    20L * 1024 * 1024, Duration.ofMillis(250));
        }

        public Options withTeamFolders(List<Path> folders) {
            return new Options(commitInterval, confirmDeletions, fileSystem, reachability, concurrentListings,
                    largeFileBytes, progressInterval, folders, linksStayInside);
        }

        public Options withCommitInterval(Duration value) {
            return new Options(value, confirmDeletions, fileSystem, reachability, concurrentListings, largeFileBytes,
                    progressInterval, teamFolders, linksStayInside);
        }

        public Options withConfirmDeletions(boolean value) {
            return new Options(commitInterval, value, fileSystem, reachability, concurrentListings, largeFileBytes,
                    progressInterval, teamFolders, linksStayInside);
        }

        public Options withFileSystem(FileSystemAccess fs, Reachability check) {
            return new Options(commitInterval, confirmDeletions, fs, check, concurrentListings, largeFileBytes,
                    progressInterval, teamFolders, linksStayInside);
        }

        public Options withProgressInterval(Duration value) {
            return new Options(commitInterval, confirmDeletions, fileSystem, reachability, concurrentListings,
                    largeFileBytes, value, teamFolders, linksStayInside);
        }
    }

    private final IndexService index;
    private final IsolatedExtractor extractor;
    private final Options options;
    private final Path reportDir;
    private final EarlyListings listed;
    private volatile PathChanges changes = PathChanges.NONE;
    private volatile int removedThroughLinks;

    public Indexer(IndexService index, IsolatedExtractor extractor, Duration commitInterval, Path reportDir) {
        this(index, extractor, Options.defaults().withCommitInterval(commitInterval), reportDir);
    }

    public Indexer(IndexService index, IsolatedExtractor extractor, Options options, Path reportDir) {
        this(index, extractor, options, reportDir, EarlyListings.NONE);
    }

    /** @param listed the sources listed ahead of the run ({@link EarlyListings#start}, with the same options and folder) */
    public Indexer(IndexService index, IsolatedExtractor extractor, Options options, Path reportDir, EarlyListings listed) {
        this.index = index;
        this.extractor = extractor;
        this.options = options;
        this.reportDir = reportDir;
        this.listed = listed;
    }

    public IndexRunStats run(List<SourceFolder> sources, ProgressListener listener, Cancellation cancellation) {
        long start = System.nanoTime();
        try {
            return doRun(sources, listener, cancellation, start);
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailure(e);
        }
    }

    /**
     * The files the last {@link #run} found edited in place (same path, new content) and moved (same content,
     * new path), for feedback to follow them ({@code FeedbackRepository.recordChanges}).
     */
    public PathChanges pathChanges() {
        return changes;
    }

    /**
     * How many documents the last {@link #run} removed because they had been reached through a symbolic link out of a
     * source ({@link Options#linksStayInside}): a publisher expires the generations that held them at once.
     */
    public int removedThroughLinksOut() {
        return removedThroughLinks;
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
        if (m.contains("Read-only file system") || e instanceof AccessDeniedException
                || root instanceof AccessDeniedException) {
            return new CollateralException("Indexing stopped: the data folder cannot be written to (read-only or no "
                    + "permission). The index keeps what was last saved.", e);
        }
        return new CollateralException("Indexing stopped because the index could not be written: "
                + String.valueOf(root.getMessage()).strip() + ". The index keeps what was last saved.", e);
    }

    /**
     * Walks the sources ({@link SourceWalk}), plans the work ({@link RunPlan}), deletes what is gone
     * unless that needs confirming, reads the new and changed files ({@link ParallelExtraction}), commits,
     * finishes a rebuild if it may, and writes the report.
     */
    private IndexRunStats doRun(List<SourceFolder> sources, ProgressListener listener, Cancellation cancellation,
                                long start) throws IOException {
        IndexReport previous = reportDir == null ? IndexReport.empty() : IndexReport.read(reportDir);
        SourceWalk walk = SourceWalk.walk(index, options, sources, previous, neverWalked(options, reportDir), listed,
                cancellation);
        RunPlan plan = RunPlan.of(walk, options.largeFileBytes());
        walk.forgetFiles(); // what the run reads is in the plan; the walk's list of every file found is not needed again
        // a walk stopped part way has not seen all a source holds: nothing it did not get to is taken for gone
        List<Term> deletions = cancellation.isCancelled() ? List.of()
                : walk.confirmedDeletions(plan.deletionsPerSource(), options.confirmDeletions());
        // read while the index still holds them: feedback follows a deleted file's content to where it moved
        Map<String, String> deletedContents = walk.contentHashes(deletions.stream().map(Term::text).toList());
        removedThroughLinks = walk.removedThroughLinks();
        for (int i = 0; i < deletions.size(); i += 1000) {
            index.deleteFiles(deletions.subList(i, Math.min(deletions.size(), i + 1000)));
        }

        Set<String> leaving = new HashSet<>(plan.replacedContents());
        deletedContents.values().stream().filter(Objects::nonNull).forEach(leaving::add);
        RunCounts counts = new ParallelExtraction(index, extractor, options).run(plan.work(), leaving, listener,
                cancellation);
        index.commit();
        if (!cancellation.isCancelled()) {
            index.commitMerges();
        }
        changes = new PathChanges(counts.edited(), MovedFiles.pair(contentsLeft(deletedContents, counts.edited()),
                counts.appeared()));
        String rebuildWaits = index.isRebuilding() ? finishRebuild(cancellation.isCancelled(), walk.keptSources()) : null;
        int documents = index.documentCount();
        // as many as status lists: read by this run or unchanged since an earlier one could not read them
        int failed = index.documentCount(Schema.failedDocuments()) + counts.notIndexed();
        IndexRunStats stats = new IndexRunStats(documents, counts.added(), counts.updated(),
                deletions.size(), plan.unchanged(), failed, (System.nanoTime() - start) / 1e9);
        if (reportDir != null) {
            new IndexReport(walk.reports(), walk.skipped(), stats, Instant.now().toString(), rebuildWaits,
                    cancellation.isCancelled()).write(reportDir);
        }
        if (cancellation.isCancelled()) {
            LOG.info("Indexing cancelled after {} of {} files; the rest is indexed on the next run",
                    counts.added() + counts.updated(), plan.work().size());
        }
        return stats;
    }

    /**
     * The content that left each id this run: the content the index had for each deleted id (those read without
     * one left out), and the previous content of each file edited in place (another file may have been put at
     * its path while it was kept under a new name: {@link MovedFiles}).
     */
    private static Map<String, String> contentsLeft(Map<String, String> deletedContents, List<EditedFile> edited) {
        Map<String, String> contents = new HashMap<>(deletedContents);
        edited.forEach(edit -> contents.put(edit.path(), edit.previousHash()));
        return contents;
    }

    /** The app's own folders, never indexed even inside a source: the data folder, the team's feedback folders. */
    static Map<Path, String> neverWalked(Options options, Path reportDir) {
        Map<Path, String> folders = new LinkedHashMap<>();
        options.teamFolders().forEach(f -> folders.put(f.toAbsolutePath().normalize(),
                "the team's feedback folder, never indexed"));
        if (reportDir != null) {
            String why = "Collateral Finder's own data folder, never indexed";
            folders.put(reportDir.toAbsolutePath().normalize(), why);
            try {
                folders.put(reportDir.toRealPath(), why); // reached through a symbolic link in a source
            } catch (IOException e) {
                LOG.debug("The data folder {} has no real path yet", reportDir, e);
            }
        }
        return folders;
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
            waits = String.join(", ", new TreeSet<>(keptSources)) + (keptSources.size() == 1
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
}
