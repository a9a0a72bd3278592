package org.collateralfinder.index;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.collateralfinder.model.CollateralException;
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

    /** The source folders (as registered, without their aliases). */
    public List<Path> sourceFolders() {
        return sources.stream().map(source -> Path.of(source.path())).toList();
    }

    /** A file as feedback knows it: the path the index holds for it and its content. */
    public record Identified(String path, String contentHash) {
    }

    /**
     * A named file that cannot be given feedback or named as a fix: it is neither on disk nor in the index, is
     * a folder, or is in no source. The sentence says which.
     */
    public static final class RefusedPath extends CollateralException {

        private static final long serialVersionUID = 1L;

        RefusedPath(String userMessage) {
            super(userMessage);
        }
    }

    /**
     * The path the index holds for {@code given} (a file, folder or archive member): the same path when the
     * index holds it, else the path below the mount point the index holds the source's files at, reached
     * through links and aliases. A path in no source is returned absolute and normalised.
     */
    public String indexedPath(Path given) {
        String absolute = SourceRegistry.normalise(given).toString();
        int member = memberStart(absolute);
        String file = member < 0 ? absolute : absolute.substring(0, member);
        String memberPart = member < 0 ? "" : MEMBER + absolute.substring(member + MEMBER.length()).replace(File.separatorChar, '/');
        if (holds(file + memberPart)) {
            return file + memberPart;
        }
        Optional<Placement> placement = SourceRegistry.placement(sources, Path.of(file));
        if (placement.isEmpty()) {
            return file + memberPart;
        }
        Placement at = placement.get();
        for (Path mount : at.source().mountPoints()) { // the same file at the source's path or an alias
            String candidate = SourceRegistry.normalise(mount).resolve(at.relative()) + memberPart;
            if (holds(candidate)) {
                return candidate;
            }
        }
        Path mount = mountHoldingFilesOf(at.source()).orElse(at.mount());
        return mount.resolve(at.relative()) + memberPart;
    }

    /**
     * The file a person named, for feedback: the path the index holds for it and its content. The content is
     * read from disk when the file is there (edited since the last index run, that is its content now), else
     * it is what the index holds (a share that is not mounted, a file inside an archive).
     *
     * @throws RefusedPath when the file is neither on disk nor in the index, or is a folder
     */
    public Identified identify(Path given) {
        Path absolute = SourceRegistry.normalise(given);
        String path = indexedPath(given);
        Optional<String> indexed = contentAt(path);
        if (memberStart(path) >= 0) {
            return new Identified(path, indexed.orElseThrow(() -> new RefusedPath("The file " + path + " is not in the "
                    + "index; a file inside an archive gets feedback once the archive is indexed.")));
        }
        Path onDisk = Files.exists(Path.of(path)) ? Path.of(path) : absolute;
        if (!Files.exists(onDisk)) {
            return new Identified(path, indexed.orElseThrow(() -> new RefusedPath("The file " + absolute + " does not exist.")));
        }
        if (!Files.isRegularFile(onDisk)) {
            throw new RefusedPath(absolute + " is not a regular file.");
        }
        try {
            return new Identified(path, ContentHasher.hash(onDisk));
        } catch (IOException e) {
            return new Identified(path, indexed.orElseThrow(() -> new RefusedPath("The file " + absolute + " could not be read.")));
        }
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

    /** Why a path may not get feedback or an offline copy (it is in no source), or empty when it may. */
    public Optional<String> outsideEverySource(Path given) {
        return SourceRegistry.outsideEverySource(sources, given);
    }

    /** The file on disk an indexed path is in: the path itself, or for an archive member the archive. */
    public static String fileOnDisk(String indexedPath) {
        int member = memberStart(indexedPath);
        return member < 0 ? indexedPath : indexedPath.substring(0, member);
    }

    /** Whether an indexed path is a file inside an archive. */
    public static boolean isMember(String indexedPath) {
        return memberStart(indexedPath) >= 0;
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

    /** Whether the index holds a file (or archive member) at exactly this path. */
    private boolean holds(String path) {
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
        if (index == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.read(searcher -> first(searcher, term)));
    }

    private static Document first(IndexSearcher searcher, Term term) throws IOException {
        TopDocs top = searcher.search(new TermQuery(term), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.ID, Schema.HASH));
    }
}
