package org.collateralfinder.gui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;

/** A real Lucene index of text files in a temporary folder, for view-model tests without a toolkit. */
public final class TestIndex implements AutoCloseable {

    public final IndexService index;
    public final SearchService search;
    public final Path folder;

    private TestIndex(IndexService index, Path folder) {
        this.index = index;
        this.search = new SearchService(index);
        this.folder = folder;
    }

    /** Indexes {@link Fixtures#writeTextFiles} (decoded in-process; no extraction worker starts). */
    public static TestIndex ofTextFiles(Path temp) throws Exception {
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        TestIndex made = new TestIndex(IndexService.openForWriting(temp.resolve("index")), folder);
        made.reindex();
        return made;
    }

    /** Indexes the files of a folder the test wrote (decoded in-process; no extraction worker starts). */
    public static TestIndex ofFolder(Path folder, Path indexFolder) throws Exception {
        TestIndex made = new TestIndex(IndexService.openForWriting(indexFolder), folder);
        made.reindex();
        return made;
    }

    /** Indexes the folder again (files changed on disk are read again). */
    public void reindex() throws Exception {
        try (IsolatedExtractor extractor = new IsolatedExtractor(ExtractionLimits.defaults().withWorkers(1), null)) {
            new Indexer(index, extractor, Duration.ofSeconds(30), null)
                    .run(List.of(new SourceRegistry.SourceFolder(folder.toString(), List.of())), ProgressListener.NONE,
                            Cancellation.none());
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
