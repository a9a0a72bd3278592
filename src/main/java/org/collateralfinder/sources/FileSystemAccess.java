package org.collateralfinder.sources;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * How the folder walk reaches the file system: one directory listing with each entry's attributes.
 * The default follows symbolic links; tests wrap it to add latency or failures, as a slow share does.
 */
public interface FileSystemAccess {

    /**
     * One entry of a listing.
     *
     * @param fileKey an identity of the target (inode), for loop detection; may be null
     * @param error   why the entry's attributes could not be read (broken link, permission), else null
     */
    record Entry(Path path, boolean directory, boolean regularFile, boolean symbolicLink, long size,
                 long modifiedMillis, Object fileKey, IOException error) {
    }

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
                        entries.add(new Entry(p, false, false, link, 0, 0, null, e));
                    }
                }
            }
            return entries;
        }

        @Override
        public Entry stat(Path p) throws IOException {
            // the entry's own attributes first: unless it is a link they are the target's, one system call instead of two
            BasicFileAttributes own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            boolean link = own.isSymbolicLink();
            BasicFileAttributes a = link ? Files.readAttributes(p, BasicFileAttributes.class) : own;
            return new Entry(p, a.isDirectory(), a.isRegularFile(), link, a.size(), a.lastModifiedTime().toMillis(),
                    a.fileKey(), null);
        }
    };
}
