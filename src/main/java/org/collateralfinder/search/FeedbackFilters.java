package org.collateralfinder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackBoost;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.RatingComparison;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.RefusedInputException;

/**
 * The team's feedback in search, the one implementation the command line and the window share, without
 * re-reading any file. In a query, {@code tag:outdated}, {@code tag:"didn't land"}, {@code rating:>=4}
 * and {@code commented:yes} / {@code commented:no} are fields like any other (they combine with
 * {@code OR}, {@code -} and parentheses): each means the files whose feedback passes. As filters
 * ({@link #TAG}, {@link #RATING}; the window's Feedback panel) the values of one are OR-ed. The ranking's
 * feedback factor and the badges come from the same summaries. Which feedback a file has is
 * {@link FeedbackByFile}'s to say, for the index a searcher reads (built once per index reader and
 * feedback change).
 */
public final class FeedbackFilters {

    /** The filter key of tags: any of the values. */
    public static final String TAG = "tag";
    /** How a rating filter is written, said when one is not (also a bracketed range, which ratings do not take). */
    static final String RATING_FORM = "Write a rating filter as rating:4, rating:>=4 or rating:<3 (1 to 5).";

    /** The filter key of ratings: an average of at least any of the values. */
    public static final String RATING = "rating";
    /** The query field of whether anyone commented. */
    public static final String COMMENTED = "commented";
    /** The query field of marketing's curation: {@code curation:official}, {@code draft}, {@code retired}, {@code expired}. */
    public static final String CURATION = "curation";
    /** The query field of curation expiring: {@code expires:<30d}, the files whose curation expires within 30 days. */
    public static final String EXPIRES = "expires";
    static final String CURATION_FORM = "Write a curation filter as curation:official, curation:draft, curation:retired or "
            + "curation:expired.";
    static final String EXPIRES_FORM = "Write an expiry filter as expires:<30d: the files whose curation expires within "
            + "30 days (or has expired).";
    private static final Pattern EXPIRES_VALUE = Pattern.compile("<\\s*(\\d{1,5})\\s*d");

    private static final Pattern RATING_VALUE = Pattern.compile("(<=|>=|<|>|=)?\\s*([1-5](?:\\.\\d+)?)");
    /** A rating's comparison with no rating after it yet ({@code rating:>=}, as you type). */
    private static final Pattern RATING_COMPARISON = Pattern.compile("<=|>=|<|>|=|");
    /** What commented: takes: yes, then no (and their other spellings). */
    private static final List<String> COMMENTED_YES = List.of("yes", "true", "1");
    private static final List<String> COMMENTED_NO = List.of("no", "false", "0");

    private final Supplier<FeedbackRepository> store;
    private final Supplier<Optional<FeedbackRepository>> ifOpen;
    private volatile Snapshot last;

    private volatile CurationSnapshot lastCuration;

    /** Which feedback belongs to which file of one index reader, while feedback does not change. */
    private record Snapshot(IndexReader reader, FeedbackByFile files) {
    }

    /** Which curation belongs to which file of one index reader, while curation and edits do not change. */
    private record CurationSnapshot(IndexReader reader, CurationByFile files) {
    }

    /** Over an open repository (the command line). */
    public FeedbackFilters(FeedbackRepository repository) {
        this(() -> repository, () -> Optional.of(repository));
    }

    /**
     * @param store  the repository, waiting for it to open if need be (filters must not answer without it)
     * @param ifOpen the repository if it is open already, never waiting (the ranking must not stall on it)
     */
    public FeedbackFilters(Supplier<FeedbackRepository> store, Supplier<Optional<FeedbackRepository>> ifOpen) {
        this.store = store;
        this.ifOpen = ifOpen;
    }

    /** The repository, waiting for it to open if need be (background threads). */
    FeedbackRepository repository() {
        return store.get();
    }

    /** Whether a query field is one of feedback's. */
    static boolean isField(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals(TAG) || f.equals(RATING) || f.equals(COMMENTED) || isCurationField(f);
    }

    private static boolean isCurationField(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals(CURATION) || f.equals(EXPIRES);
    }

    /** The sentence for a feedback clause when there is no feedback store. */
    static String noFeedback() {
        return "There is no feedback yet, so tag:, rating: and commented: match no file.";
    }

    /** The sentence for a clause of {@code field} when there is no feedback store (nothing shared, nothing curated). */
    static String noFeedback(String field) {
        return isCurationField(field) ? "Nothing is curated yet, so curation: and expires: match no file." : noFeedback();
    }

