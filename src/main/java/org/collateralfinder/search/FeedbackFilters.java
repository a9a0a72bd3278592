package org.collateralfinder.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collateralfinder.feedback.FeedbackBoost;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.RatingComparison;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;

/**
 * The team's feedback in search, without re-reading any file: {@code tag:outdated},
 * {@code tag:"didn't land"}, {@code rating:>=4} and {@code commented:yes} become a filter on content
 * hashes (from the feedback store), and the ranking's feedback factor comes from the store's summaries.
 */
public final class FeedbackFilters {

    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)(?<![\\w:])(tag|rating|commented):(\"[^\"]*\"|\\S+)");
    private static final Pattern RATING = Pattern.compile("(<=|>=|<|>|=)?\\s*([1-5](?:\\.\\d+)?)");
    /** A hash no file has: a filter that matches nothing. */
    private static final String NO_FILE = "-";

    private final FeedbackRepository repository;

    public FeedbackFilters(FeedbackRepository repository) {
        this.repository = repository;
    }

    /** The request with its feedback clauses turned into a content-hash filter (unchanged when it has none). */
    public SearchRequest apply(SearchRequest request) {
        String query = request.query() == null ? "" : request.query();
        Matcher m = CLAUSE.matcher(query);
        Set<String> hashes = null;
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(query, last, m.start());
            last = m.end();
            Set<String> matching = matching(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2)));
            if (hashes == null) {
                hashes = new HashSet<>(matching);
            } else {
                hashes.retainAll(matching);
            }
        }
        if (hashes == null) {
            return request;
        }
        rest.append(query.substring(last));
        Map<String, List<String>> filters = new HashMap<>(request.filters());
        List<String> values = new ArrayList<>(hashes);
        if (values.isEmpty()) {
            values.add(NO_FILE);
        }
        filters.put(Schema.HASH, values);
        return new SearchRequest(rest.toString().replaceAll("\\s+", " ").strip(), request.limit(), filters,
                request.order(), request.asYouType(), request.likePath());
    }

    private Set<String> matching(String field, String value) {
        return switch (field) {
            case "tag" -> repository.hashesWithTag(value);
            case "commented" -> {
                Set<String> commented = repository.hashesCommented();
                if (List.of("yes", "true", "1").contains(value.toLowerCase(Locale.ROOT))) {
                    yield commented;
                }
                Set<String> all = new HashSet<>(repository.hashesWithFeedback());
                all.removeAll(commented);
                yield all;
            }
            default -> {
                Matcher r = RATING.matcher(value.strip());
                if (!r.matches()) {
                    throw new CollateralException("Write a rating filter as rating:4, rating:>=4 or rating:<3 (1 to 5).");
                }
                String op = r.group(1) == null ? ">=" : r.group(1);
                yield repository.hashesWithRating(RatingComparison.ofSymbol(op), Double.parseDouble(r.group(2)));
            }
        };
    }

    /** The ranking with the team's feedback factor for each file's content (1 without feedback). */
    public Ranking ranking() {
        return Ranking.withFeedback(hash -> {
            if (hash == null) {
                return 1.0;
            }
            FeedbackSummary summary = repository.summaries(List.of(hash)).get(hash);
            return summary == null ? 1.0 : FeedbackBoost.factor(summary);
        });
    }

    /** Summaries for the hits' contents, for their badges and JSON. */
    public Map<String, FeedbackSummary> summaries(List<String> hashes) {
        return repository.summaries(hashes.stream().filter(h -> h != null).toList());
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
