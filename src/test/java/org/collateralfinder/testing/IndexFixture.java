package org.collateralfinder.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;

/** A real data directory, index and extraction workers in a temporary folder, for tests. */
public final class IndexFixture implements AutoCloseable {

    public final DataDirectory dataDir;
    public final SourceRegistry sources;
    public final IsolatedExtractor extractor;
    public final IndexService index;
    public final SearchService search;

    public IndexFixture(Path root, ExtractionLimits limits) {
        this.dataDir = DataDirectory.open(root.resolve("data"));
        this.sources = new SourceRegistry(dataDir.sourcesFile());
        this.extractor = new IsolatedExtractor(limits, dataDir.logsDir().resolve("extract-worker-output.log"));
        this.index = IndexService.openForWriting(dataDir.indexDir());
        this.search = new SearchService(index);
    }

    /** A fixture under {@code root} with {@code source} as its one source, indexed once. */
    public static IndexFixture indexed(Path root, Path source) {
        IndexFixture fixture = new IndexFixture(root, testLimits());
        fixture.sources.add(source, List.of());
        fixture.run();
        return fixture;
    }

    public static ExtractionLimits testLimits() {
        return ExtractionLimits.defaults().withWorkers(1).withTimeout(Duration.ofSeconds(20)).withWorkerHeapMb(256);
    }

    public IndexRunStats run() {
        return new Indexer(index, extractor, Duration.ofSeconds(30), dataDir.root())
                .run(sources.list(), ProgressListener.NONE, Cancellation.none());
    }

    public SearchResult query(String q) {
        return search.search(SearchRequest.of(q, 20));
    }

    /** The file names of the hits for a query, in rank order. */
    public List<String> names(String q) {
        return query(q).hits().stream().map(SearchHit::fileName).toList();
    }

    @Override
    public void close() {
        index.close();
        extractor.close();
    }
}
