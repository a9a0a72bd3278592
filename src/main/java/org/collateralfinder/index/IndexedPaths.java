package org.collateralfinder.index;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.sources.SourceRegistry.Placement;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;

/**
 * The path the index holds for a file or folder a person names: the one rule feedback and offline copies
 * use, on the command line and in the window. A person may name a file through a symbolic link, another
 * mount point of the share (a source's alias), a relative path or an archive member
 * ({@code deck.zip!/brochure.pdf}); feedback and pins are recorded at the path the index holds, so they
 * show on that file's hit and reach other laptops at a path the team knows. A file the index does not hold
 * yet is placed where the index holds its source's other files. The window gives feedback and pins on search
 * hits, whose paths are the indexed ones already; it asks this class for the file an answer names as the fix.
 */
public final class IndexedPaths {

    /** Between an archive's path and a member's name, as search shows members. */
    private static final String MEMBER = FileIndexing.MEMBER_SEPARATOR;
    /** How many indexed files with a file's content are compared with it on disk (identical copies are few). */
    private static final int SAME_CONTENT_LOOKED_AT = 100;

    private final IndexService index;
    private final List<SourceFolder> sources;

    /**
     * @param index   the index searches use (its team index copies included), or null when nothing is indexed yet
     * @param sources the source folders with their aliases
     */
    public IndexedPaths(IndexService index, List<SourceFolder> sources) {
        this.index = index;
        this.sources = List.copyOf(sources);
    }

    /** The source folders, each at its registered path and at its aliases: every place this computer searches. */
    public List<Path> sourceFolders() {
        return sources.stream().flatMap(SourceFolder::places).toList();
    }

    /** A file as feedback knows it: the path the index holds for it and its content. */
    public record Identified(String path, String contentHash) {
    }

    /**
     * A named file that cannot be given feedback or named as a fix: it is neither on disk nor in the index, is
     * a folder, or is in no source. The sentence says which.
     */
    public static final class RefusedPath extends RefusedInputException {

        private static final long serialVersionUID = 1L;

        private final boolean noFileThere;

        RefusedPath(String userMessage) {
            this(userMessage, false);
        }

        RefusedPath(String userMessage, boolean noFileThere) {
            super(userMessage);
            this.noFileThere = noFileThere;
        }

        /**
         * Whether no file is at the path now, on disk or in the index: deleted, replaced by a folder of the same name,
         * a file an archive does not hold. The feedback given on a file that was there is found by the path it was
         * last seen at (to list or withdraw it), as for any file that is gone.
         */
        public boolean noFileThere() {
            return noFileThere;
        }
    }

    /**
     * What keeps a named file or folder offline.
     *
     * @param path       the path the index holds (or would hold) for it
     * @param fileOnDisk the file or folder copied: the same path, or for a file inside an archive the archive, kept
     *                   offline whole
     */
    public record OfflineTarget(String path, String fileOnDisk) {

        /** Whether it is a file inside an archive. */
        public boolean insideArchive() {
            return !path.equals(fileOnDisk);
        }
    }

    /**
     * The path the index holds for {@code given} (a file, folder or archive member): the same path when the
     * index holds it, else the path below the mount point the index holds the source's files at, reached
     * through links and aliases. A path through a symbolic link inside a source is the file's own path when
     * that is in a source too (the walk does not follow such a link: {@code sources.LinksInsideFolder}), else
     * the link's path the index holds the same file at. A path in no source is returned absolute and normalised.
     */
    public String indexedPath(Path given) {
        String absolute = SourceRegistry.normalise(given).toString();
        int member = memberStartOnDisk(absolute);
        String file = member < 0 ? absolute : absolute.substring(0, member);
        String memberPart = member < 0 ? "" : MEMBER + absolute.substring(member + MEMBER.length()).replace(File.separatorChar, '/');
        if (holds(file + memberPart)) {
            return file + memberPart;
        }
        Optional<Placement> placement = SourceRegistry.placement(sources, Path.of(file));
        Optional<String> held = placement.flatMap(at -> heldAtAMountOf(at, memberPart))
                .or(() -> heldThroughLinks(Path.of(file), memberPart));
        if (held.isPresent()) {
            return held.get();
        }
        // not indexed yet: where the walk will find it, at its own path when a link inside a source led to it
        Path real = SourceRegistry.realPathOfExistingPart(Path.of(file));
        Optional<Placement> own = real == null ? Optional.empty() : SourceRegistry.placement(sources, real);
        Optional<Placement> at = own.isPresent() ? own : placement;
        if (at.isEmpty()) {
            return file + memberPart;
        }
        Path mount = mountHoldingFilesOf(at.get().source()).orElse(at.get().mount());
        return mount.resolve(at.get().relative()) + memberPart;
    }

