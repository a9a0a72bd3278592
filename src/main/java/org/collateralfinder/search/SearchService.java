package org.collateralfinder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
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
 * Answers searches: interprets the query against the index's vocabulary (close spellings, split and
 * joined words, completions as you type), ranks with {@link Ranking}, folds duplicates and versions into
 * one result each ({@link ResultGrouper}), highlights a snippet per result and counts facets by type,
 * source, year and size.
 */
public final class SearchService {

    /** Which of the costlier features run; both on in the app, off only to measure what they cost. */
    public record Features(boolean forgivingWords, boolean grouping) {
        public static final Features ALL = new Features(true, true);
    }

    private static final Set<String> SHOWN_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.FILENAME, Schema.FOLDER,
            Schema.SOURCE, Schema.TYPE, Schema.EXT, Schema.MODIFIED, Schema.SIZE, Schema.AUTHOR, Schema.PAGES,
            Schema.HASH, Schema.FAILURE, Schema.FAILURE_DETAIL);
    private static final int SNIPPET_CHARS = 180;

    private final IndexService index;
    private final Ranking ranking;
    private final Features features;
    private final ZoneId zone;
    private final QueryInterpreter interpreter = new QueryInterpreter();
    private final FacetCounter facets = new FacetCounter();
    private volatile Newest newest;

    private record Newest(IndexReader reader, long millis) {
    }

    public SearchService(IndexService index) {
        this(index, Ranking.standard(), Features.ALL, ZoneId.systemDefault());
    }

    /** @param zone the time zone "this month" and "this year" of the modified facet are counted in */
    public SearchService(IndexService index, ZoneId zone) {
        this(index, Ranking.standard(), Features.ALL, zone);
    }

    public SearchService(IndexService index, Ranking ranking) {
        this(index, ranking, Features.ALL, ZoneId.systemDefault());
    }

    /**
     * @param ranking  the ranking, with or without the team's feedback
     * @param features which costlier features run ({@link Features#ALL} in the app)
     * @param zone     the time zone "this month" and "this year" of the modified facet are counted in
     */
    public SearchService(IndexService index, Ranking ranking, Features features, ZoneId zone) {
        this.index = index;
        this.ranking = ranking;
        this.features = features;
        this.zone = zone;
    }

    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        IndexSearcher searcher = acquire();
        try {
            QueryInterpreter.Interpretation meaning = interpret(request, searcher);
            Query query = withFilters(meaning.query(), request.filters());
            TopDocs top = firstPass(searcher, query, meaning.closeness(), request);
            FacetsCollector matching = searcher.search(query, new FacetsCollectorManager());
            long total = 0;
            for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
                total += m.totalHits();
            }
            ScoreDoc[] best = top.scoreDocs.length > Ranking.candidates(request.limit())
                    ? java.util.Arrays.copyOf(top.scoreDocs, Ranking.candidates(request.limit())) : top.scoreDocs;
            List<Candidate> candidates = Candidate.load(searcher, best);
            if (request.order() == SearchRequest.Order.RELEVANCE) {
                candidates = rescore(candidates, newestMillis(searcher.getIndexReader()));
            }
            ResultGrouper.Page page = features.grouping()
                    ? ResultGrouper.group(searcher, candidates, request.limit())
                    : ResultGrouper.ungrouped(candidates, request.limit());
            String[] snippets = snippets(searcher, meaning.highlight(), page.groups());
            List<SearchHit> hits = new ArrayList<>(page.groups().size());
            var stored = searcher.storedFields();
            for (int i = 0; i < page.groups().size(); i++) {
                ResultGrouper.Group g = page.groups().get(i);
                Document doc = stored.document(g.representative().doc(), SHOWN_FIELDS);
                hits.add(toHit(doc, g, snippets[i]));
            }
            Map<String, List<FacetCount>> counts = facets.count(searcher.getIndexReader(), matching);
            counts.put(ModifiedPeriod.FACET, ModifiedPeriod.count(matching, LocalDate.now(zone), zone));
            double tookMs = Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0;
            return new SearchResult(request.query(), Math.max(hits.size(), total - page.collapsed()), tookMs, hits,
                    counts, meaning.message());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new CollateralException("The query expands to too many words; make wildcards more specific.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The best candidates in the requested order. By relevance: the top scores (skipping files that cannot
     * compete), the closeness bonus over the best {@link Ranking#PROXIMITY_WINDOW}; when every match scores
     * the same (an empty query, filters only), the newest. Facets and the total come from a second pass
     * that counts every match without scoring it.
     */
    private static TopDocs firstPass(IndexSearcher searcher, Query query, Query closeness, SearchRequest request)
            throws IOException {
        int window = Ranking.candidates(request.limit());
        Sort byDate = new Sort(new SortField(Schema.MODIFIED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        return switch (request.order()) {
            case NEWEST -> searcher.search(query, new TopFieldCollectorManager(byDate, window, null, window));
            case NAME -> searcher.search(query, new TopFieldCollectorManager(
                    new Sort(new SortField(Schema.ID, SortField.Type.STRING)), window, null, window));
            case RELEVANCE -> {
                int n = closeness == null ? window : Math.max(window, Ranking.PROXIMITY_WINDOW);
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
                ScoreDoc[] docs = top.scoreDocs;
                if (docs.length > 0 && docs[0].score == docs[docs.length - 1].score && top.totalHits.value() > docs.length) {
                    // all alike: the newest of them all, not the first found
                    float score = docs[0].score;
                    TopDocs newest = searcher.search(query, new TopFieldCollectorManager(byDate, n, null, n));
                    for (ScoreDoc sd : newest.scoreDocs) {
                        sd.score = score;
                    }
                    yield newest;
                }
                yield closeness == null ? top : QueryRescorer.rescore(searcher, top, closeness, Ranking.PROXIMITY_WEIGHT, n);
            }
        };
    }

    private QueryInterpreter.Interpretation interpret(SearchRequest request, IndexSearcher searcher) throws IOException {
        QueryInterpreter.Interpretation words = features.forgivingWords()
                ? interpreter.interpret(request.query(), searcher, request.asYouType())
                : exactOnly(request.query());
        if (request.likePath() == null) {
            return words;
        }
        QueryInterpreter.Interpretation like = SimilarFiles.like(searcher, request.likePath());
        if (request.query().isBlank()) {
            return like;
        }
        Query both = new BooleanQuery.Builder().add(like.query(), BooleanClause.Occur.MUST)
                .add(words.query(), BooleanClause.Occur.MUST).build();
        return new QueryInterpreter.Interpretation(both, words.highlight(),
                like.message() != null ? like.message() : words.message(), words.closeness());
    }

    private QueryInterpreter.Interpretation exactOnly(String text) {
        Query q = interpreter.interpret(text);
        return new QueryInterpreter.Interpretation(q, q, null);
    }

    /** Recency and feedback over the candidates, then the order again (ties: newer first, then the first ranking). */
    private List<Candidate> rescore(List<Candidate> candidates, long newestMillis) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double factor = Ranking.recencyBoost(c.modified(), newestMillis) * ranking.feedbackBoost(c.hash());
            out.add(c.withScore((float) (c.score() * factor)));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparing(Comparator.comparingLong(Candidate::modified).reversed())
                .thenComparingInt(Candidate::rank));
        return out;
    }

    /** The newest modification time in the index (recency is counted from it, so it does not drift with the clock). */
    private long newestMillis(IndexReader reader) throws IOException {
        Newest current = newest;
        if (current != null && current.reader() == reader) {
            return current.millis();
        }
        long max = Long.MIN_VALUE;
        for (LeafReaderContext leaf : reader.leaves()) {
            PointValues points = leaf.reader().getPointValues(Schema.MODIFIED);
            if (points != null && points.size() > 0) {
                max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
            }
        }
        long millis = max == Long.MIN_VALUE ? 0 : max;
        newest = new Newest(reader, millis);
        return millis;
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
            if (SizeBuckets.FACET.equals(f.getKey())) {
                b.add(SizeBuckets.filter(f.getValue()), BooleanClause.Occur.FILTER);
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

    private static String[] snippets(IndexSearcher searcher, Query query, List<ResultGrouper.Group> groups) throws IOException {
        if (groups.isEmpty()) {
            return new String[0];
        }
        ScoreDoc[] docs = new ScoreDoc[groups.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(groups.get(i).representative().doc(), groups.get(i).score());
        }
        TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Schema.queryAnalyzer())
                .withMaxLength(2_000_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_CHARS, 0.5f))
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
                .withMaxNoHighlightPassages(1)
                .withScorer(new SnippetScorer())
                .build();
        String[] raw = highlighter.highlight(Schema.BODY, SnippetQuery.bodyParts(query), top, 1);
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

    private static SearchHit toHit(Document doc, ResultGrouper.Group group, String snippet) {
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
        float score = group.score();
        return new SearchHit(doc.get(Schema.ID), title, doc.get(Schema.TYPE), doc.get(Schema.EXT), name,
                doc.get(Schema.FOLDER), doc.get(Schema.SOURCE), Float.isNaN(score) ? 0f : score, snippet,
                Instant.ofEpochMilli(numeric(doc, Schema.MODIFIED)), numeric(doc, Schema.SIZE), doc.get(Schema.AUTHOR),
                (int) numeric(doc, Schema.PAGES), doc.get(Schema.HASH), failure, group.duplicates(), group.versions());
    }

    private static long numeric(Document doc, String field) {
        var f = doc.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
    }

    private IndexSearcher acquire() {
        try {
            return index.acquire();
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + e.getMessage() + ".", e);
        }
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
