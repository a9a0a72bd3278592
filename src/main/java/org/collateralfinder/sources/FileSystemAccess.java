package org.collateralfinder.sources;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the folder walk reaches the file system: one directory listing with each entry's attributes.
 * The default follows symbolic links; tests wrap it to add latency or failures, as a slow share does.
 */
public interface FileSystemAccess {

    /**
     * One entry of a listing.
     *
     * @param changedMillis when the file's content or attributes last changed (its status-change time, which no
     *                      program can set back), epoch milliseconds; 0 where the file system does not give one
     *                      (Windows)
     * @param fileKey an identity of the target (inode), for loop detection; may be null
     * @param error   why the entry's attributes could not be read (broken link, permission), else null
     */
    record Entry(Path path, boolean directory, boolean regularFile, boolean symbolicLink, long size,
                 long modifiedMillis, long changedMillis, Object fileKey, IOException error) {
    }

    /**
     * The attributes a walk compares, from one {@code stat} of the path: with the status-change time where the file
     * system has the {@code unix} view (Linux, macOS), else the basic ones. The unix view is asked for four
     * attributes only, the kind read from the mode: each attribute asked for costs a little at every file of a walk
     * (a no-change re-run over 100,000 files); a folder's identity, for loop detection, is read for folders only.
     */
    static Entry attributes(Path p, boolean followLinks) throws IOException {
        LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (DEFAULT_HAS_UNIX_VIEW && p.getFileSystem() == FileSystems.getDefault()) {
            Map<String, Object> a = Files.readAttributes(p, UNIX_ATTRIBUTES, options);
            int kind = (Integer) a.get("mode") & S_IFMT;
            boolean directory = kind == S_IFDIR;
            Object fileKey = directory ? Files.readAttributes(p, BasicFileAttributes.class, options).fileKey() : null;
            return new Entry(p, directory, kind == S_IFREG, kind == S_IFLNK, (Long) a.get("size"),
                    ((FileTime) a.get("lastModifiedTime")).toMillis(), ((FileTime) a.get("ctime")).toMillis(), fileKey,
                    null);
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, options);
        return new Entry(p, a.isDirectory(), a.isRegularFile(), a.isSymbolicLink(), a.size(),
                a.lastModifiedTime().toMillis(), 0, a.fileKey(), null);
    }

    /** Whether the default file system reads the status-change time ({@code unix:ctime}). */
    boolean DEFAULT_HAS_UNIX_VIEW = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    /** What a walk reads of each entry through the unix view. */
    String UNIX_ATTRIBUTES = "unix:mode,size,lastModifiedTime,ctime";
    /** The file-kind bits of a unix mode, and the kinds a walk tells apart (POSIX {@code S_IFMT}, …). */
    int S_IFMT = 0170000;
    int S_IFDIR = 0040000;
    int S_IFREG = 0100000;
    int S_IFLNK = 0120000;

    List<Entry> list(Path directory) throws IOException;

    /** Attributes of a single path (used for the source root); follows links. */
    Entry stat(Path path) throws IOException;

    FileSystemAccess LOCAL = new FileSystemAccess() {
        @Override
        public List<Entry> list(Path directory) throws IOException {
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                for (Path p : stream) {
                    try {
                        entries.add(stat(p));
                    } catch (IOException e) {
                        boolean link = Files.isSymbolicLink(p);
                        entries.add(new Entry(p, false, false, link, 0, 0, 0, null, e));
                    }
                }
            }
            return entries;
        }

        @Override
        public Entry stat(Path p) throws IOException {
            // the entry's own attributes first: unless it is a link they are the target's, one system call instead of two
            Entry own = attributes(p, false);
            if (!own.symbolicLink()) {
                return own;
            }
            Entry target = attributes(p, true);
            return new Entry(p, target.directory(), target.regularFile(), true, target.size(), target.modifiedMillis(),
                    target.changedMillis(), target.fileKey(), null);
        }
    };
}
