package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.index.Schema;
import org.collateralfinder.task.Cancellation;

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

    /** Matches gone over between two looks at whether the count is still wanted. */
    private static final int DOCS_PER_STEP = 4096;

    /**
     * The feedback on the files among {@code matching}, folded into rows as {@code groups} fold them. Only the
     * matches that may have feedback are looked up: those whose content has some, and the files that carry earlier
     * contents (edited in place); every other match has none, and is not read beyond its doc values' ordinals.
     *
     * @throws CancellationException when {@code cancellation} is cancelled before it is done
     */
    static MatchedFeedback of(IndexSearcher searcher, FacetsCollector matching, FeedbackByFile files, MatchGroups groups,
                              List<int[]> together, Cancellation cancellation) throws IOException {
        FeedbackByFile.Matching withFeedback = files.where(summary -> true);
        Map<String, FeedbackSummary> byContent = new LinkedHashMap<>();
        Map<String, String> rowOf = new HashMap<>();
        if (withFeedback.isEmpty()) {
            return new MatchedFeedback(byContent, rowOf);
        }
        int[] rows = groups.results(matching, together); // near-identical texts too: one row, as the list shows them
        Set<String> without = new HashSet<>();
        // the rows holding a match with feedback (by the document heading each)
        FixedBitSet rowsWithFeedback = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            SortedDocValues ids = DocValues.getSorted(m.context().reader(), Schema.ID);
            SortedDocValues hashes = DocValues.getSorted(m.context().reader(), Schema.HASH);
            FixedBitSet hashOrds = ordinals(hashes, withFeedback.contents());
            FixedBitSet carryingOrds = ordinals(ids, withFeedback.carryingPaths());
            DocIdSetIterator it = m.bits().iterator();
            int seen = 0;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (++seen % DOCS_PER_STEP == 0) {
                    stopIfCancelled(cancellation);
                }
                if (!ids.advanceExact(doc) || !hashes.advanceExact(doc)) {
                    continue; // a file whose text was not read has no content to carry feedback
                }
                boolean carrying = carryingOrds != null && carryingOrds.get(ids.ordValue());
                if (!carrying && (hashOrds == null || !hashOrds.get(hashes.ordValue()))) {
                    continue; // its summary is its content's, and its content has none
                }
                String hash = hashes.lookupOrd(hashes.ordValue()).utf8ToString();
                if (byContent.containsKey(hash) || without.contains(hash)) {
                    continue;
                }
                FeedbackSummary summary = files.summary(new KnownFile(hash, ids.lookupOrd(ids.ordValue()).utf8ToString()));
                if (summary.isEmpty()) {
                    without.add(hash);
                } else {
                    byContent.put(hash, summary);
                    rowsWithFeedback.set(rows[m.context().docBase + doc]);
                }
            }
        }
        // every content matched in those rows (a row's contents share its number: copies and versions fold by content)
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            if (m.bits() == null) {
                continue;
            }
            stopIfCancelled(cancellation);
            SortedDocValues hashes = DocValues.getSorted(m.context().reader(), Schema.HASH);
            DocIdSetIterator it = m.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int row = rows[m.context().docBase + doc];
                if (rowsWithFeedback.get(row) && hashes.advanceExact(doc)) {
                    rowOf.putIfAbsent(hashes.lookupOrd(hashes.ordValue()).utf8ToString(), Integer.toString(row));
                }
            }
        }
        return new MatchedFeedback(byContent, rowOf);
    }

    /** The ordinals of these values in a leaf's doc values, or null when it has none of them. */
    private static FixedBitSet ordinals(SortedDocValues values, Set<String> wanted) throws IOException {
        FixedBitSet ords = null;
        for (String value : wanted) {
            int ord = values.lookupTerm(new BytesRef(value));
            if (ord >= 0) {
                if (ords == null) {
                    ords = new FixedBitSet(Math.max(1, values.getValueCount()));
                }
                ords.set(ord);
            }
        }
        return ords;
    }

    private static void stopIfCancelled(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancellationException("A newer search replaced this one.");
        }
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
