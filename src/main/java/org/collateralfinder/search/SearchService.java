package org.collateralfinder.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;

/**
 * Answers searches: parses the query, ranks (title and file name above body; newer first when scores
 * tie), highlights a snippet per hit and counts facets by type, source and year.
 */
public final class SearchService {

    static final List<String> FACETS = List.of(Schema.TYPE, Schema.SOURCE, Schema.YEAR);
    private static final Set<String> SHOWN_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.FILENAME, Schema.FOLDER,
            Schema.SOURCE, Schema.TYPE, Schema.EXT, Schema.MODIFIED, Schema.SIZE, Schema.AUTHOR, Schema.PAGES,
            Schema.HASH, Schema.FAILURE, Schema.FAILURE_DETAIL);
    private static final int SNIPPET_CHARS = 180;

    private final IndexService index;
    private final ZoneId zone;
    private final QueryInterpreter interpreter = new QueryInterpreter();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public SearchService(IndexService index) {
        this(index, ZoneId.systemDefault());
    }

    /** @param zone the time zone "this month" and "this year" of the modified facet are counted in */
    public SearchService(IndexService index, ZoneId zone) {
        this.index = index;
        this.zone = zone;
    }

    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        Query parsed = interpreter.interpret(request.query());
        Query query = withFilters(parsed, request.filters());
        IndexSearcher searcher;
        try {
            searcher = index.acquire();
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        }
        try {
            Sort sort = switch (request.order()) {
                case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(Schema.MODIFIED, SortField.Type.LONG, true));
                case NEWEST -> new Sort(new SortField(Schema.MODIFIED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
                case NAME -> new Sort(new SortField(Schema.ID, SortField.Type.STRING), SortField.FIELD_SCORE);
            };
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query,
                    request.limit(), sort, true, new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            long total = 0;
            for (FacetsCollector.MatchingDocs m : found.facetsCollector().getMatchingDocs()) {
                total += m.totalHits();
            }
            String[] snippets = snippets(searcher, parsed, top);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc, SHOWN_FIELDS);
                hits.add(toHit(doc, sd.score, snippets[i]));
            }
            Map<String, List<FacetCount>> facets = facets(searcher, found.facetsCollector());
            facets.put(ModifiedPeriod.FACET, ModifiedPeriod.count(found.facetsCollector(), LocalDate.now(zone), zone));
            double tookMs = Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0;
            return new SearchResult(request.query(), total, tookMs, hits, facets, null);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new CollateralException("The query expands to too many words; make wildcards more specific.", e);
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        } finally {
            index.release(searcher);
        }
    }

    private Query withFilters(Query query, Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            if (f.getValue().isEmpty()) {
                continue;
            }
            if (ModifiedPeriod.FACET.equals(f.getKey())) {
                b.add(ModifiedPeriod.filter(f.getValue(), LocalDate.now(zone), zone), BooleanClause.Occur.FILTER);
                continue;
            }
            List<BytesRef> values = f.getValue().stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(f.getKey(), values), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Schema.queryAnalyzer())
                .withMaxLength(2_000_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] raw = highlighter.highlight(Schema.BODY, query, top, 1);
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] == null ? "" : tidy(raw[i]);
        }
        return out;
    }

    /** Collapses runs of white space so a snippet reads as one line. */
    static String tidy(String snippet) {
        String s = snippet.replaceAll("\\s+", " ").strip();
        return s.length() > SNIPPET_CHARS * 3 ? s.substring(0, SNIPPET_CHARS * 3) + "…" : s;
    }

    private static SearchHit toHit(Document doc, float score, String snippet) {
        String name = doc.get(Schema.FILENAME);
        String title = doc.get(Schema.TITLE);
        if (title == null) {
            int dot = name.lastIndexOf('.');
            title = dot > 0 ? name.substring(0, dot) : name;
        }
        String failure = doc.get(Schema.FAILURE);
        if (failure != null) {
            String detail = doc.get(Schema.FAILURE_DETAIL);
            failure = detail == null || detail.isBlank() ? failure : failure + ": " + detail;
        }
        return new SearchHit(doc.get(Schema.ID), title, doc.get(Schema.TYPE), doc.get(Schema.EXT), name,
                doc.get(Schema.FOLDER), doc.get(Schema.SOURCE), Float.isNaN(score) ? 0f : score, snippet,
                Instant.ofEpochMilli(numeric(doc, Schema.MODIFIED)), numeric(doc, Schema.SIZE), doc.get(Schema.AUTHOR),
                (int) numeric(doc, Schema.PAGES), doc.get(Schema.HASH), failure, List.of(), List.of());
    }

    private static long numeric(Document doc, String field) {
        var f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        if (state == null) {
            return result;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : FACETS) {
            List<FacetCount> values = new ArrayList<>();
            try {
                FacetResult r = counts.getTopChildren(50, dim);
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
        return result;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
        } catch (IllegalArgumentException emptyIndex) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    /** The extracted text of one indexed file (by its id, the path), or empty when it is not indexed. */
    public Optional<String> documentText(String id) {
        IndexSearcher searcher;
        try {
            searcher = index.acquire();
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        }
        try {
            TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.BODY));
            String body = doc.get(Schema.BODY);
            return Optional.of(body == null ? "" : body);
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        } finally {
            index.release(searcher);
        }
    }

    /** Files whose contents could not be read, with their reasons, by path. */
    public List<FailedFile> failedFiles(int limit) {
        IndexSearcher searcher;
        try {
            searcher = index.acquire();
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        }
        try {
            Query q = new org.apache.lucene.search.TermQuery(new Term(Schema.STATE, Schema.STATE_FAILED));
            TopDocs top = searcher.search(q, Math.max(1, limit), new Sort(new SortField(Schema.ID, SortField.Type.STRING)));
            List<FailedFile> failed = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc, Set.of(Schema.ID, Schema.FAILURE, Schema.FAILURE_DETAIL));
                failed.add(new FailedFile(doc.get(Schema.ID), FailureReason.fromId(doc.get(Schema.FAILURE)),
                        doc.get(Schema.FAILURE_DETAIL)));
            }
            return failed;
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        } finally {
            index.release(searcher);
        }
    }

    /** How many documents the index holds. */
    public int documentCount() {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        }
    }
}
