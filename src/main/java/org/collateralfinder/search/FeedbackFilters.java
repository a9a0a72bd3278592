package org.collateralfinder.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.feedback.FeedbackBoost;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.RatingComparison;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;

/**
 * The team's feedback in search, the one implementation the command line and the window share, without
 * re-reading any file. In a query, {@code tag:outdated}, {@code tag:"didn't land"}, {@code rating:>=4}
 * and {@code commented:yes} / {@code commented:no} are fields like any other (they combine with
 * {@code OR}, {@code -} and parentheses): each means the files whose content the feedback store names.
 * As filters ({@link #TAG}, {@link #RATING}; the window's Feedback panel) the values of one are OR-ed.
 * The ranking's feedback factor comes from the store's summaries.
 */
public final class FeedbackFilters {

    /** The filter key of tags: any of the values. */
    public static final String TAG = "tag";
    /** The filter key of ratings: an average of at least any of the values. */
    public static final String RATING = "rating";
    /** The query field of whether anyone commented. */
    public static final String COMMENTED = "commented";

    private static final Pattern RATING_VALUE = Pattern.compile("(<=|>=|<|>|=)?\\s*([1-5](?:\\.\\d+)?)");

    private final Supplier<FeedbackRepository> store;
    private final Supplier<Optional<FeedbackRepository>> ifOpen;

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

    /** Whether a query field is one of feedback's. */
    static boolean isField(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals(TAG) || f.equals(RATING) || f.equals(COMMENTED);
    }

    /** The sentence for a feedback clause when there is no feedback store. */
    static String noFeedback() {
        return "There is no feedback yet, so tag:, rating: and commented: match no file.";
    }

    /** What a query's {@code field:value} means: the files whose content has that feedback. */
    Query clause(String field, String value) {
        return switch (field.toLowerCase(Locale.ROOT)) {
            case TAG -> files(store.get().hashesWithTag(value));
            case COMMENTED -> commented(value);
            default -> files(ratedFiles(value));
        };
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
        Query commented = files(store.get().hashesCommented());
        if (List.of("yes", "true", "1").contains(v)) {
            return commented;
        }
        if (List.of("no", "false", "0").contains(v)) {
            // every file nobody commented on, also those without any feedback
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(commented, BooleanClause.Occur.MUST_NOT).build();
        }
        throw new CollateralException("Write commented:yes or commented:no, not \"" + value + "\".");
    }

    private Set<String> ratedFiles(String value) {
        Matcher r = RATING_VALUE.matcher(value.strip());
        if (!r.matches()) {
            throw new CollateralException("Write a rating filter as rating:4, rating:>=4 or rating:<3 (1 to 5).");
        }
        String op = r.group(1) == null ? ">=" : r.group(1);
        return store.get().hashesWithRating(RatingComparison.ofSymbol(op), Double.parseDouble(r.group(2)));
    }

    private static Query files(Set<String> hashes) {
        if (hashes.isEmpty()) {
            return new MatchNoDocsQuery("no file has this feedback");
        }
        return new TermInSetQuery(Schema.HASH, hashes.stream().map(BytesRef::new).toList());
    }

    /**
     * The files the team's feedback moves up (a factor above 1), for a list of every file: there all files
     * score alike and only the newest are ranked, so these are ranked too. Null when there are none or the
     * store is not open yet.
     */
    public Query favoured() {
        try {
            Optional<FeedbackRepository> repository = ifOpen.get();
            if (repository.isEmpty()) {
                return null;
            }
            Set<String> up = new HashSet<>();
            repository.get().summaries(repository.get().hashesWithFeedback()).forEach((hash, summary) -> {
                if (FeedbackBoost.factor(summary) > 1.0) {
                    up.add(hash);
                }
            });
            return up.isEmpty() ? null : files(up);
        } catch (RuntimeException e) {
            return null; // feedback reorders; a store that cannot be read must not stop a search
        }
    }

    /** The ranking with the team's feedback factor for each file's content (1 without feedback, or while the store opens). */
    public Ranking ranking() {
        return Ranking.withFeedback(hash -> {
            try {
                FeedbackSummary summary = ifOpen.get().map(r -> r.summaries(List.of(hash)).get(hash)).orElse(null);
                return summary == null ? 1.0 : FeedbackBoost.factor(summary);
            } catch (RuntimeException e) {
                return 1.0; // feedback reorders; a store that cannot be read must not stop a search
            }
        });
    }

    /** Summaries for the hits' contents, for their badges and JSON. */
    public Map<String, FeedbackSummary> summaries(Collection<String> hashes) {
        return store.get().summaries(hashes.stream().filter(h -> h != null).toList());
    }
}
