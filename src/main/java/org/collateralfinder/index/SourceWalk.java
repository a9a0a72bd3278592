package org.collateralfinder.index;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.sources.FolderScanner;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.ScanResult;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.collateralfinder.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources as one run found them, and which keep their indexed files. Each source is walked at the
 * first of its mount points that answers (its documents re-keyed when that moved since the last run);
 * one that is unreachable or suddenly empty keeps all its files, and so does one that lost most of
 * its files at once until the deletion is confirmed. Each such decision is a note in the source's report.
 */
final class SourceWalk {

    /** Logged as the indexing run, under the same name as before the run was split into parts. */
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    /**
     * A deletion of more than this share of a source's files, and of at least this many, needs confirming:
     * a half-mounted share loses most of its files at once whatever its size, while a rep deleting a file
     * or two of a small folder (1 of 2, 2 of 3) or fewer than half of a large one is not held up.
     */
    static final int MASS_DELETION_MIN_FILES = 3;
    static final double MASS_DELETION_SHARE = 0.5;

    /** A source whose files are compared with the index: it answered and did not look empty. */
    record Walked(SourceFolder source, ScanResult scan, boolean degraded) {
    }

    private final IndexService index;
    private final Indexer.Options options;
    private final IndexReport previous;
    private final Map<String, Integer> knownPerSource;
    private final Map<String, Integer> searchedPerSource;
    private Map<String, FileState> known;

    private final List<Walked> walked = new ArrayList<>();
    private final List<IndexReport.SourceReport> reports = new ArrayList<>();
    private final List<SkippedPath> skipped = new ArrayList<>();
    /** Symbolic links out of a source a publisher's walk did not follow (what the index held through them goes). */
    private final List<String> linkedOut = new ArrayList<>();
    private int removedThroughLinks;
    private final Set<String> keptSources = new HashSet<>();
    private final Set<String> registered = new HashSet<>();
    /** Per source, the folders its walk could not list: what they hold stays indexed. */
    private final Map<String, List<Path>> unlisted = new HashMap<>();
    /** Folders never walked, with the reason the walk reports (the data folder, a team folder). */
    private final Map<Path, String> neverWalked;
    /** Every source's mount points: one inside another source is walked on its own, not as part of it. */
    private final List<Path> sourceRoots = new ArrayList<>();

    /** The sources listed ahead of the walk, or {@link EarlyListings#NONE}. */
    private final EarlyListings listed;

    private SourceWalk(IndexService index, Indexer.Options options, IndexReport previous, Map<Path, String> neverWalked,
                       EarlyListings listed) throws IOException {
        this.index = index;
        this.listed = listed;
        this.options = options;
        this.previous = previous;
        this.neverWalked = neverWalked;
        this.known = index.loadState();
        this.knownPerSource = countPerSource(known);
        // while a rebuild fills a new index, the old one is what searches find: a source must keep those files
        this.searchedPerSource = index.isRebuilding() ? index.searchedDocumentsPerSource() : knownPerSource;
    }

    /**
     * Walks every source in turn, {@code previous} telling where each was found last time.
     *
     * @param neverWalked folders never walked into (the data folder, a team folder), with the reason reported
     * @param listed      the sources listed ahead, or {@link EarlyListings#NONE}
     */
    static SourceWalk walk(IndexService index, Indexer.Options options, List<SourceFolder> sources,
                           IndexReport previous, Map<Path, String> neverWalked, EarlyListings listed,
                           Cancellation cancellation) throws IOException {
        SourceWalk walk = new SourceWalk(index, options, previous, neverWalked, listed);
        sources.forEach(s -> walk.sourceRoots.addAll(s.mountPoints()));
        for (SourceFolder source : sources) {
            walk.registered.add(source.path());
            walk.walkSource(source, cancellation);
        }
        return walk;
    }