    /** The same file at the source's path or an alias, when the index holds it there. */
    private Optional<String> heldAtAMountOf(Placement at, String memberPart) {
        for (Path mount : at.source().mountPoints()) {
            String candidate = SourceRegistry.normalise(mount).resolve(at.relative()) + memberPart;
            if (holds(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A file named through a symbolic link (to it, or to a folder on its path; a link loop): where the index
     * holds it, at its own path or, when only links inside a source lead to it, at the link path the walk took.
     * For an archive member, where the index holds the archive.
     */
    private Optional<String> heldThroughLinks(Path file, String memberPart) {
        Path real = SourceRegistry.realPathOfExistingPart(file);
        if (real != null && !real.equals(file)) {
            if (holds(real.toString())) {
                return Optional.of(real + memberPart);
            }
            Optional<String> atMount = SourceRegistry.placement(sources, real).flatMap(at -> heldAtAMountOf(at, ""));
            if (atMount.isPresent()) {
                return Optional.of(atMount.get() + memberPart);
            }
        }
        // its own path is not where the index holds it: only a link (out of the source, or to a folder left out) leads to it
        return sameFileHeldAt(file).map(path -> path + memberPart);
    }

    /** The path the index holds the same file at (same content, and the same file on disk), the first by path. */
    private Optional<String> sameFileHeldAt(Path file) {
        if (index == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String hash;
        try {
            hash = ContentHasher.hash(file);
        } catch (IOException e) {
            return Optional.empty(); // unreadable: where it is held cannot be told by its content
        }
        List<String> paths = index.read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.HASH, hash)), SAME_CONTENT_LOOKED_AT);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc, Set.of(Schema.ID)).get(Schema.ID));
            }
            return ids;
        });
        return paths.stream().filter(path -> !isMember(path)).sorted().filter(path -> sameFile(Path.of(path), file)).findFirst();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The file a person named, for feedback: the path the index holds for it and its content. The content is
     * read from disk when the file is there (edited since the last index run, that is its content now), else
     * it is what the index holds (a share that is not mounted, a file inside an archive).
     *
     * @throws RefusedPath when the file is neither on disk nor in the index, or is a folder (also one that took
     *                     the place of a file the index still holds: that file is gone)
     */
    public Identified identify(Path given) {
        Path absolute = SourceRegistry.normalise(given);
        String path = indexedPath(given);
        Optional<String> indexed = contentAt(path);
        if (memberStartOnDisk(path) >= 0) {
            return new Identified(path, indexed.orElseThrow(() -> memberWithoutContent(path)));
        }
        Path onDisk = Files.exists(Path.of(path)) ? Path.of(path) : absolute;
        if (!Files.exists(onDisk)) {
            return new Identified(path, indexed.orElseThrow(() -> new RefusedPath("The file " + absolute + " does not exist.",
                    true)));
        }
        if (Files.isDirectory(onDisk)) {
            throw new RefusedPath(absolute + " is a folder, not a file.", true);
        }
        if (!Files.isRegularFile(onDisk)) {
            throw new RefusedPath(absolute + " is not a regular file.", true);
        }
        try {
            return new Identified(path, ContentHasher.hash(onDisk));
        } catch (IOException e) {
            return new Identified(path, indexed.orElseThrow(() -> new RefusedPath("The file " + absolute + " could not be read.")));
        }
    }

    /** Why an archive member has no content to give feedback on: the archive holds none, or is not indexed. */
    private RefusedPath memberWithoutContent(String member) {
        String archive = fileOnDisk(member);
        String name = member.substring(archive.length() + MEMBER.length());
        if (holds(member)) {
            return new RefusedPath("The file " + member + " could not be read at the last index run, so it cannot take "
                    + "feedback.", true);
        }
        if (holds(archive)) {
            return new RefusedPath("The archive " + archive + " holds no file " + name + ".", true);
        }
        if (!Files.exists(Path.of(archive))) {
            return new RefusedPath("The file " + archive + " does not exist.", true);
        }
        return new RefusedPath("The file " + member + " is not in the index; a file inside an archive gets feedback "
                + "once the archive is indexed.", true);
    }

    /**
     * What keeps a named file or folder offline: the path the index holds for it, and what is copied (for a file inside
     * an archive, the archive). A real file or folder whose name holds {@code !/} (a folder named {@code fake.zip!}) is
     * itself, as for feedback.
     *
     * @throws RefusedPath when it is in no source, or is a file an indexed archive does not hold (as for feedback)
     */
    public OfflineTarget offlineTarget(Path given) {
        outsideEverySource(given).ifPresent(why -> {
            throw new RefusedPath(why);
        });
        String path = indexedPath(given);
        int member = memberStartOnDisk(path);
        if (member < 0) {
            return new OfflineTarget(path, path);
        }
        String archive = path.substring(0, member);
        if (!holds(path) && holds(archive)) {
            throw memberWithoutContent(path); // the archive as indexed holds no such file
        }
        return new OfflineTarget(path, archive); // an archive not indexed yet is kept offline whole all the same
    }

    /**
     * As {@link #identify}, for the file marketing names as the one that fixes a rep's feedback: the rep is sent
     * to it, so it must be in a source.
     *
     * @throws RefusedPath as {@link #identify}, and when the file is in no source
     */
    public Identified identifyFix(Path given) {
        outsideEverySource(given).ifPresent(why -> {
            throw new RefusedPath("The file that fixes it must be one the reps can find: " + why);
        });
        return identify(given);
    }

    /**
     * As {@link #identify}, for the file marketing names as the one that replaces a retired file: the rep is sent to
     * it, so it must be in a source.
     *
     * @throws RefusedPath as {@link #identify}, and when the file is in no source
     */
    public Identified identifyReplacement(Path given) {
        if (outsideEverySource(given).isPresent()) {
            throw new RefusedPath("The file that replaces it must be one the reps can find: "
                    + SourceRegistry.notInASource(sources, given).orElseThrow() + ", and only the files in a source "
                    + "are indexed.");
        }
        return identify(given);
    }

    /**
     * Why a path may not get feedback or an offline copy (it is in no source), or empty when it may: also a
     * file outside every source that the index holds through a symbolic link in one may.
     */
    public Optional<String> outsideEverySource(Path given) {
        Optional<String> why = SourceRegistry.outsideEverySource(sources, given);
        if (why.isEmpty() || SourceRegistry.placement(sources, Path.of(fileOnDisk(indexedPath(given)))).isEmpty()) {
            return why;
        }
        return Optional.empty();
    }

    /** The file on disk an indexed path is in: the path itself, or for an archive member the archive. */
    public static String fileOnDisk(String indexedPath) {
        int member = memberStart(indexedPath);
        return member < 0 ? indexedPath : indexedPath.substring(0, member);
    }

    /**
     * As {@link #fileOnDisk}, looking at the disk: a real file or folder whose name holds {@code !/} (a folder named
     * {@code fake.zip!}) is itself, as for pinning ({@link #offlineTarget}) and feedback. Touches the file system:
     * background threads only.
     */
    public static String fileOnDiskNow(String indexedPath) {
        int member = memberStartOnDisk(indexedPath);
        return member < 0 ? indexedPath : indexedPath.substring(0, member);
    }

    /**
     * Whether a path the index holds (a search hit's) is kept offline, {@code pinned} telling for one path: pinned
     * itself, or for a file inside an archive through its archive. Both are asked, without looking at the disk (its
     * share may be away): a real file whose name holds {@code !/} (in a folder named {@code fake.zip!}) is pinned at
     * its own path ({@link #offlineTarget}).
     */
    public static boolean keptOffline(String indexedPath, Predicate<String> pinned) {
        return pinned.test(indexedPath) || isMember(indexedPath) && pinned.test(fileOnDisk(indexedPath));
    }

    /** Whether an indexed path is a file inside an archive. */
    public static boolean isMember(String indexedPath) {
        return memberStart(indexedPath) >= 0;
    }

    /**
     * As {@link #memberStart}, for a path that may be on disk as it is: -1 for a real file or folder whose name holds
     * {@code !/} (a folder named {@code fake.zip!}), which is itself, not a file inside an archive.
     */
    private static int memberStartOnDisk(String path) {
        int member = memberStart(path);
        return member >= 0 && Files.exists(Path.of(path)) ? -1 : member;
    }

    /** Where the member part of a path starts ({@code !/}, or {@code !\} once a Windows path was normalised), or -1. */
    private static int memberStart(String path) {
        int member = path.indexOf(MEMBER);
        if (member < 0 && File.separatorChar != '/') {
            member = path.indexOf("!" + File.separatorChar);
        }
        return member;
    }

    /** The content the index holds at exactly this path; empty when it holds no file there, or one without content. */
    public Optional<String> contentAt(String path) {
        return first(new Term(Schema.ID, path)).map(doc -> doc.get(Schema.HASH));
    }

    /**
     * How many slides, pages or sheets the index holds for the file at exactly this path, as its text was read into
     * them (what search's page hits and the preview number; not the count a file's metadata claims, which an edited
     * deck may not have updated); 0 when its text has none (a document, plain text, an archive); empty when it holds no
     * file there.
     */
    public OptionalInt pagesAt(String path) {
        return first(new Term(Schema.ID, path), Set.of(Schema.ID, Schema.PAGE_STARTS, Schema.PAGE_NAMES))
                .map(doc -> OptionalInt.of(PageStartsField.of(doc).count())).orElse(OptionalInt.empty());
    }

    /**
     * Whether the file at {@code given} is no longer what the index read there: the index holds a file at its path,
     * and the file now has another size or time and other bytes (a file only touched is the same file). Search names
     * such a file's slides and pages as they were until the next index run, while the file is read as it is now (s15
     * report, minor 4). False for a file the index does not hold, an archive member, or a file that cannot be read now
     * (whoever reads it says why).
     */
    public boolean changedSinceIndexed(Path given) {
        String path = indexedPath(given);
        if (isMember(path)) {
            return false;
        }
        Optional<Document> held = first(new Term(Schema.ID, path), Set.of(Schema.ID, Schema.SIZE, Schema.MODIFIED, Schema.HASH));
        if (held.isEmpty() || held.get().get(Schema.HASH) == null) {
            return false;
        }
        Path file = Path.of(fileOnDisk(path));
        try {
            if (Files.size(file) == storedLong(held.get(), Schema.SIZE)
                    && Files.getLastModifiedTime(file).toMillis() == storedLong(held.get(), Schema.MODIFIED)) {
                return false;
            }
            return !held.get().get(Schema.HASH).equals(ContentHasher.hash(file));
        } catch (IOException cannotReadNow) {
            return false;
        }
    }

    private static long storedLong(Document doc, String field) {
        var value = doc.getField(field);
        return value == null || value.numericValue() == null ? -1 : value.numericValue().longValue();
    }

    /** Whether the index holds a file (or archive member) at exactly this path. */
    public boolean holds(String path) {
        return first(new Term(Schema.ID, path)).isPresent();
    }

    /** The source's mount point under which the index holds its files (where the last walk or copy found it). */
    private Optional<Path> mountHoldingFilesOf(SourceFolder source) {
        Optional<String> held = first(new Term(Schema.SOURCE, source.path())).map(doc -> doc.get(Schema.ID));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(fileOnDisk(held.get()));
        return source.mountPoints().stream().map(SourceRegistry::normalise).filter(file::startsWith).findFirst();
    }

    private Optional<Document> first(Term term) {
        return first(term, Set.of(Schema.ID, Schema.HASH));
    }

    private Optional<Document> first(Term term, Set<String> fields) {
        if (index == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.read(searcher -> first(searcher, term, fields)));
    }

    private static Document first(IndexSearcher searcher, Term term, Set<String> fields) throws IOException {
        TopDocs top = searcher.search(new TermQuery(term), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(top.scoreDocs[0].doc, fields);
    }
}
