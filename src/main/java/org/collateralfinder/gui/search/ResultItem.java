package org.collateralfinder.gui.search;

import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.model.SearchHit;

/**
 * One row of the result list: the hit, its feedback, whether its folder can be reached now and whether
 * a copy is kept offline.
 */
public record ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable, boolean pinned) {

    public ResultItem {
        feedback = feedback == null ? FeedbackSummary.empty(hit.contentHash()) : feedback;
    }

    public ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable) {
        this(hit, feedback, reachable, false);
    }

    public ResultItem withFeedback(FeedbackSummary value) {
        return new ResultItem(hit, value, reachable, pinned);
    }

    public ResultItem withPinned(boolean value) {
        return new ResultItem(hit, feedback, reachable, value);
    }

    /** Whether this is a member of an archive (path contains "!/"), which is shown as text only. */
    public boolean isArchiveMember() {
        return hit.path().contains("!/");
    }

    /** How many other copies or versions are collapsed into this row. */
    public int collapsed() {
        return hit.duplicates().size() + hit.versions().size() + hit.newerVersions().size();
    }
}