    private void walkSource(SourceFolder source, Cancellation cancellation) throws IOException {
        int before = knownPerSource.getOrDefault(source.path(), 0);
        int searched = Math.max(before, searchedPerSource.getOrDefault(source.path(), 0));
        String previousMount = previous.mountedAt(source.path());
        String indexedAt = previousMount != null ? previousMount : source.path();
        Set<Path> notTheSource = new HashSet<>();
        Reachability.MountCheck checked = options.reachability().firstReachable(source.mountPoints(), candidate -> {
            // a folder that answers but holds none of the source's files is not the source (it would lose them all)
            if (before == 0 || candidate.toString().equals(indexedAt) || holdsAnyOf(candidate, source)) {
                return true;
            }
            notTheSource.add(candidate);
            return false;
        });
        Reachability.Check check = checked.check();
        Path mount = checked.available() && !notTheSource.contains(checked.mount()) ? checked.mount() : null;
        String note = null;
        if (mount == null) {
            keptSources.add(source.path());
            note = notTheSource.isEmpty() ? unreachableNote(searched)
                    : notTheSource.iterator().next() + " answered but holds none of the source's " + before
                    + " indexed files, so it was not taken for the source; " + keptNote(searched) + ".";
            LOG.warn("{} is unreachable: {}", source.path(), notTheSource.isEmpty() ? check.reason() : note);
            reports.add(new IndexReport.SourceReport(source.path(), false,
                    notTheSource.isEmpty() ? check.state().id() : Reachability.State.UNREACHABLE.id(),
                    previousMount, note, searched));
            return;
        }
        if (previousMount != null && !previousMount.equals(mount.toString()) && before > 0) {
            int moved = index.remap(source.path(), previousMount, mount.toString());
            note = "Found at " + mount + " (was " + previousMount + "); its " + Plural.of(moved, "document", "documents")
                    + " moved there without being read again.";
            LOG.info("{}: {}", source.path(), note);
            known = index.loadState();
        }
        // listed ahead while the index opened (at the mount point found now), else now
        ScanResult scan = listed.take(source, mount).orElseGet(() ->
                scanner(source, options, sourceRoots, neverWalked, mount).scan(mount, cancellation));
        int kept = 0;
        if (!scan.reachable()) {
            keptSources.add(source.path());
            note = unreachableNote(searched);
            kept = searched;
        } else if (scan.files().isEmpty() && searched > 0) {
            keptSources.add(source.path());
            note = "The folder looks empty; " + keptNote(searched) + " until it is seen with files again.";
            kept = searched;
        } else {
            walked.add(new Walked(source, scan, check.state() == Reachability.State.DEGRADED));
            if (!scan.unlisted().isEmpty()) {
                unlisted.put(source.path(), scan.unlisted());
                kept = (int) known.entrySet().stream()
                        .filter(e -> source.path().equals(e.getValue().source()) && keptUnlisted(source.path(), e.getKey()))
                        .count();
                if (kept > 0) {
                    int folders = scan.unlisted().size();
                    note = Plural.of(folders, "folder", "folders") + " could not be listed; " + keptNote(kept) + ".";
                }
            }
        }
        if (note != null) {
            LOG.warn("{}: {}", source.path(), note);
        }
        reports.add(new IndexReport.SourceReport(source.path(), scan.reachable(), check.state().id(),
                mount.toString(), note, kept));
        skipped.addAll(scan.skipped());
        scan.linkedOut().forEach(link -> linkedOut.add(link.toString()));
    }

    /**
     * The scanner that lists {@code source} at {@code mount}, leaving out the folders never walked and the other
     * sources (inside it, or reached through a symbolic link in it), each walked on its own.
     *
     * @param sourceRoots every source's mount points
     */
    static FolderScanner scanner(SourceFolder source, Indexer.Options options, List<Path> sourceRoots,
                                 Map<Path, String> neverWalked, Path mount) {
        Map<Path, String> out = new HashMap<>();
        for (Path other : sourceRoots) {
            if (!other.equals(mount)) {
                out.put(other, ""); // walked as its own source
            }
        }
        out.putAll(neverWalked);
        return new FolderScanner(source.excludeRules(), options.fileSystem(), options.concurrentListings(), out,
                options.linksStayInside());
    }

