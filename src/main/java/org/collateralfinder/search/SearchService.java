package org.collateralfinder.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.PageStartsField;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.IndexReplacedException;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.PageStarts;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.model.TextMatch;
import org.collateralfinder.task.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers searches: interprets the query against the index's vocabulary (close spellings, split and
 * joined words, completions as you type), ranks with {@link Ranking}, folds duplicates and versions into
 * one result each ({@link ResultGrouper}), highlights a snippet per result and counts facets by type,
 * source, year and size.
 */
public final class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    /** Which of the costlier features run; both on in the app, off only to measure what they cost. */
    public record Features(boolean forgivingWords, boolean grouping) {
        public static final Features ALL = new Features(true, true);
    }

    private final IndexService index;
    private final Ranking ranking;
    private final Features features;
    private final ZoneId zone;
    private final FeedbackFilters feedback;
    private final CollectionLookup collections;
    private final QueryInterpreter interpreter;
    private final FacetCounter facets = new FacetCounter();
    /** The rows' stored fields and texts, kept across searches (a keystroke shows many of the last one's files). */
    private final ShownDocuments shownDocuments = new ShownDocuments();
    private final Snippets snippets = new Snippets(shownDocuments);
    private volatile Newest newest;
    private volatile MatchGroups groups;

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
     * With the team's feedback: in the ranking, in the query ({@code tag:}, {@code rating:},
     * {@code commented:}) and as the filters {@link FeedbackFilters#TAG} and {@link FeedbackFilters#RATING}.
     */
    public SearchService(IndexService index, FeedbackFilters feedback) {
        this(index, Ranking.standard(), Features.ALL, ZoneId.systemDefault(), feedback);
    }

    /**
     * @param ranking  the ranking, with or without the team's feedback
     * @param features which costlier features run ({@link Features#ALL} in the app)
     * @param zone     the time zone "this month" and "this year" of the modified facet are counted in
     */
    public SearchService(IndexService index, Ranking ranking, Features features, ZoneId zone) {
        this(index, ranking, features, zone, null);
    }

    private SearchService(IndexService index, Ranking ranking, Features features, ZoneId zone, FeedbackFilters feedback) {
        this.index = index;
        this.ranking = ranking;
        this.features = features;
        this.zone = zone;
        this.feedback = feedback;
        this.collections = feedback == null ? null : new CollectionLookup(feedback::repository);
        this.interpreter = new QueryInterpreter(feedback);
    }

    /** The page of results with its total and facets: {@link #page}, then {@link Page#counted()}. */
    public SearchResult search(SearchRequest request) {
        return page(request).counted();
    }

    /**
     * A search in parts, so that a keystroke's results need not wait for what looks at every match: the page (the
     * best results, ranked and grouped, the first of its rows with their snippets) first, then the rest of its rows
     * ({@link Page#complete}) and its total and facets ({@link Page#counted}, {@link Page#counts}).
     */
    public static final class Page {
        private final SearchService service;
        private final SearchResult shown;
        private final SearchRequest request;
        private final Query words;
        private final boolean everyMatchListed;
        /** The reader the page was ranked on: its results' document numbers are this reader's. */
        private final IndexReader reader;
        private final ResultGrouper.Page results;
        private final Query highlight;
        private final long started;

        private Page(SearchService service, SearchResult shown, SearchRequest request, Query words,
                     boolean everyMatchListed, IndexReader reader, ResultGrouper.Page results, Query highlight,
                     long started) {
            this.service = service;
            this.shown = shown;
            this.request = request;
            this.words = words;
            this.everyMatchListed = everyMatchListed;
            this.reader = reader;
            this.results = results;
            this.highlight = highlight;
            this.started = started;
        }

        /**
         * The rows written so far, as the list shows them (all of them unless the page was asked for its first rows
         * only); its total is the rows shown and it has no facets yet.
         */
        public SearchResult shown() {
            return shown;
        }

        /** How many rows the page has: those written and those {@link #complete} writes. */
        public int rows() {
            return results.size();
        }

        /** Whether every row is written (nothing is left for {@link #complete}). */
        public boolean isComplete() {
            return shown.hits().size() == results.size();
        }

        /**
         * The page with every row written: the rows after the first, with their snippets, on the index the page was
         * ranked on. When the index changed meanwhile (the document numbers are another reader's), the search runs
         * again in full on the index as it is now, and its first rows may differ from those written before.
         *
         * @throws CancellationException when {@code cancellation} is cancelled before it is done
         */
        public Page complete(Cancellation cancellation) {
            if (isComplete()) {
                return this;
            }
            return service.index.read(searcher -> {
                if (searcher.getIndexReader() != reader) {
                    return service.page(searcher, request, request.limit(), cancellation, System.nanoTime());
                }
                List<SearchHit> hits = new ArrayList<>(shown.hits());
                hits.addAll(service.hits(searcher, highlight, results, hits.size(), results.size(), cancellation));
                return new Page(service, new SearchResult(request.query(), hits.size(), millis(started), 0, hits, Map.of(),
                        shown.message()), request, words, everyMatchListed, reader, results, highlight, started);
            });
        }

        /** The same page with the total and the facets, counted over every match (on the index as it is now). */
        public SearchResult counted() {
            return service.counted(this);
        }

        /**
         * The team's feedback on every file the search matches, beyond the page's rows too, and the rows it is
         * folded into (what the window's Feedback filters count). None without a feedback store.
         */
        public MatchedFeedback feedbackOfMatches() {
            if (service.feedback == null) {
                return new MatchedFeedback(Map.of(), Map.of());
            }
            return service.index.read(searcher -> {
                FacetsCollector matching = service.matching(searcher, this);
                MatchGroups groups = service.groups(searcher);
                return MatchedFeedback.of(searcher, matching, service.feedback.byFile(searcher), groups,
                        service.together(groups, matching, this, searcher).pairs(), Cancellation.none());
            });
        }

        /**
         * The total and facets ({@link #counted}) and the feedback on every match ({@link #feedbackOfMatches}) from
         * one pass over the matches, as the window's filters count them.
         *
         * @throws CancellationException when {@code cancellation} is cancelled before it is done
         */
        public Counts counts(Cancellation cancellation) {
            return service.counts(this, cancellation);
        }

        /** Whether the search matches the file at this path, among the page's rows or beyond them. */
        public boolean matches(String path) {
            Query file = new BooleanQuery.Builder().add(service.withFilters(words, request.filters()), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Schema.ID, path)), BooleanClause.Occur.FILTER).build();
            return service.index.read(searcher -> searcher.count(file) > 0);
        }
    }

    /**
     * A page's counts: {@code result} is the page's rows written when it was counted, with the total and facets;
     * {@code feedback} the feedback on every match, or null when it could not be read (then the rows' feedback is
     * all there is to count).
     */
    public record Counts(SearchResult result, MatchedFeedback feedback) {
    }

    /** The first part of a search: the page of results, ranked, grouped and with snippets. */
    public Page page(SearchRequest request) {
        return page(request, request.limit(), Cancellation.none());
    }

    /**
     * The first part of a search with only its first {@code firstRows} rows written (their stored fields read and their
     * snippets made); {@link Page#complete} writes the others. The rows are those of the whole page: ranked and grouped
     * over as many candidates as {@code request.limit()} asks for.
     *
     * @throws CancellationException when {@code cancellation} is cancelled before it is done
     */
    public Page page(SearchRequest request, int firstRows, Cancellation cancellation) {
        long start = System.nanoTime();
        return index.read(searcher -> page(searcher, request, firstRows, cancellation, start));
    }

    private Page page(IndexSearcher searcher, SearchRequest request, int firstRows, Cancellation cancellation,
                      long start) throws IOException {
        try {
            QueryInterpreter.Interpretation meaning = meaning(request, searcher);
            Query query = withFilters(meaning.query(), request.filters());
            Query favoured = feedback == null ? null : feedback.favoured(searcher);
            stopIfCancelled(cancellation);
            TopDocs top = firstPass(searcher, query, meaning.closeness(), meaning.asTyped(), request, favoured);
            if (top.totalHits.value() == 0 && meaning.completedInPart()) {
                // nothing with the last word's most frequent completions: every word it starts (a keystroke
                // shows at least what the finished word will; one that found nothing costs a second pass)
                stopIfCancelled(cancellation);
                meaning = interpret(request, searcher, true);
                query = withFilters(meaning.query(), request.filters());
                top = firstPass(searcher, query, meaning.closeness(), meaning.asTyped(), request, favoured);
            }
            stopIfCancelled(cancellation);
            ScoreDoc[] best = top.scoreDocs.length > Ranking.candidates(request.limit())
                    ? Arrays.copyOf(top.scoreDocs, Ranking.candidates(request.limit())) : top.scoreDocs;
            List<Candidate> candidates = Candidate.load(searcher, best);
            if (request.order() == SearchRequest.Order.RELEVANCE) {
                Query highlight = meaning.highlight();
                candidates = rescore(candidates, newestMillis(searcher.getIndexReader()),
                        feedback == null ? ranking : feedback.ranking(searcher, request.deal()),
                        doc -> bestPage(searcher, highlight, request.query(), doc));
            }
            ResultGrouper.Page page = features.grouping()
                    ? ResultGrouper.group(searcher, candidates, request.limit(), request.order() == SearchRequest.Order.NAME,
                            feedback == null ? CuratedApart.NONE : feedback.apart(searcher))
                    : ResultGrouper.ungrouped(candidates, request.limit());
            List<SearchHit> hits = hits(searcher, meaning.highlight(), page, 0, Math.min(page.size(), Math.max(0, firstRows)),
                    cancellation);
            String message = Stream.concat(Stream.ofNullable(meaning.message()), index.copies().leftOut().stream())
                    .reduce((said, more) -> said + " " + more).orElse(null);
            // when every match was looked at and is in a row, the counts are the rows (see counted)
            boolean everyMatchListed = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                    && top.totalHits.value() <= best.length && page.size() == candidates.size() - page.collapsed();
            return new Page(this, new SearchResult(request.query(), hits.size(), millis(start), 0, hits, Map.of(), message),
                    request, meaning.query(), everyMatchListed, searcher.getIndexReader(), page, meaning.highlight(), start);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryInterpreter.tooManyClauses(request.query(), e);
        }
    }

    /** Rows written in one go between two looks at whether the search is still wanted. */
    private static final int ROWS_PER_STEP = 50;

    /** The rows of results {@code from} (inclusive) to {@code to} (exclusive): their groups, stored fields and snippets. */
    private List<SearchHit> hits(IndexSearcher searcher, Query highlight, ResultGrouper.Page results, int from, int to,
                                 Cancellation cancellation) throws IOException {
        List<SearchHit> hits = new ArrayList<>(to - from);
        stopIfCancelled(cancellation);
        List<ResultGrouper.Group> groups = results.groups(searcher, from, to); // their copies and versions in one lookup
        for (int at = 0; at < groups.size(); at += ROWS_PER_STEP) {
            stopIfCancelled(cancellation);
            List<ResultGrouper.Group> step = groups.subList(at, Math.min(groups.size(), at + ROWS_PER_STEP));
            String[] snippetTexts = snippets.of(searcher, highlight, step);
            for (int i = 0; i < step.size(); i++) {
                ResultGrouper.Group g = step.get(i);
                Document doc = shownDocuments.get(searcher, g.representative().doc()).row();
                hits.add(toHit(doc, g, snippetTexts[i]));
            }
        }
        return hits;
    }

    private static void stopIfCancelled(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancellationException("A newer search replaced this one.");
        }
    }

    /** Every match of the page's query, to count. */
    private FacetsCollector matching(IndexSearcher searcher, Page page) throws IOException {
        return searcher.search(withFilters(page.words, page.request.filters()), new FacetsCollectorManager());
    }

    /**
     * Every file the search matches, beyond any page, as path to content hash ("" for a file without one): no ranking,
     * grouping or snippets. What a saved search compares with the files it matched when last opened.
     */
    public Map<String, String> matchingFiles(SearchRequest request) {
        return index.read(searcher -> {
            try {
                QueryInterpreter.Interpretation meaning = meaning(request, searcher);
                Query query = withFilters(meaning.query(), request.filters());
                if (meaning.completedInPart() && searcher.count(query) == 0) {
                    query = withFilters(interpret(request, searcher, true).query(), request.filters()); // as page does
                }
                return MatchingFiles.of(searcher, query);
            } catch (IndexSearcher.TooManyClauses e) {
                throw QueryInterpreter.tooManyClauses(request.query(), e);
            }
        });
    }

    /** The second part: the total and facets over every match of the page's query. */
    private SearchResult counted(Page page) {
        long start = System.nanoTime();
        return index.read(searcher -> {
            try {
                return counted(searcher, page, matching(searcher, page), Cancellation.none(), start);
            } catch (IndexSearcher.TooManyClauses e) {
                throw QueryInterpreter.tooManyClauses(page.request.query(), e);
            }
        });
    }

    private SearchResult counted(IndexSearcher searcher, Page page, FacetsCollector matching, Cancellation cancellation,
                                 long start) throws IOException {
        return counted(searcher, page, matching, together(groups(searcher), matching, page, searcher), cancellation, start);
    }

    /** As above, with the matches' near-identical pairs already found ({@link #together}), so they are found once. */
    private SearchResult counted(IndexSearcher searcher, Page page, FacetsCollector matching, Together together,
                                 Cancellation cancellation, long start) throws IOException {
        stopIfCancelled(cancellation);
        // when every match was looked at and is in a row, the counts are the rows (curation's rule included);
        // otherwise the matches fold by the list's rule: copies, versions and near-identical texts (see together)
        MatchGroups groups = groups(searcher);
        boolean sameIndex = searcher.getIndexReader() == page.reader;
        MatchGroups.Folded results = page.everyMatchListed
                ? new MatchGroups.Folded(rowsOf(searcher, page), page.rows())
                : groups.fold(matching, together.pairs());
        stopIfCancelled(cancellation);
        Map<String, List<FacetCount>> counts = count(searcher, results.representatives());
        if (!page.request.filters().containsKey(Schema.TYPE)) {
            // a type counts the rows the list shows with that type chosen: its matches grouped on their own (a deck
            // and its PDF export in one row count under both types)
            counts.put(Schema.TYPE, page.everyMatchListed && sameIndex
                    ? MatchGroups.ordered(page.results.resultsPer(groups::typeOf))
                    : groups.resultsPerType(matching, perType(groups, matching, together)));
        }
        countSideways(searcher, page, counts, cancellation);
        SearchResult shown = page.shown;
        return new SearchResult(shown.query(), Math.max(page.rows(), results.results()), shown.tookMs(),
                millis(start), shown.hits(), counts, shown.message());
    }

    private Counts counts(Page page, Cancellation cancellation) {
        long start = System.nanoTime();
        return index.read(searcher -> {
            try {
                FacetsCollector matching = matching(searcher, page);
                Together together = together(groups(searcher), matching, page, searcher);
                SearchResult result = counted(searcher, page, matching, together, cancellation, start);
                if (feedback == null) {
                    return new Counts(result, new MatchedFeedback(Map.of(), Map.of()));
                }
                MatchedFeedback matched;
                try {
                    matched = MatchedFeedback.of(searcher, matching, feedback.byFile(searcher), groups(searcher),
                            together.pairs(), cancellation);
                } catch (CancellationException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Feedback on every match could not be read; the Feedback filters count the rows shown", e);
                    matched = null;
                }
                return new Counts(result, matched);
            } catch (IndexSearcher.TooManyClauses e) {
                throw QueryInterpreter.tooManyClauses(page.request.query(), e);
            }
        });
    }

    /**
     * The team's feedback on these hits, by path, for their badges and JSON: as search filtered and ranked
     * them (a hit without content has none). Empty without a feedback store.
     */
    public Map<String, FeedbackSummary> feedbackOf(Collection<SearchHit> hits) {
        if (feedback == null) {
            return Map.of();
        }
        List<KnownFile> files = hits.stream().filter(hit -> hit.contentHash() != null)
                .map(hit -> new KnownFile(hit.contentHash(), hit.path())).toList();
        return index.read(searcher -> feedback.summaries(searcher, files));
    }

    /**
     * Marketing's curation of these hits, by path, those curated only (a hit without content has none), with where the
     * file replacing a retired one is now. Empty without a feedback store.
     */
    public Map<String, ShownCuration> curationOf(Collection<SearchHit> hits) {
        Map<String, String> contentAt = new HashMap<>();
        hits.stream().filter(hit -> hit.contentHash() != null).forEach(hit -> contentAt.put(hit.path(), hit.contentHash()));
        return curationAt(contentAt);
    }

    /**
     * Marketing's curation of these files (content hash by path), those curated only, by path: the members of a
     * collection, the files of the report. Empty without a feedback store.
     */
    public Map<String, ShownCuration> curationAt(Map<String, String> contentAt) {
        if (feedback == null || contentAt.isEmpty()) {
            return Map.of();
        }
        return index.read(searcher -> feedback.curationsAt(searcher, contentAt));
    }

    /**
     * What the team's feedback says of these hits in deals like {@code deal}, by path, those with such feedback only (the
     * rows and JSON say why a hit ranks higher or lower for the deal). Empty without a deal or a feedback store.
     */
    public Map<String, DealEvidence> dealEvidenceOf(Collection<SearchHit> hits, DealContext deal) {
        Map<String, String> contentAt = new HashMap<>();
        hits.stream().filter(hit -> hit.contentHash() != null).forEach(hit -> contentAt.put(hit.path(), hit.contentHash()));
        if (feedback == null || deal == null || deal.isEmpty() || contentAt.isEmpty()) {
            return Map.of();
        }
        return index.read(searcher -> feedback.evidenceAt(searcher, contentAt, deal));
    }

    /**
     * The team's feedback on the older versions listed under these hits, by path, those with feedback only: the
     * window's rows say it, so feedback on a version folded under its newer one is not lost from sight. (Not in
     * search's JSON, whose rows give each version's path only.) Empty without a feedback store.
     */
    public Map<String, FeedbackSummary> feedbackOfOlderVersions(Collection<SearchHit> hits) {
        Set<String> paths = new HashSet<>();
        hits.forEach(hit -> paths.addAll(hit.versions()));
        if (feedback == null || paths.isEmpty()) {
            return Map.of();
        }
        return index.read(searcher -> feedback.summariesAt(searcher, new IndexedFiles(searcher).contentsAt(paths)));
    }

    /**
     * The names of the collections holding each of these hits, by path, those held only (a hit without content is in
     * none); a file edited in place or renamed since it was put in a collection is still in it. Empty without a
     * feedback store.
     */
    public Map<String, List<String>> collectionsOf(Collection<SearchHit> hits) {
        Map<String, String> contentAt = new HashMap<>();
        hits.stream().filter(hit -> hit.contentHash() != null).forEach(hit -> contentAt.put(hit.path(), hit.contentHash()));
        if (collections == null || contentAt.isEmpty()) {
            return Map.of();
        }
        return index.read(searcher -> collections.namesAt(searcher, contentAt));
    }

    /**
     * The collections whose name or description answers the query ({@link CollectionMatch}), by name, each with its
     * files where the index has them now. Empty without a feedback store.
     */
    public List<FoundCollection> collectionsMatching(String query) {
        if (collections == null || CollectionMatch.plainWords(query).isEmpty()) {
            return List.of();
        }
        return index.read(searcher -> collections.found(searcher, query));
    }

    /** Every collection this computer knows (personal and the team's), by name, each with its files. */
    public List<FoundCollection> collections() {
        if (collections == null) {
            return List.of();
        }
        return index.read(searcher -> collections.found(searcher, null));
    }

    /**
     * Which feedback belongs to which file of the index searched now (the window's feedback panel asks it for
     * the file it shows).
     */
    public FeedbackByFile feedbackByFile() {
        if (feedback == null) {
            throw new CollateralException(FeedbackFilters.noFeedback());
        }
        return index.read(feedback::byFile);
    }

    /**
     * Asks {@code question} about what the index searched now holds (which files have which contents), with a
     * searcher borrowed for the question only: where an answer's files are now, for instance.
     */
    public <T> T withIndexedContents(Function<IndexedContents, T> question) {
        return index.read(searcher -> question.apply(new IndexedFiles(searcher)));
    }

    /** Milliseconds since {@code start}, to the microsecond. */
    private static double millis(long start) {
        return Math.round((System.nanoTime() - start) / 1_000.0) / 1_000.0;
    }

    /** The first documents, then the others not among them (as many as the others held). */
    private static TopDocs withFirst(TopDocs first, TopDocs others) {
        LinkedHashMap<Integer, ScoreDoc> docs = new LinkedHashMap<>();
        for (ScoreDoc sd : first.scoreDocs) {
            docs.putIfAbsent(sd.doc, sd);
        }
        for (ScoreDoc sd : others.scoreDocs) {
            if (docs.size() >= Math.max(others.scoreDocs.length, first.scoreDocs.length)) {
                break;
            }
            docs.putIfAbsent(sd.doc, sd);
        }
        return new TopDocs(others.totalHits, docs.values().toArray(ScoreDoc[]::new));
    }

    /** The documents the page's rows show, one per row (written or not), to count facets over. */
    private static FacetsCollector rowsOf(IndexSearcher searcher, Page page) throws IOException {
        List<BytesRef> ids = new ArrayList<>(page.results.size());
        for (int i = 0; i < page.results.size(); i++) {
            ids.add(new BytesRef(page.results.representative(i).id()));
        }
        Query rows = new TermInSetQuery(Schema.ID, ids);
        return searcher.search(rows, new FacetsCollectorManager());
    }

    /** Facet counts over one document per result (copies and versions folded, as the list shows them). */
    private Map<String, List<FacetCount>> count(IndexSearcher searcher, FacetsCollector representatives) throws IOException {
        Map<String, List<FacetCount>> counts = facets.count(searcher.getIndexReader(), representatives);
        counts.put(ModifiedPeriod.FACET, ModifiedPeriod.count(representatives, LocalDate.now(zone), zone));
        return counts;
    }

    /**
     * The matches to fold together besides copies and versions, as the list groups them ({@code pairs}): near-identical
     * texts compared among every match when there are no more than {@link MatchGroups#MAX_MATCHES_COMPARED}; past that,
     * the results the page folded (near-identical texts among its candidates; the others' are counted apart). None when grouping is off.
     *
     * @param complete whether nothing is left to compare per type ({@link #perType}): every match was compared, or
     *                 grouping is off
     */
    private record Together(List<int[]> pairs, boolean complete) {
    }

    private Together together(MatchGroups groups, FacetsCollector matching, Page page, IndexSearcher searcher)
            throws IOException {
        if (!features.grouping()) {
            return new Together(List.of(), true);
        }
        List<int[]> near = groups.nearIdentical(matching);
        if (near != null) {
            return new Together(near, true);
        }
        return new Together(searcher.getIndexReader() == page.reader ? page.results.together() : List.of(), false);
    }

    /**
     * The pairs to fold counting per type: {@code together}'s, and, where not every match was compared, the
     * near-identical texts among each type's own matches where a type has no more than
     * {@link MatchGroups#MAX_MATCHES_COMPARED}, as the list with that type chosen compares them all.
     */
    private static List<int[]> perType(MatchGroups groups, FacetsCollector matching, Together together)
            throws IOException {
        if (together.complete()) {
            return together.pairs();
        }
        List<int[]> pairs = new ArrayList<>(together.pairs());
        pairs.addAll(groups.nearIdenticalWithinEachType(matching));
        return pairs;
    }

    /**
     * A filtered facet is counted as if its own filter were off (the others stay on), so the values not
     * chosen keep their counts and can be added: two types at once.
     */
    private void countSideways(IndexSearcher searcher, Page page, Map<String, List<FacetCount>> counts,
                               Cancellation cancellation) throws IOException {
        Query query = page.words;
        Map<String, List<String>> filters = page.request.filters();
        for (String dimension : filters.keySet()) {
            stopIfCancelled(cancellation);
            if (!counts.containsKey(dimension) || filters.get(dimension).isEmpty()) {
                continue;
            }
            Map<String, List<String>> others = new HashMap<>(filters);
            others.remove(dimension);
            FacetsCollector matching = searcher.search(withFilters(query, others), new FacetsCollectorManager());
            MatchGroups groups = groups(searcher);
            Together together = together(groups, matching, page, searcher);
            if (Schema.TYPE.equals(dimension)) {
                counts.put(dimension, groups.resultsPerType(matching, perType(groups, matching, together)));
                continue;
            }
            MatchGroups.Folded results = groups.fold(matching, together.pairs());
            counts.put(dimension, count(searcher, results.representatives()).getOrDefault(dimension, List.of()));
        }
    }

    /** The copies and versions of the searcher's index, read once per index reader. */
    private MatchGroups groups(IndexSearcher searcher) throws IOException {
        MatchGroups current = groups;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            current = MatchGroups.of(searcher.getIndexReader());
            groups = current;
        }
        return current;
    }

    /**
     * The best candidates in the requested order. By relevance: the top scores (skipping files that cannot
     * compete), the closeness bonus over the best {@link Ranking#PROXIMITY_WINDOW}; when every match scores
     * the same (an empty query, filters only), the newest. Facets and the total come from a second pass
     * that counts every match without scoring it.
     */
    /** @param favoured files the team's feedback moves up, ranked too when every match scores alike (or null) */
    private static TopDocs firstPass(IndexSearcher searcher, Query query, Query closeness, Query asTyped,
                                     SearchRequest request, Query favoured) throws IOException {
        int window = Ranking.candidates(request.limit());
        // equal dates (the members of one archive) in path order, so every index lists them alike
        Sort byDate = new Sort(new SortField(Schema.MODIFIED, SortField.Type.LONG, true), SortField.FIELD_SCORE,
                new SortField(Schema.ID, SortField.Type.STRING));
        return switch (request.order()) {
            case NEWEST -> searcher.search(query, new TopFieldCollectorManager(byDate, window, null, window));
            case NAME -> searcher.search(query, new TopFieldCollectorManager(new Sort(
                    new SortField(Schema.NAME_ORDER, SortField.Type.STRING), new SortField(Schema.ID, SortField.Type.STRING)),
                    window, null, window));
            case RELEVANCE -> {
                int n = closeness == null ? window : Math.max(window, Ranking.PROXIMITY_WINDOW);
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
                ScoreDoc[] docs = top.scoreDocs;
                if (docs.length > 0 && docs[0].score == docs[docs.length - 1].score && top.totalHits.value() > docs.length) {
                    // all alike: the newest of them all, not the first found
                    float score = docs[0].score;
                    TopDocs newest = searcher.search(query, new TopFieldCollectorManager(byDate, n, null, n));
                    if (favoured != null) {
                        // and the files feedback moves up, wherever they are in that order
                        Query up = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                                .add(favoured, BooleanClause.Occur.FILTER).build();
                        newest = withFirst(searcher.search(up, new TopFieldCollectorManager(byDate, n, null, n)), newest);
                    }
                    for (ScoreDoc sd : newest.scoreDocs) {
                        sd.score = score;
                    }
                    yield newest;
                }
                TopDocs near = closeness == null ? top : QueryRescorer.rescore(searcher, top, closeness, Ranking.PROXIMITY_WEIGHT, n);
                yield asTyped == null ? near : asTypedFactor(asTyped).rescore(searcher, near, n);
            }
        };
    }

    /** A file's score × (1 + how much of the query it holds as typed: {@link QueryInterpreter.Interpretation#asTyped}). */
    private static QueryRescorer asTypedFactor(Query asTyped) {
        return new QueryRescorer(asTyped) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? firstPassScore * (1 + secondPassScore) : firstPassScore;
            }
        };
    }

    /**
     * What a search means, as {@link #interpret}; a search that is run (not as you type) and finds nothing is read once
     * more when no file holds its last word as typed: as the start of a word, as the search box reads it while it is
     * typed ("pat rothn" finds "Rothnie"; s15 MAJOR 4), and when that finds something the sentence says so. A word
     * respelled into a spelling that finds nothing with the others is not said to be shown ("Showing results for
     * "heavy ion collin"" over no results; s15 minor 1): the sentence says the word is in no file, as you type too
     * (rc15 minor A).
     */
    private QueryInterpreter.Interpretation meaning(SearchRequest request, IndexSearcher searcher) throws IOException {
        QueryInterpreter.Interpretation meaning = interpret(request, searcher, false);
        if (request.likePath() != null || !features.forgivingWords()) {
            return meaning;
        }
        if (request.asYouType()) {
            return meaning.respelled().isEmpty() || searcher.count(withFilters(meaning.query(), request.filters())) > 0
                    ? meaning : respellingFoundNothing(request, searcher, meaning);
        }
        String cutOff = cutOffLastWord(request.query(), searcher);
        if (cutOff == null && meaning.respelled().isEmpty()
                || searcher.count(withFilters(meaning.query(), request.filters())) > 0) {
            return meaning;
        }
        if (cutOff != null) {
            QueryInterpreter.Interpretation typing = interpret(request.asYouType(true), searcher, true);
            if (searcher.count(withFilters(typing.query(), request.filters())) > 0) {
                return typing.withMessage("Showing results for \"" + request.query().strip() + "…\" (words starting with \""
                        + cutOff + "\"): no file contains \"" + cutOff + "\".");
            }
        }
        return meaning.respelled().isEmpty() ? meaning : noFileContains(meaning);
    }

    /**
     * As you type, a respelling that found nothing with the other words (rc15 minor A): the last word's every
     * completion first, as {@link #page} would try next, and when that finds nothing too, the sentence that the
     * word is in no file, as a run query says it.
     */
    private QueryInterpreter.Interpretation respellingFoundNothing(SearchRequest request, IndexSearcher searcher,
                                                                  QueryInterpreter.Interpretation meaning) throws IOException {
        if (meaning.completedInPart()) {
            QueryInterpreter.Interpretation every = interpret(request, searcher, true);
            if (searcher.count(withFilters(every.query(), request.filters())) > 0) {
                return every;
            }
            meaning = every;
        }
        return noFileContains(meaning);
    }

    private static QueryInterpreter.Interpretation noFileContains(QueryInterpreter.Interpretation meaning) {
        return meaning.withMessage("No file contains "
                + String.join(" or ", meaning.respelled().stream().map(w -> "\"" + w + "\"").toList()) + ".");
    }

    /**
     * The last word of a query when no file holds it as typed (it may be cut off: "jenkin" of "Jenkinson", even though
     * "Jenkins" has its stem) and it has three letters or more, else null.
     */
    private static String cutOffLastWord(String query, IndexSearcher searcher) {
        QueryText typed = QueryText.read(query == null ? "" : query.strip());
        String last = typed.lastWord();
        if (last == null) {
            return null;
        }
        ForgivingWords words = new ForgivingWords(searcher);
        List<String> tokens = words.tokens(last);
        // one or two letters run are taken as typed ("quarterly b"): they start too many words to mean one of them
        return tokens.size() == 1 && tokens.getFirst().length() > Ranking.SHORT_PREFIX_LETTERS
                && words.typedHits(tokens.getFirst()) == 0 ? last : null;
    }

    /** @param everyCompletion as you type, the last word completes to every word it starts (not only the most frequent) */
    private QueryInterpreter.Interpretation interpret(SearchRequest request, IndexSearcher searcher, boolean everyCompletion)
            throws IOException {
        QueryInterpreter.Interpretation words = features.forgivingWords()
                ? interpreter.interpret(request.query(), searcher, request.asYouType(), everyCompletion)
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
                like.message() != null ? like.message() : words.message(), words.closeness(), words.respelled(),
                words.completedInPart());
    }

    private QueryInterpreter.Interpretation exactOnly(String text) {
        Query q = interpreter.interpret(text);
        return new QueryInterpreter.Interpretation(q, q, null);
    }

    /**
     * Recency, feedback, curation and the deal over the candidates, then the order again (ties: newer first, then by path, so an index
     * copied from a team's publication and one built on the laptop list alike whatever order they hold files in).
     */
    /** @param bestPageOf a document's best matching page (0 for none), asked only of files with feedback on some slides */
    private static List<Candidate> rescore(List<Candidate> candidates, long newestMillis, Ranking ranking,
                                           IntUnaryOperator bestPageOf) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double factor = Ranking.recencyBoost(c.modified(), newestMillis)
                    * ranking.feedbackBoost(c.id(), c.hash(), () -> bestPageOf.applyAsInt(c.doc()))
                    * ranking.curationBoost(c.id(), c.hash()) * ranking.dealBoost(c.id(), c.hash());
            out.add(c.withScore((float) (c.score() * factor)));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparing(Comparator.comparingLong(Candidate::modified).reversed())
                .thenComparing(Candidate::id, Comparator.nullsLast(Comparator.naturalOrder()))
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
            if (FeedbackFilters.TAG.equals(f.getKey()) || FeedbackFilters.RATING.equals(f.getKey())) {
                if (feedback == null) {
                    throw new CollateralException(FeedbackFilters.noFeedback());
                }
                b.add(feedback.filter(f.getKey(), f.getValue()), BooleanClause.Occur.FILTER);
                continue;
            }
            if (Schema.TYPE.equals(f.getKey())) {
                b.add(FileTypes.anyOf(f.getValue()), BooleanClause.Occur.FILTER);
                continue;
            }
            if (ModifiedPeriod.FACET.equals(f.getKey())) {
                b.add(ModifiedPeriod.filter(f.getValue(), LocalDate.now(zone), zone), BooleanClause.Occur.FILTER);
                continue;
            }
            if (Schema.YEAR.equals(f.getKey())) {
                f.getValue().stream().filter(y -> !y.matches("\\d{4}")).findFirst().ifPresent(y -> {
                    throw new RefusedInputException("There is no year \"" + y + "\"; write a year as 2025.");
                });
            }
            List<BytesRef> values = f.getValue().stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(f.getKey(), values), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static SearchHit toHit(Document doc, ResultGrouper.Group group, String snippet) {
        String name = doc.get(Schema.FILENAME);
        String title = Schema.shownTitle(doc.get(Schema.TITLE), name);
        String failure = doc.get(Schema.FAILURE);
        if (failure != null) {
            String detail = doc.get(Schema.FAILURE_DETAIL);
            failure = detail == null || detail.isBlank() ? failure : failure + ": " + detail;
        }
        float score = group.score();
        return new SearchHit(doc.get(Schema.ID), title, doc.get(Schema.TYPE), doc.get(Schema.EXT), name,
                doc.get(Schema.FOLDER), doc.get(Schema.SOURCE), Float.isNaN(score) ? 0f : score, snippet,
                Instant.ofEpochMilli(Schema.storedLong(doc, Schema.MODIFIED)), Schema.storedLong(doc, Schema.SIZE),
                doc.get(Schema.AUTHOR), (int) Schema.storedLong(doc, Schema.PAGES), doc.get(Schema.HASH), failure, group.duplicates(), group.versions(),
                group.newer());
    }

    /** The extracted text of one indexed file (by its id, the path), or empty when it is not indexed. */
    public Optional<String> documentText(String id) {
        return index.read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.BODY));
            String body = doc.get(Schema.BODY);
            return Optional.of(body == null ? "" : body);
        });
    }

    /**
     * Where a search matched in one file's text (as {@link #documentText} gives it): its words, and the
     * close spellings, word forms and completions it matched them with; by offset, at most {@code max}.
     *
     * @param maxChars only the text up to here is looked at
     */
    public List<TextMatch> matches(String id, SearchRequest request, int maxChars, int max) {
        return index.read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0 || (request.query().isBlank() && request.likePath() == null)) {
                return List.of();
            }
            try {
                Query highlight = meaning(request, searcher).highlight();
                return highlight == null ? List.<TextMatch>of()
                        : TextMatches.find(searcher, top.scoreDocs[0].doc, highlight, maxChars, max);
            } catch (IndexSearcher.TooManyClauses e) {
                return List.<TextMatch>of();
            }
        });
    }

    /**
     * Where in each of these files the search matched best: its best pages, slides or sheets
     * ({@link PageHits}), by path; an empty list for a file without pages or not in the index. Asked for
     * the rows that show them (the command line's, the window's selected one), not on every keystroke.
     */
    public Map<String, List<PageHit>> pageHits(SearchRequest request, List<String> paths) {
        return pageHits(request, paths, PageHits.MAX);
    }

    /**
     * As {@link #pageHits(SearchRequest, List)}, with at most {@code max} pages per file (the preview steps
     * through every matching page it is told of).
     */
    public Map<String, List<PageHit>> pageHits(SearchRequest request, List<String> paths, int max) {
        Map<String, List<PageHit>> out = new LinkedHashMap<>();
        paths.forEach(path -> out.put(path, List.of()));
        if (paths.isEmpty() || (request.query().isBlank() && request.likePath() == null)) {
            return out;
        }
        return index.read(searcher -> {
            List<String> paged = new ArrayList<>();
            List<Integer> docs = new ArrayList<>();
            List<PageStarts> starts = new ArrayList<>();
            for (String path : paths) {
                TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, path)), 1);
                if (top.scoreDocs.length == 1) {
                    PageStarts s = PageStartsField.of(shownDocuments.get(searcher, top.scoreDocs[0].doc).row());
                    if (!s.isEmpty()) {
                        paged.add(path);
                        docs.add(top.scoreDocs[0].doc);
                        starts.add(s);
                    }
                }
            }
            if (docs.isEmpty()) {
                return out;
            }
            try {
                Query highlight = meaning(request, searcher).highlight();
                PageHits.Passages[] passages = snippets.passages(searcher, highlight,
                        docs.stream().mapToInt(Integer::intValue).toArray(), starts.toArray(PageStarts[]::new),
                        PageHits.PASSAGES);
                QueryWords typed = QueryWords.of(request.query());
                for (int i = 0; i < paged.size(); i++) {
                    out.put(paged.get(i), PageHits.of(passages[i], starts.get(i), typed, max));
                }
            } catch (IndexSearcher.TooManyClauses e) {
                // a query too wide to say where it matched: the files show no pages
            }
            return out;
        });
    }

    /**
     * The page, slide or sheet of one document a search matched best, as its row names it first ({@link PageHits});
     * 0 for a file without pages, a search without words, or one too wide to say.
     */
    private int bestPage(IndexSearcher searcher, Query highlight, String query, int doc) {
        if (highlight == null) {
            return 0;
        }
        try {
            PageStarts starts = PageStartsField.of(shownDocuments.get(searcher, doc).row());
            if (starts.isEmpty()) {
                return 0;
            }
            PageHits.Passages[] passages = snippets.passages(searcher, highlight, new int[] {doc},
                    new PageStarts[] {starts}, PageHits.PASSAGES);
            List<PageHit> best = PageHits.of(passages[0], starts, QueryWords.of(query), 1);
            return best.isEmpty() ? 0 : best.getFirst().page();
        } catch (IOException | IndexSearcher.TooManyClauses e) {
            return 0; // feedback on some slides then counts for none: the file keeps its whole-file feedback
        }
    }

    /** Files whose contents could not be read, with their reasons, by path. */
    public List<FailedFile> failedFiles(int limit) {
        return index.read(searcher -> {
            TopDocs top = searcher.search(Schema.failedDocuments(), Math.max(1, limit), new Sort(new SortField(Schema.ID, SortField.Type.STRING)));
            List<FailedFile> failed = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc, Set.of(Schema.ID, Schema.FAILURE, Schema.FAILURE_DETAIL));
                failed.add(new FailedFile(doc.get(Schema.ID), FailureReason.fromId(doc.get(Schema.FAILURE)),
                        doc.get(Schema.FAILURE_DETAIL)));
            }
            return failed;
        });
    }

    /** How many files (documents, copies and versions each counted) the index holds per source path. */
    public Map<String, Long> filesPerSource() {
        return index.read(searcher -> {
            FacetsCollector all = searcher.search(new MatchAllDocsQuery(),
                    new FacetsCollectorManager());
            Map<String, Long> counts = new LinkedHashMap<>();
            facets.count(searcher.getIndexReader(), all).getOrDefault(Schema.SOURCE, List.of())
                    .forEach(c -> counts.put(c.value(), c.count()));
            return counts;
        });
    }

    /**
     * Every searched file's path and content hash, copies and older versions too (a search lists them under the file
     * they go with): the files the feedback report is about, as {@code feedback report} reads them.
     */
    public Map<String, String> contentHashes() {
        try {
            return index.contentHashes();
        } catch (AlreadyClosedException e) {
            throw new IndexReplacedException(e);
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + CollateralException.why(e) + ".", e);
        }
    }

    /** How many documents the index holds. */
    public int documentCount() {
        return index.searchedDocuments();
    }
}
