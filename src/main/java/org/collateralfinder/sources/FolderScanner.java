package org.collateralfinder.sources;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collateralfinder.model.OwnFolder;
import org.collateralfinder.model.PublishedIndexFolder;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.task.Cancellation;

/**
 * Walks a source folder level by level, listing the folders of a level concurrently (on a network
 * share, latency dominates). Follows symbolic links but never into a loop, never takes special files
 * (FIFOs, devices, sockets: reported as skipped), leaves out excluded and hidden names, and records
 * every folder it could not enter with a reason. Reads attributes only, never file contents (but the first bytes of
 * one file of a folder holding nothing but numbered {@code .json} files, to tell a published index's manifests).
 *
 * <p>A symbolic link to a file or folder inside the source is not followed: that is walked at its own path
 * ({@link LinksInsideFolder}), so each file is found once. A folder reached through several links (to a
 * folder outside the source) is walked at the shallowest, the first in name order of those as deep.
 *
 * <p>Folders left out are recognised by their real path, so a symbolic link cannot lead the walk into
 * them or anything inside them, and Collateral Finder's own folders (any copy's data folder, a team feedback folder) by the
 * marker file they hold ({@link OwnFolder}): both are passed over and reported.
 */
public final class FolderScanner {

    private static final int MAX_DEPTH = 256;
    /** Why a pipe, device or socket is skipped (the sentence status and the window list it with). */
    static final String SPECIAL_FILE = "a special file (a pipe, device or socket), never opened";
    /** The names that mark a published team index (those of {@code teamindex.PublishedFolder}). */
    public static final String TEAM_INDEX_MANIFEST = PublishedIndexFolder.MANIFEST;
    public static final String TEAM_INDEX_HISTORY = PublishedIndexFolder.HISTORY;

    private final ExcludeRules excludes;
    private final FileSystemAccess fs;
    private final int concurrentListings;
    private final Map<Path, String> leftOut;
    private final boolean linksStayInside;
    /** Why a symbolic link out of the folder is not followed when links stay inside ({@code publish}'s walk). */
    static final String LINK_OUT_OF_SHARE = "a symbolic link to %s, outside the shared folder: a published index holds "
            + "only what is in the share, never where a link leads";

    public FolderScanner(ExcludeRules excludes) {
        this(excludes, FileSystemAccess.LOCAL, 8);
    }

    public FolderScanner(ExcludeRules excludes, FileSystemAccess fs, int concurrentListings) {
        this(excludes, fs, concurrentListings, Map.of());
    }

    /**
     * @param leftOut folders never walked into, with the reason the walk reports (empty: left out silently,
     *                as another source walked on its own), by absolute path; a folder reached through a
     *                symbolic link is compared by its real path too (give a folder's real path as well
     *                when it differs), and a link to a file or folder inside one is left out with it
     */
    public FolderScanner(ExcludeRules excludes, FileSystemAccess fs, int concurrentListings, Map<Path, String> leftOut) {
        this(excludes, fs, concurrentListings, leftOut, false);
    }

    /**
     * @param linksStayInside a symbolic link whose target is not inside the folder walked is skipped with its reason,
     *                        not followed: a published index must hold nothing the share itself does not
     */
    public FolderScanner(ExcludeRules excludes, FileSystemAccess fs, int concurrentListings, Map<Path, String> leftOut,
                         boolean linksStayInside) {
        this.excludes = excludes;
        this.fs = fs;
        this.concurrentListings = Math.max(1, concurrentListings);
        this.leftOut = Map.copyOf(leftOut);
        this.linksStayInside = linksStayInside;
    }

    /** Why a symbolic link is not followed out of the folder walked, or null when it leads inside it (or may leave). */
    private String leadsOut(Folder top, FileSystemAccess.Entry entry, Path real) {
        if (!linksStayInside || !entry.symbolicLink() || real.startsWith(top.real())) {
            return null;
        }
        return LINK_OUT_OF_SHARE.formatted(real);
    }