    /**
     * Whether some of the source's indexed files (up to 50 looked at) are at {@code mount} too. Each is
     * taken relative to whichever of the source's mount points it is under: a team index copy is shown
     * under the mount point it was last copied at, which need not be where the last walk went.
     */
    private boolean holdsAnyOf(Path mount, SourceFolder source) {
        List<Path> mounts = source.mountPoints();
        return known.entrySet().stream()
                .filter(e -> source.path().equals(e.getValue().source()))
                .map(e -> Path.of(e.getKey().split(Pattern.quote(FileIndexing.MEMBER_SEPARATOR), 2)[0]))
                .map(id -> mounts.stream().filter(id::startsWith).findFirst().map(m -> m.relativize(id)).orElse(null))
                .filter(relative -> relative != null && !relative.toString().isEmpty())
                .limit(50)
                .anyMatch(relative -> {
                    try {
                        options.fileSystem().stat(mount.resolve(relative));
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    /** Whether an indexed file is in a folder this run could not list (so it is kept). */
    boolean keptUnlisted(String source, String id) {
        for (Path folder : unlisted.getOrDefault(source, List.of())) {
            if (Path.of(id.split(Pattern.quote(FileIndexing.MEMBER_SEPARATOR), 2)[0]).startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    private static String unreachableNote(int searched) {
        return "The folder could not be reached; " + keptNote(searched) + ".";
    }

    /** "its 1 indexed file is kept", "its 12 indexed files are kept". */
    private static String keptNote(int kept) {
        return "its " + Plural.of(kept, "indexed file is", "indexed files are") + " kept";
    }

    /**
     * The deletions to make of those {@code deletionsPerSource} proposes: all of a source's, unless
     * it is still registered and lost at least {@link #MASS_DELETION_MIN_FILES} and more than
     * {@link #MASS_DELETION_SHARE} of its files at once while deletions are not confirmed. Then its
     * files are kept, and its report says so.
     */
    List<Term> confirmedDeletions(Map<String, List<Term>> deletionsPerSource, boolean confirmDeletions) {
        List<Term> deletions = new ArrayList<>();
        Map<String, Integer> filesPerSource = filesPerSource();
        // what the index held through a link out of the share is removed whatever its number: it is not gone, it
        // must not be published (a publisher's index from before links stayed inside held it)
        for (Map.Entry<String, List<Term>> perSource : deletionsPerSource.entrySet()) {
            List<Term> throughLinks = perSource.getValue().stream()
                    .filter(term -> linkedOut.stream().anyMatch(link -> term.text().equals(link)
                            || term.text().startsWith(link + File.separator) || term.text().startsWith(link + "!")))
                    .toList();
            deletions.addAll(throughLinks);
            removedThroughLinks += throughLinks.size();
            List<Term> rest = new ArrayList<>(perSource.getValue());
            rest.removeAll(throughLinks);
            // files, not archive members: deleting one ZIP of a small folder is one file gone
            int gone = (int) rest.stream().filter(term -> !isMember(term.text())).count();
            int had = filesPerSource.getOrDefault(perSource.getKey(), 0);
            boolean massDeletion = registered.contains(perSource.getKey()) && gone >= MASS_DELETION_MIN_FILES
                    && gone > had * MASS_DELETION_SHARE;
            if (massDeletion && !confirmDeletions) {
                String note = gone + " of its " + had + " files disappeared at once; they are kept until the deletion "
                        + "is confirmed (index --confirm-deletions, or Confirm in the app).";
                LOG.warn("{}: {}", perSource.getKey(), note);
                replaceNote(perSource.getKey(), note, gone);
                continue;
            }
            deletions.addAll(rest);
        }
        return deletions;
    }

    private void replaceNote(String source, String note, int keptMore) {
        for (int i = 0; i < reports.size(); i++) {
            IndexReport.SourceReport r = reports.get(i);
            if (r.path().equals(source)) {
                reports.set(i, new IndexReport.SourceReport(r.path(), r.reachable(), r.state(), r.mountedAt(), note,
                        r.kept() + keptMore));
            }
        }
    }

    private static boolean isMember(String id) {
        return id.contains(FileIndexing.MEMBER_SEPARATOR);
    }

    /** The files (archive members left out) the index knows per source. */
    private Map<String, Integer> filesPerSource() {
        Map<String, Integer> counts = new HashMap<>();
        known.forEach((id, state) -> {
            if (!isMember(id)) {
                counts.merge(state.source(), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static Map<String, Integer> countPerSource(Map<String, FileState> known) {
        Map<String, Integer> counts = new HashMap<>();
        for (FileState s : known.values()) {
            counts.merge(s.source(), 1, Integer::sum);
        }
        return counts;
    }

    /** The sources whose files are compared with the index. */
    List<Walked> walked() {
        return walked;
    }

    /**
     * Lets go of the files each source's walk found, once the run's plan is made from them: a run reads what its plan
     * holds, and the list of every file found (a million at 1,000,000 files, most of them unchanged on a re-run) is not
     * needed again. What else the walk found (skipped paths, unlisted folders, links out) stays.
     */
    void forgetFiles() {
        walked.replaceAll(w -> new Walked(w.source(), new ScanResult(w.scan().root(), w.scan().reachable(), List.of(),
                w.scan().skipped(), w.scan().unlisted(), w.scan().linkedOut()), w.degraded()));
    }

    /**
     * The content the index holds for each of {@code ids} (those it holds without one left out): the team index
     * copies' from {@link #known()}, the own index's read now ({@link IndexService#loadState()} leaves them out).
     * Ask before anything is deleted.
     */
    Map<String, String> contentHashes(Collection<String> ids) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        List<String> ownIndex = new ArrayList<>();
        for (String id : ids) {
            FileState state = known.get(id);
            if (state != null && state.contentHash() != null) {
                hashes.put(id, state.contentHash());
            } else if (state != null) {
                ownIndex.add(id);
            }
        }
        hashes.putAll(index.contentHashesOf(ownIndex));
        return hashes;
    }

    /** What the index knows of each file, re-read after documents were re-keyed to a new mount point. */
    Map<String, FileState> known() {
        return known;
    }

    /** Whether a source keeps all its indexed files this run: it was unreachable or looked empty. */
    boolean keepsAllFiles(String source) {
        return keptSources.contains(source) && registered.contains(source);
    }

    /** The sources that were unreachable or looked empty. */
    Set<String> keptSources() {
        return keptSources;
    }

    /** Each source's reachability, mount point and note, in the order of the sources. */
    List<IndexReport.SourceReport> reports() {
        return reports;
    }

    /** The paths the walks passed over. */
    /** How many documents {@link #confirmedDeletions} removed because they were reached through a link out of a source. */
    int removedThroughLinks() {
        return removedThroughLinks;
    }

    List<SkippedPath> skipped() {
        return skipped;
    }
}
