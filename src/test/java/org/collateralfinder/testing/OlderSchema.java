package org.collateralfinder.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collateralfinder.index.Schema;

/** Makes an index look written by another release: the schema version its last commit records. */
public final class OlderSchema {

    private OlderSchema() {
    }

    /** Rewrites the last commit's user data as a release with schema {@code version} would have written it. */
    public static void mark(Path indexDir, int version) throws IOException {
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(version)).entrySet());
            writer.commit();
        }
        if (storedVersion(indexDir) != version) {
            throw new IllegalStateException("the index in " + indexDir + " did not take schema version " + version);
        }
    }

    /** The schema version the last commit in {@code indexDir} records. */
    public static int storedVersion(Path indexDir) throws IOException {
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return Integer.parseInt(reader.getIndexCommit().getUserData().get(Schema.VERSION_KEY));
        }
    }
}
