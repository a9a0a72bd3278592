package org.collateralfinder.feedback;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Marketing's view of the feedback: every file that has any, and three lists drawn from them.
 *
 * @param files           every content with feedback history, by path
 * @param mostValued      files the team's current feedback ranks up ({@link FeedbackBoost} above 1), best first
 * @param flaggedOutdated files with a current {@code outdated} tag, most flagged first
 * @param neverUsed       indexed files nobody has current feedback on, by path
 */
public record FeedbackReport(Instant generatedAt, List<FileReport> files, List<FileReport> mostValued,
                             List<FileReport> flaggedOutdated, List<KnownFile> neverUsed) {

    public FeedbackReport {
        files = List.copyOf(files);
        mostValued = List.copyOf(mostValued);
        flaggedOutdated = List.copyOf(flaggedOutdated);
        neverUsed = List.copyOf(neverUsed);
    }

    /**
     * The feedback on one content.
     *
     * @param entries         current entries (one per rep)
     * @param tagCounts       current tags, most frequent first
     * @param averageRating   of the current ratings, or null
     * @param latestComments  the newest current comments, at most three
     * @param entriesPerMonth entries given per month (UTC), superseded and withdrawn ones included: the trend
     * @param lastFeedbackAt  time of the latest event, whatever it was
     * @param boost           the ranking factor search applies
     */
    public record FileReport(String contentHash, String path, int entries, Map<String, Integer> tagCounts,
                             Double averageRating, List<Comment> latestComments,
                             SortedMap<YearMonth, Integer> entriesPerMonth, Instant lastFeedbackAt, double boost) {

        public FileReport {
            tagCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
            latestComments = List.copyOf(latestComments);
            entriesPerMonth = Collections.unmodifiableSortedMap(new TreeMap<>(entriesPerMonth));
        }

        public int tagCount(String tag) {
            return tagCounts.getOrDefault(tag, 0);
        }
    }

    /** A current comment, verbatim. */
    public record Comment(String user, Instant at, String text) {
    }
}
