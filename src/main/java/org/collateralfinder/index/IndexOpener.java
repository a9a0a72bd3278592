package org.collateralfinder.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the index folders for writing: completes a swap a killed process left half done, then either
 * opens {@code index} itself, or — when it was written by another schema version — serves it
 * read-only and opens the writer on {@code index-next}, resuming a rebuild of this version found there.
 */
final class IndexOpener {

    private static final Logger LOG = LoggerFactory.getLogger(IndexOpener.class);

    /**
     * @param own    where the indexer writes
     * @param served what searches see: {@code own}, or the old index while {@code own} is rebuilt
     */
    record Opened(OpenIndex own, OpenIndex served) {
    }

    private IndexOpener() {
    }

    static Opened forWriting(Path indexDir, UnaryOperator<Directory> wrapper) throws IOException {
        IndexFolders.settle(indexDir);
        int stored = -1;
        boolean exists;
        try (Directory directory = FSDirectory.open(Files.createDirectories(indexDir))) {
            exists = DirectoryReader.indexExists(directory);
            if (exists) {
                stored = IndexFolders.committedVersion(directory);
            }
        }
        Path next = IndexFolders.next(indexDir);
        if (!exists || stored == Schema.VERSION) {
            OpenIndex current = OpenIndex.writable(indexDir, wrapper, OpenMode.CREATE_OR_APPEND);
            if (Files.exists(next)) {
                LOG.info("Deleting {}: the index needs no rebuild", next);
                IndexFolders.deleteTree(next);
            }
            return new Opened(current, current);
        }
        OpenIndex old = OpenIndex.readOnly(indexDir, true);
        try {
            OpenIndex rebuild = openNext(next, wrapper);
            LOG.info("Index schema changed (found {}, now {}); rebuilding into {} while {} answers searches", stored,
                    Schema.VERSION, next, indexDir);
            return new Opened(rebuild, old);
        } catch (IOException | RuntimeException e) {
            old.close();
            throw e;
        }
    }

    /** Opens {@code index-next}: resumes a rebuild of this version left there, else starts it empty. */
    private static OpenIndex openNext(Path next, UnaryOperator<Directory> wrapper) throws IOException {
        if (IndexFolders.hasCommit(next)) {
            try {
                int version;
                try (Directory directory = FSDirectory.open(next)) {
                    version = IndexFolders.storedVersion(directory);
                }
                if (version == Schema.VERSION) {
                    OpenIndex resumed = OpenIndex.writable(next, wrapper, OpenMode.APPEND);
                    LOG.info("Resuming the interrupted rebuild in {}", next);
                    return resumed;
                }
            } catch (IOException e) {
                if (!IndexFolders.isDamage(e)) {
                    throw e;
                }
                LOG.warn("The unfinished rebuild in {} is damaged; starting it again", next, e);
            }
        }
        IndexFolders.deleteTree(next);
        return OpenIndex.writable(next, wrapper, OpenMode.CREATE);
    }
}
