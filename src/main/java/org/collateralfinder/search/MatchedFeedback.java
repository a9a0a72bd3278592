package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.index.Schema;

/**
 * The feedback on every file a search matches, not only the page of rows: what the window's Feedback and Rating
 * filters count, as the type counts look at every match. They count rows, as the type counts do: a row (a result,
 * its copies and versions folded into it) counts under the tags of any of its files, and under a rating when any
 * of its files is rated that high. So a file folded under its newer version is still found by its feedback.
 *
 * @param byContent the summaries with feedback, by content hash
 * @param rowOf     the row each content with feedback is folded into, and the row of every other content matched
 *                  in such a row (any key, the same for the contents of one row)
 */
public record MatchedFeedback(Map<String, FeedbackSummary> byContent, Map<String, String> rowOf) {

    public MatchedFeedback {
        byContent = Map.copyOf(byContent);
        rowOf = Map.copyOf(rowOf);
    }

    /** The feedback on the files matching {@code query}, folded into rows as {@code groups} fold them. */
    static MatchedFeedback of(IndexSearcher searcher, Query query, FeedbackByFile files, MatchGroups groups)
            throws IOException {
        FacetsCollector matching = searcher.search(query, new FacetsCollectorManager());
        int[] rows = groups.results(matching);
        Map<String, FeedbackSummary> byContent = new LinkedHashMap<>();
        Map<String, String> rowOf = new HashMap<>();
        Set<String> without = new HashSet<>();
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            SortedDocValues ids = DocValues.getSorted(m.context().reader(), Schema.ID);
            SortedDocValues hashes = DocValues.getSorted(m.context().reader(), Schema.HASH);
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!ids.advanceExact(doc) || !hashes.advanceExact(doc)) {
                    continue; // a file whose text was not read has no content to carry feedback
                }
                String hash = hashes.lookupOrd(hashes.ordValue()).utf8ToString();
                rowOf.putIfAbsent(hash, Integer.toString(rows[m.context().docBase + doc]));
                if (byContent.containsKey(hash) || without.contains(hash)) {
                    continue;
                }
                FeedbackSummary summary = files.summary(new KnownFile(hash, ids.lookupOrd(ids.ordValue()).utf8ToString()));
                if (summary.isEmpty()) {
                    without.add(hash);
                } else {
                    byContent.put(hash, summary);
                }
            }
        }
        Set<String> rowsWithFeedback = new HashSet<>();
        byContent.keySet().forEach(hash -> rowsWithFeedback.add(rowOf.get(hash)));
        rowOf.values().retainAll(rowsWithFeedback); // kept small: the rows a new piece of feedback may join
        return new MatchedFeedback(byContent, rowOf);
    }

    /** The same, with a content's feedback as it is now (saved or withdrawn meanwhile). */
    public MatchedFeedback with(FeedbackSummary now) {
        Map<String, FeedbackSummary> changed = new LinkedHashMap<>(byContent);
        if (now.isEmpty()) {
            changed.remove(now.contentHash());
        } else {
            changed.put(now.contentHash(), now);
        }
        return new MatchedFeedback(changed, rowOf);
    }

    /**
     * One summary per row with feedback, its files' feedback together: the tags of any of them (reps added up), the
     * highest of their ratings, what the filters count.
     */
    public List<FeedbackSummary> rows() {
        Map<String, List<FeedbackSummary>> byRow = new LinkedHashMap<>();
        byContent.forEach((hash, summary) -> byRow.computeIfAbsent(rowOf.getOrDefault(hash, "content " + hash),
                row -> new ArrayList<>()).add(summary));
        List<FeedbackSummary> rows = new ArrayList<>(byRow.size());
        for (List<FeedbackSummary> members : byRow.values()) {
            Map<String, Integer> tags = new LinkedHashMap<>();
            Double best = null;
            int reps = 0;
            boolean commented = false;
            for (FeedbackSummary s : members) {
                s.tagCounts().forEach((tag, n) -> tags.merge(tag, n, Integer::sum));
                if (s.averageRating() != null && (best == null || s.averageRating() > best)) {
                    best = s.averageRating();
                }
                reps += s.count();
                commented |= s.commented();
            }
            rows.add(new FeedbackSummary(members.getFirst().contentHash(), tags, best, reps, commented));
        }
        return rows;
    }
}
