package org.collateralfinder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.index.Schema;

/**
 * What the index a searcher reads holds, as feedback asks it (team index copies included, their paths as
 * this computer sees them): one pass over the doc values of the files with the contents or paths asked for.
 * A failure to read the index is an {@link UncheckedIOException}.
 */
final class IndexedFiles implements IndexedContents {

    private final IndexSearcher searcher;

    IndexedFiles(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public Set<String> held(Set<String> contentHashes) {
        Set<String> held = new HashSet<>();
        forEachFile(Schema.HASH, contentHashes, (path, hash) -> held.add(hash));
        return held;
    }

    @Override
    public Map<String, String> contentsAt(Set<String> paths) {
        Map<String, String> at = new HashMap<>();
        forEachFile(Schema.ID, paths, (path, hash) -> {
            if (hash != null) {
                at.put(path, hash);
            }
        });
        return at;
    }

    @Override
    public Map<String, List<String>> pathsOf(Set<String> contentHashes) {
        Map<String, List<String>> paths = new HashMap<>();
        forEachFile(Schema.HASH, contentHashes, (path, hash) -> paths.computeIfAbsent(hash, h -> new ArrayList<>()).add(path));
        paths.values().forEach(Collections::sort);
        return paths;
    }

    /** Each live file whose {@code field} is one of the values: its path and content hash (or null). */
    private void forEachFile(String field, Set<String> values, BiConsumer<String, String> action) {
        if (values.isEmpty()) {
            return;
        }
        try {
            FacetsCollector matching = searcher.search(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()),
                    new FacetsCollectorManager());
            for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
                if (m.bits() == null) {
                    continue;
                }
                SortedDocValues ids = DocValues.getSorted(m.context().reader(), Schema.ID);
                SortedDocValues hashes = DocValues.getSorted(m.context().reader(), Schema.HASH);
                DocIdSetIterator it = m.bits().iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    action.accept(value(ids, doc), value(hashes, doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }
}
