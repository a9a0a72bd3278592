package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.FacetCount;

/**
 * Counts the matching files by type, source, year (largest first) and size bucket (smallest first). The
 * facet state of a reader is built once and reused until the index changes.
 */
final class FacetCounter {

    static final List<String> FACETS = List.of(Schema.TYPE, Schema.SOURCE, Schema.YEAR);
    private static final int MAX_VALUES = 50;

    private volatile State cached;

    private record State(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = state(reader);
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        if (state == null) {
            return result;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : FACETS) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult r = counts.getTopChildren(MAX_VALUES, dim);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        values.add(new FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException noSuchDimension) {
                // no document has this facet yet
            }
            result.put(dim, values);
        }
        result.put(SizeBuckets.FACET, SizeBuckets.count(collector));
        return result;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        State current = cached;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
        } catch (IllegalArgumentException emptyIndex) {
            state = null;
        }
        cached = new State(reader, state);
        return state;
    }
}