    /**
     * @param real where the folder really is (symbolic links resolved), to compare with the folders left out
     * @param key  its identity (inode) when the file system has one, to walk a folder reached by two paths once
     */
    private record Folder(Path path, Path real, Object key, List<Object> ancestors) {
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    public ScanResult scan(Path root, Cancellation cancellation) {
        List<ScannedFile> files = Collections.synchronizedList(new ArrayList<>());
        List<SkippedPath> skipped = Collections.synchronizedList(new ArrayList<>());
        List<Path> unlisted = Collections.synchronizedList(new ArrayList<>());
        List<Path> linkedOut = Collections.synchronizedList(new ArrayList<>());
        FileSystemAccess.Entry rootEntry;
        try {
            rootEntry = fs.stat(root);
        } catch (IOException e) {
            return new ScanResult(root, false, List.of(), List.of());
        }
        if (!rootEntry.directory()) {
            return new ScanResult(root, false, List.of(), List.of());
        }
        try {
            fs.list(root); // an unmounted share or a folder we may not read is unreachable, not empty
        } catch (IOException e) {
            return new ScanResult(root, false, List.of(), List.of());
        }
        Set<Object> walked = ConcurrentHashMap.newKeySet();
        if (rootEntry.fileKey() != null) {
            walked.add(rootEntry.fileKey());
        }
        Folder top = new Folder(root, realPath(root), rootEntry.fileKey(),
                rootEntry.fileKey() == null ? List.of() : List.of(rootEntry.fileKey()));
        List<Folder> level = List.of(top);
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrentListings,
                Thread.ofVirtual().name("folder-listing-", 0).factory())) {
            for (int depth = 0; !level.isEmpty() && !cancellation.isCancelled(); depth++) {
                List<Future<List<Folder>>> listings = new ArrayList<>();
                int d = depth;
                for (Folder folder : level) {
                    listings.add(pool.submit(() -> listOne(top, folder, d, files, skipped, unlisted, linkedOut)));
                }
                List<Folder> next = new ArrayList<>();
                for (Future<List<Folder>> f : listings) {
                    try {
                        next.addAll(f.get());
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("a folder listing failed unexpectedly", e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new ScanResult(root, true, List.copyOf(files), List.copyOf(skipped));
                    }
                }
                level = onceEach(next, walked, skipped);
            }
        }
        List<ScannedFile> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        List<SkippedPath> skippedSorted = new ArrayList<>(skipped);
        skippedSorted.sort((a, b) -> a.path().compareTo(b.path()));
        return new ScanResult(root, true, sorted, skippedSorted, List.copyOf(unlisted), List.copyOf(linkedOut));
    }

