package org.collateralfinder.gui.search;

import org.collateralfinder.gui.feedback.FeedbackSummary;
import org.collateralfinder.model.SearchHit;

/**
 * One row of the result list: the hit, its feedback and whether its folder can be reached now.
 */
public record ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable) {

    public ResultItem {
        feedback = feedback == null ? FeedbackSummary.NONE : feedback;
    }

    public ResultItem withFeedback(FeedbackSummary value) {
        return new ResultItem(hit, value, reachable);
    }

    /** Whether this is a member of an archive (path contains "!/"), which is shown as text only. */
    public boolean isArchiveMember() {
        return hit.path().contains("!/");
    }

    /** How many other copies or versions are collapsed into this row. */
    public int collapsed() {
        return hit.duplicates().size() + hit.versions().size();
    }
}