    /** What a query's {@code field:value} means: the files that have that feedback. */
    Query clause(String field, String value) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case TAG -> {
                String tag = FeedbackTags.normalize(value);
                yield new FeedbackQuery(this, TAG + ":" + tag, summary -> summary.tagCount(tag) > 0);
            }
            case COMMENTED -> commented(value);
            case CURATION -> curated(value);
            case EXPIRES -> expiring(value);
            default -> rated(value);
        };
    }

    /**
     * {@code curation:official}: the files with that curation now, official and draft ones only while not expired
     * (expired: any whose expiry date passed; retired: any retired).
     */
    private Query curated(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        LocalDate today = store.get().curations().today();
        Predicate<Curation> test;
        if (v.equals("expired")) {
            test = curation -> curation.expired(today);
        } else {
            CurationState state = CurationState.of(v).orElseThrow(() -> new CollateralException(CURATION_FORM));
            // official and draft are what a file is now: one whose curation expired is curation:expired instead
            test = curation -> curation.state() == state && (state == CurationState.RETIRED || !curation.expired(today));
        }
        return curatedFiles(test, CURATION + ":" + v);
    }

    /** {@code expires:<30d}: the files whose curation expires within that many days, or has expired. */
    private Query expiring(String value) {
        Matcher m = EXPIRES_VALUE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new RefusedInputException(EXPIRES_FORM);
        }
        LocalDate before = store.get().curations().today().plusDays(Integer.parseInt(m.group(1)));
        return curatedFiles(curation -> curation.expires() != null && curation.expires().isBefore(before),
                EXPIRES + ":<" + m.group(1) + "d");
    }

    /** The files whose curation passes (a file edited in place keeps its curation: {@link CurationByFile}). */
    private Query curatedFiles(Predicate<Curation> test, String what) {
        return FeedbackQuery.selecting(this, what, searcher -> curationByFile(searcher, store.get()).where(test));
    }

    /**
     * As you type: whether a feedback clause has no value yet, only the start of one that says nothing on its
     * own ({@code rating:>=}, a comparison with no rating after it): the search leaves the clause out until
     * the value follows, as it does {@code rating:} with nothing after it.
     */
    static boolean valueNotYetTyped(String field, String value) {
        return RATING.equalsIgnoreCase(field) && RATING_COMPARISON.matcher(value.strip()).matches()
                || EXPIRES.equalsIgnoreCase(field) && (value.isBlank() || value.strip().equals("<"));
    }

    /**
     * As you type: what a clause whose value is still being typed can become. {@code tag:wor} means the files
     * with a tag starting so (worked, and any team tag such as workshop), {@code commented:y} and
     * {@code commented:n} mean yes and no, {@code rating:>=4.} means {@code rating:>=4}. A value that nothing
     * typed next can make right is explained as in a complete query ({@link #clause}).
     */
    Query clauseBeingTyped(String field, String value) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case TAG -> {
                String start = FeedbackTags.normalize(value);
                yield new FeedbackQuery(this, TAG + ":" + start + "*", summary -> summary.tagCounts().entrySet().stream()
                        .anyMatch(tag -> tag.getValue() > 0 && tag.getKey().startsWith(start)));
            }
            case COMMENTED -> commented(commentedStartingWith(value.strip().toLowerCase(Locale.ROOT)));
            case CURATION -> curated(curationStartingWith(value.strip().toLowerCase(Locale.ROOT)));
            case EXPIRES -> expiring(value.strip().matches("<\\s*\\d+") ? value.strip() + "d" : value);
            default -> {
                String rating = value.strip();
                yield rated(rating.endsWith(".") ? rating.substring(0, rating.length() - 1) : rating);
            }
        };
    }

    /** The one value of commented: that starts with what was typed ({@code y} → yes), else it as typed. */
    private static String commentedStartingWith(String typed) {
        List<String> values = new ArrayList<>(COMMENTED_YES);
        values.addAll(COMMENTED_NO);
        List<String> starting = values.stream().filter(v -> !typed.isEmpty() && v.startsWith(typed)).toList();
        return starting.size() == 1 ? starting.getFirst() : typed;
    }

    /** The one value of curation: that starts with what was typed ({@code off} → official), else it as typed. */
    private static String curationStartingWith(String typed) {
        List<String> values = new ArrayList<>();
        for (CurationState state : CurationState.values()) {
            values.add(state.code());
        }
        values.add("expired");
        List<String> starting = values.stream().filter(v -> !typed.isEmpty() && v.startsWith(typed)).toList();
        return starting.size() == 1 ? starting.getFirst() : typed;
    }

    /** A filter of the window's panel or a request: {@link #TAG} (any of the tags) or {@link #RATING} (at least any). */
    Query filter(String key, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(clause(key, RATING.equals(key) ? ">=" + value : value), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private Query commented(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Query commented = new FeedbackQuery(this, COMMENTED + ":yes", FeedbackSummary::commented);
        if (COMMENTED_YES.contains(v)) {
            return commented;
        }
        if (COMMENTED_NO.contains(v)) {
            // every file nobody commented on, also those without any feedback
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(commented, BooleanClause.Occur.MUST_NOT).build();
        }
        throw new RefusedInputException("Write commented:yes or commented:no, not \"" + value + "\".");
    }

    private Query rated(String value) {
        Matcher r = RATING_VALUE.matcher(value.strip());
        if (!r.matches()) {
            throw new RefusedInputException(RATING_FORM);
        }
        RatingComparison comparison = RatingComparison.ofSymbol(r.group(1) == null ? ">=" : r.group(1));
        double rating = Double.parseDouble(r.group(2));
        return new FeedbackQuery(this, RATING + ":" + comparison.symbol() + r.group(2), summary ->
                summary.averageRating() != null && comparison.test(summary.averageRating(), rating));
    }

    /** The files a {@link FeedbackByFile.Matching} names: by content, but by path where a file carries feedback of its own. */
    static Query files(FeedbackByFile.Matching matching) {
        if (matching.isEmpty()) {
            return new MatchNoDocsQuery("no file has this feedback");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!matching.contents().isEmpty()) {
            Query byContent = terms(Schema.HASH, matching.contents());
            if (!matching.carryingPaths().isEmpty()) {
                byContent = new BooleanQuery.Builder().add(byContent, BooleanClause.Occur.FILTER)
                        .add(terms(Schema.ID, matching.carryingPaths()), BooleanClause.Occur.MUST_NOT).build();
            }
            any.add(byContent, BooleanClause.Occur.SHOULD);
        }
        if (!matching.paths().isEmpty()) {
            any.add(terms(Schema.ID, matching.paths()), BooleanClause.Occur.SHOULD);
        }
        return new ConstantScoreQuery(any.build());
    }

    private static Query terms(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().sorted().map(BytesRef::new).toList());
    }

    /** Which feedback belongs to which file of the index this searcher reads, waiting for the store to open. */
    FeedbackByFile byFile(IndexSearcher searcher) throws IOException {
        return byFile(searcher, store.get());
    }

    private FeedbackByFile byFile(IndexSearcher searcher, FeedbackRepository repository) throws IOException {
        Snapshot snapshot = last;
        IndexReader reader = searcher.getIndexReader();
        if (snapshot != null && snapshot.reader() == reader && snapshot.files().isCurrent()) {
            return snapshot.files();
        }
        try {
            FeedbackByFile files = repository.byFile(new IndexedFiles(searcher));
            last = new Snapshot(reader, files);
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Which curation belongs to which file of the index this searcher reads. */
    private CurationByFile curationByFile(IndexSearcher searcher, FeedbackRepository repository) throws IOException {
        CurationSnapshot snapshot = lastCuration;
        IndexReader reader = searcher.getIndexReader();
        if (snapshot != null && snapshot.reader() == reader && snapshot.files().isCurrent()) {
            return snapshot.files();
        }
        try {
            CurationByFile files = repository.curations().byFile(new IndexedFiles(searcher));
            lastCuration = new CurationSnapshot(reader, files);
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The files the team's feedback moves up (a factor above 1), for a list of every file: there all files
     * score alike and only the newest are ranked, so these are ranked too. Null when there are none or the
     * store is not open yet.
     */
    Query favoured(IndexSearcher searcher) {
        try {
            Optional<FeedbackRepository> repository = ifOpen.get();
            if (repository.isEmpty()) {
                return null;
            }
            FeedbackByFile.Matching up = byFile(searcher, repository.get()).where(summary -> FeedbackBoost.factor(summary) > 1.0);
            CurationByFile curation = curationByFile(searcher, repository.get());
            FeedbackByFile.Matching official = curation.where(c -> Ranking.curationFactor(c, curation.today()) > 1.0);
            if (official.isEmpty()) {
                return up.isEmpty() ? null : files(up);
            }
            Query officialFiles = files(official);
            return up.isEmpty() ? officialFiles : new BooleanQuery.Builder().add(files(up), BooleanClause.Occur.SHOULD)
                    .add(officialFiles, BooleanClause.Occur.SHOULD).build();
        } catch (IOException | RuntimeException e) {
            return null; // feedback reorders; a store that cannot be read must not stop a search
        }
    }

    /**
     * The ranking with the team's feedback factor for each file (1 without feedback, or while the store opens), and
     * with a deal set, the factor of the feedback given in deals like it.
     */
    Ranking ranking(IndexSearcher searcher, DealContext deal) {
        try {
            Optional<FeedbackRepository> repository = ifOpen.get();
            if (repository.isEmpty()) {
                return Ranking.standard();
            }
            FeedbackByFile files = byFile(searcher, repository.get());
            CurationByFile curation = curationByFile(searcher, repository.get());
            return Ranking.withFeedback(new Ranking.FeedbackFactor() {
                @Override
                public double of(String path, String hash) {
                    return of(path, hash, () -> 0);
                }

                @Override
                public double of(String path, String hash, IntSupplier bestPage) {
                    try {
                        KnownFile file = new KnownFile(hash, path);
                        FeedbackSummary all = files.summary(file);
                        // feedback on some slides moves the file only for a search that found one of them
                        // (slides re-test 22 #4: "outdated" on slide 3 pushed the deck down for searches about slide 19)
                        return FeedbackBoost.factor(all.aboutSomeSlides() ? files.summaryOn(file, bestPage.getAsInt()) : all);
                    } catch (RuntimeException e) {
                        return 1.0;
                    }
                }
            }).withCuration(curation.isEmpty() ? null : (path, hash) -> curation.of(new KnownFile(hash, path))
                    .map(c -> Ranking.curationFactor(c, curation.today())).orElse(1.0))
                    .withDeal(deal == null || deal.isEmpty() ? null : (path, hash) -> {
                        try {
                            return FeedbackBoost.dealFactor(files.evidence(new KnownFile(hash, path), deal));
                        } catch (RuntimeException e) {
                            return 1.0;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return Ranking.standard(); // feedback reorders; a store that cannot be read must not stop a search
        }
    }

    /** Which files marketing's curation keeps in results of their own ({@link CuratedApart}); none while the store opens. */
    CuratedApart apart(IndexSearcher searcher) {
        try {
            Optional<FeedbackRepository> repository = ifOpen.get();
            return repository.isEmpty() ? CuratedApart.NONE : CuratedApart.over(curationByFile(searcher, repository.get()));
        } catch (IOException | RuntimeException e) {
            return CuratedApart.NONE; // as the ranking: a store that cannot be read must not stop a search
        }
    }

    /**
     * Marketing's curation of these files (content hash by path), those curated only, by path ({@link CurationByFile}:
     * a file edited in place keeps it), with the path the replacement has in this index now (found by its content:
     * renamed, moved or edited since, it is named where it is; no longer found, it is not named).
     */
    Map<String, ShownCuration> curationsAt(IndexSearcher searcher, Map<String, String> contentAt) throws IOException {
        Optional<FeedbackRepository> repository = ifOpen.get();
        if (repository.isEmpty() || contentAt.isEmpty()) {
            return Map.of();
        }
        CurationByFile files = curationByFile(searcher, repository.get());
        if (files.isEmpty()) {
            return Map.of();
        }
        Map<String, ShownCuration> shown = new HashMap<>();
        contentAt.forEach((path, hash) -> ShownCuration.of(files, new KnownFile(hash, path))
                .ifPresent(curation -> shown.put(path, curation)));
        return shown;
    }

    /** What the team's feedback says of these files (content hash by path) in deals like {@code deal}, those with some. */
    Map<String, DealEvidence> evidenceAt(IndexSearcher searcher, Map<String, String> contentAt, DealContext deal)
            throws IOException {
        if (deal == null || deal.isEmpty() || contentAt.isEmpty() || ifOpen.get().isEmpty()) {
            return Map.of();
        }
        FeedbackByFile files = byFile(searcher);
        Map<String, DealEvidence> evidence = new HashMap<>();
        contentAt.forEach((path, hash) -> {
            DealEvidence e = files.evidence(new KnownFile(hash, path), deal);
            if (!e.isEmpty()) {
                evidence.put(path, e);
            }
        });
        return evidence;
    }

    /** The feedback on these files (by path), for their badges and JSON. */
    Map<String, FeedbackSummary> summaries(IndexSearcher searcher, Collection<KnownFile> files) throws IOException {
        return byFile(searcher).summaries(files);
    }

    /** The feedback on the files with these contents (content hash by path), those that have some only, by path. */
    Map<String, FeedbackSummary> summariesAt(IndexSearcher searcher, Map<String, String> contentAt) throws IOException {
        List<KnownFile> files = new ArrayList<>();
        contentAt.forEach((path, hash) -> files.add(new KnownFile(hash, path)));
        Map<String, FeedbackSummary> withFeedback = new HashMap<>(summaries(searcher, files));
        withFeedback.values().removeIf(FeedbackSummary::isEmpty);
        return withFeedback;
    }
}
