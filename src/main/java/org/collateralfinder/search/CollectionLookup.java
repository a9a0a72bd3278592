package org.collateralfinder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.FileCollection;

/**
 * The collections as the index a searcher reads holds their files: which collections hold a hit, which answer a query
 * ({@link CollectionMatch}), and each with its files. One snapshot per index reader, while collections and edits do not
 * change.
 */
final class CollectionLookup {

    private final Supplier<FeedbackRepository> store;
    private volatile Snapshot last;

    private record Snapshot(IndexReader reader, CollectionFiles files) {
    }

    CollectionLookup(Supplier<FeedbackRepository> store) {
        this.store = store;
    }

    /** Which file each member of every collection is in this searcher's index. */
    CollectionFiles files(IndexSearcher searcher) throws IOException {
        Snapshot snapshot = last;
        IndexReader reader = searcher.getIndexReader();
        if (snapshot != null && snapshot.reader() == reader && snapshot.files().isCurrent()) {
            return snapshot.files();
        }
        try {
            CollectionFiles files = store.get().collections().byFile(new IndexedFiles(searcher));
            last = new Snapshot(reader, files);
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The names of the collections holding each of these files (content hash by path), those held only, by path. */
    Map<String, List<String>> namesAt(IndexSearcher searcher, Map<String, String> contentAt) throws IOException {
        CollectionFiles files = files(searcher);
        Map<String, List<String>> names = new HashMap<>();
        if (files.all().isEmpty()) {
            return names;
        }
        contentAt.forEach((path, hash) -> {
            List<String> holding = files.holding(new KnownFile(hash, path)).stream().map(FileCollection::name).toList();
            if (!holding.isEmpty()) {
                names.put(path, holding);
            }
        });
        return names;
    }

    /** Every collection, or those answering {@code query} when it is not null, with their files. */
    List<FoundCollection> found(IndexSearcher searcher, String query) throws IOException {
        CollectionFiles files = files(searcher);
        Collection<FileCollection> all = files.all();
        return all.stream().filter(collection -> query == null || CollectionMatch.matches(query, collection))
                .map(collection -> new FoundCollection(collection, files.filesOf(collection))).toList();
    }
}
