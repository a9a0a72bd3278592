package org.collateralfinder.gui.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.sources.SourceAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the rows of a page of results, in the background: each hit with its feedback, whether its folder can be
 * reached now, whether it is kept offline, its file on disk, the feedback on the older versions listed under it, and
 * marketing's curation of it, and what the team's feedback says of it in deals like the rep's.
 * What cannot be read (feedback, offline copies) leaves the rows without it, logged: the results still show.
 */
final class ResultRows {

    private static final Logger LOG = LoggerFactory.getLogger(ResultRows.class);

    private final SourceAvailability availability;
    private final Predicate<String> pinned;

    /** @param pinned whether a path has a pinned offline copy (called on the background executor) */
    ResultRows(SourceAvailability availability, Predicate<String> pinned) {
        this.availability = availability;
        this.pinned = pinned;
    }

    /** The rows of these hits, in their order. Touches the file system: background threads only. */
    List<ResultItem> of(SearchService search, List<SearchHit> hits, DealContext deal) {
        Map<String, FeedbackSummary> summaries = feedbackFor(search, hits);
        Map<String, DealEvidence> evidence = evidenceFor(search, hits, deal);
        Map<String, FeedbackSummary> older = olderFeedback(search, hits);
        Map<String, ShownCuration> curation = curationFor(search, hits);
        List<ResultItem> items = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            Map<String, FeedbackSummary> onOlder = new HashMap<>();
            hit.versions().forEach(path -> {
                if (older.containsKey(path)) {
                    onOlder.put(path, older.get(path));
                }
            });
            items.add(new ResultItem(hit, hit.contentHash() == null ? null : summaries.get(hit.path()),
                    availability.isAvailable(hit.source(), hit.path()), isPinned(hit.path()),
                    FileActions.fileOnDisk(hit), onOlder, curation.get(hit.path()), evidence.get(hit.path())));
        }
        return items;
    }

    /** The feedback on these hits, by path. */
    static Map<String, FeedbackSummary> feedbackFor(SearchService search, Collection<SearchHit> hits) {
        try {
            return search.feedbackOf(hits);
        } catch (RuntimeException e) {
            LOG.warn("Feedback could not be read; results are shown without it", e);
            return Map.of();
        }
    }

    /** What the team's feedback says of these hits in deals like the rep's, by path. */
    static Map<String, DealEvidence> evidenceFor(SearchService search, Collection<SearchHit> hits,
                                                         DealContext deal) {
        try {
            return search.dealEvidenceOf(hits, deal);
        } catch (RuntimeException e) {
            LOG.warn("Feedback from deals like the rep's could not be read; rows are shown without it", e);
            return Map.of();
        }
    }

    /** Marketing's curation of these hits, by path. */
    static Map<String, ShownCuration> curationFor(SearchService search, Collection<SearchHit> hits) {
        try {
            return search.curationOf(hits);
        } catch (RuntimeException e) {
            LOG.warn("Curation could not be read; results are shown without it", e);
            return Map.of();
        }
    }

    private static Map<String, FeedbackSummary> olderFeedback(SearchService search, Collection<SearchHit> hits) {
        try {
            return search.feedbackOfOlderVersions(hits);
        } catch (RuntimeException e) {
            LOG.warn("Feedback on older versions could not be read; rows are shown without it", e);
            return Map.of();
        }
    }

    private boolean isPinned(String path) {
        try {
            return pinned.test(path);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell whether {} is kept offline", path, e);
            return false;
        }
    }
}
