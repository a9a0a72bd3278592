package org.collateralfinder.index;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Checks every file of an open index against its checksum, reading the files through plain reads rather
 * than through the memory maps searches use. Reading a 1 GB index through its maps made every byte of it
 * part of the window's resident memory for as long as it ran (1.2 GB resident at 100,000 files); read this
 * way the bytes pass through the system's file cache and the window keeps only what searches touch. A
 * file a merge removed while it was read no longer serves searches and is passed over.
 */
final class SegmentChecksums {

    private SegmentChecksums() {
    }

    /**
     * Checks the files of every segment of {@code reader} whose leaves pass {@code check}; leaves that are
     * not segments on a file system are checked by Lucene's own {@code checkIntegrity}.
     *
     * @throws IOException the first damage found (a checksum or footer that does not match, a file cut short)
     */
    static void verify(IndexReader reader, Predicate<LeafReader> check) throws IOException {
        Map<Path, Directory> plain = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                if (!check.test(r)) {
                    continue;
                }
                Path folder = r instanceof SegmentReader s && FilterDirectory.unwrap(s.directory()) instanceof FSDirectory fs
                        ? fs.getDirectory() : null;
                if (folder == null) {
                    r.checkIntegrity();
                    continue;
                }
                Directory dir = plain.get(folder);
                if (dir == null) {
                    dir = new NIOFSDirectory(folder);
                    plain.put(folder, dir);
                }
                for (String file : ((SegmentReader) r).getSegmentInfo().files()) {
                    verifyFile(dir, file);
                }
            }
        } finally {
            IOUtils.close(plain.values());
        }
    }

    private static void verifyFile(Directory dir, String file) throws IOException {
        try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
            CodecUtil.checksumEntireFile(in);
        } catch (NoSuchFileException e) {
            // merged away since the reader opened: it no longer serves searches
        }
    }
}