    /**
     * Whether a folder is the {@code files-N} or {@code history} folder of a published team index (its parent holds the
     * manifest), by the path given or the real one (a link to it).
     */
    private boolean isPartOfPublishedIndex(Path folder) {
        Path parent = folder.getParent();
        if (parent == null || folder.getFileName() == null) {
            return false;
        }
        String name = folder.getFileName().toString();
        if (!name.matches("files-\\d+") && !name.equals(TEAM_INDEX_HISTORY)) {
            return false;
        }
        try {
            return isPublishedTeamIndex(fs.list(parent));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a folder's entries are those of a published team index ({@code manifest.json} beside
     * {@code history/}, as {@code teamindex.PublishedFolder} writes them): recognised by what it holds
     * wherever it is and whatever its name, so a publication into a source is never read as documents.
     */
    static boolean isPublishedTeamIndex(List<FileSystemAccess.Entry> entries) {
        boolean manifest = false;
        boolean history = false;
        for (FileSystemAccess.Entry e : entries) {
            String name = e.path().getFileName().toString();
            manifest |= name.equals(TEAM_INDEX_MANIFEST) && e.error() == null && e.regularFile();
            history |= name.equals(TEAM_INDEX_HISTORY) && e.error() == null && e.directory();
        }
        return manifest && history;
    }

    /**
     * The next level's folders, each walked once: of a folder reached by several paths at one level (links to a
     * folder outside the source), the first in name order, whatever order the listings came back in.
     */
    private static List<Folder> onceEach(List<Folder> found, Set<Object> walked, List<SkippedPath> skipped) {
        List<Folder> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Folder::path));
        List<Folder> next = new ArrayList<>();
        for (Folder folder : sorted) {
            if (folder.key() != null && !walked.add(folder.key())) {
                skipped.add(new SkippedPath(folder.path().toString(), "the same folder is already walked through another path"));
            } else {
                next.add(folder);
            }
        }
        return next;
    }

    /** Why a symbolic link to a file or folder of the source is not followed (see {@link LinksInsideFolder}). */
    private static String walkedAtOwnPath(Path target) {
        return "a symbolic link to " + target + " in the same source, indexed at that path";
    }

    /**
     * Why a symbolic link's target is left out because it is inside a folder left out (another source, which
     * walks it on its own; the data folder), the innermost such folder's reason; null when it is in none.
     */
    private String leftOutAround(Path real) {
        return leftOut.entrySet().stream()
                .filter(out -> real.startsWith(out.getKey()))
                .max(Comparator.comparingInt(out -> out.getKey().getNameCount()))
                .map(Map.Entry::getValue)
                .orElse(null);
    }

    private List<Folder> listOne(Folder top, Folder folder, int depth, List<ScannedFile> files,
                                 List<SkippedPath> skipped, List<Path> unlisted, List<Path> linkedOut) {
        List<FileSystemAccess.Entry> entries;
        try {
            entries = fs.list(folder.path());
        } catch (AccessDeniedException e) {
            skipped.add(new SkippedPath(folder.path().toString(), "no permission to read it"));
            unlisted.add(folder.path());
            return List.of();
        } catch (IOException e) {
            skipped.add(new SkippedPath(folder.path().toString(), "could not be listed: " + e.getMessage()));
            unlisted.add(folder.path());
            return List.of();
        }
        Optional<OwnFolder> own = OwnFolder.recognise(entries.stream()
                .map(e -> e.path().getFileName().toString()).toList());
        if (own.isPresent() || isPublishedTeamIndex(entries)) {
            skipped.add(new SkippedPath(folder.path().toString(),
                    own.isPresent() ? own.get().reason() : "a published team index, never indexed"));
            return List.of();
        }
        // by the parent holding the manifest, also where a link in the source leads to it (re-test 13)
        if (folder == top && isPartOfPublishedIndex(top.path()) || isPartOfPublishedIndex(folder.real())) {
            skipped.add(new SkippedPath(folder.path().toString(), "part of a published team index, never indexed"));
            return List.of();
        }
        // by what it holds, wherever it is reached (a bind mount of it has no manifest beside it)
        String publishedPart = PublishedIndexParts.recognise(entries);
        if (publishedPart != null) {
            skipped.add(new SkippedPath(folder.path().toString(), publishedPart));
            return List.of();
        }
        List<Folder> subfolders = new ArrayList<>();
        for (FileSystemAccess.Entry e : entries) {
            String name = e.path().getFileName().toString();
            if (e.error() != null) {
                if (!e.symbolicLink()) {
                    unlisted.add(e.path()); // perhaps a folder: what it holds is unknown, not gone
                }
                if (!excludes.excludesFile(name)) {
                    skipped.add(new SkippedPath(e.path().toString(), e.symbolicLink() ? "broken symbolic link"
                            : e.error() instanceof AccessDeniedException ? "no permission to read it"
                            : "could not be read: " + e.error().getMessage()));
                }
                continue;
            }
            if (e.directory()) {
                if (excludes.excludesFolder(name)) {
                    continue;
                }
                Path real = e.symbolicLink() ? realPath(e.path()) : folder.real().resolve(name);
                String leftOutBecause = leftOut.get(e.path());
                if (leftOutBecause == null) {
                    leftOutBecause = leftOut.get(real);
                }
                if (leftOutBecause != null) {
                    if (!leftOutBecause.isEmpty()) {
                        skipped.add(new SkippedPath(e.path().toString(), leftOutBecause));
                    }
                    continue;
                }
                Optional<Path> target = e.symbolicLink()
                        ? LinksInsideFolder.targetWalkedAt(top.path(), top.real(), real, true, excludes) : Optional.empty();
                String inLeftOut = e.symbolicLink() ? leftOutAround(real) : null;
                String out = leadsOut(top, e, real);
                if (out != null) {
                    skipped.add(new SkippedPath(e.path().toString(), out));
                    linkedOut.add(e.path());
                } else if (e.fileKey() != null && folder.ancestors().contains(e.fileKey())) {
                    skipped.add(new SkippedPath(e.path().toString(), "symbolic link loop, not followed"));
                } else if (target.isPresent()) {
                    skipped.add(new SkippedPath(e.path().toString(), walkedAtOwnPath(target.get())));
                } else if (inLeftOut != null) {
                    if (!inLeftOut.isEmpty()) {
                        skipped.add(new SkippedPath(e.path().toString(), inLeftOut));
                    }
                } else if (depth + 1 >= MAX_DEPTH) {
                    skipped.add(new SkippedPath(e.path().toString(), "folder nested deeper than " + MAX_DEPTH + " levels"));
                } else {
                    List<Object> ancestors = new ArrayList<>(folder.ancestors());
                    if (e.fileKey() != null) {
                        ancestors.add(e.fileKey());
                    }
                    subfolders.add(new Folder(e.path(), real, e.fileKey(), ancestors));
                }
            } else if (excludes.excludesFile(name)) {
                continue;
            } else if (e.regularFile()) {
                Path real = e.symbolicLink() ? realPath(e.path()) : null;
                Optional<Path> target = real == null ? Optional.empty()
                        : LinksInsideFolder.targetWalkedAt(top.path(), top.real(), real, false, excludes);
                String inLeftOut = real == null ? null : leftOutAround(real);
                String out = real == null ? null : leadsOut(top, e, real);
                if (out != null) {
                    skipped.add(new SkippedPath(e.path().toString(), out));
                    linkedOut.add(e.path());
                } else if (target.isPresent()) {
                    skipped.add(new SkippedPath(e.path().toString(), walkedAtOwnPath(target.get())));
                } else if (inLeftOut != null) {
                    if (!inLeftOut.isEmpty()) {
                        skipped.add(new SkippedPath(e.path().toString(), inLeftOut));
                    }
                } else {
                    files.add(new ScannedFile(e.path().toString(), e.size(), e.modifiedMillis(), e.changedMillis()));
                }
            } else {
                skipped.add(new SkippedPath(e.path().toString(), SPECIAL_FILE)); // reading a pipe could wait forever
            }
        }
        return subfolders;
    }
}
