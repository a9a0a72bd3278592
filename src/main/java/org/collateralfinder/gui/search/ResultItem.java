package org.collateralfinder.gui.search;

import java.nio.file.Path;
import java.util.Map;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.ShownCuration;

/**
 * One row of the result list: the hit, its feedback, whether its folder can be reached now, whether
 * a copy is kept offline, the file on disk that is dragged and kept offline (for a file inside an archive, the
 * archive), found in the background with the row ({@code FileActions.fileOnDisk}), and the feedback on the older
 * versions listed under it (by path, those with feedback only), marketing's curation of it (null: none), and what the
 * team's feedback says of it in deals like the rep's (null: no deal, or no such feedback).
 */
public record ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable, boolean pinned, Path fileOnDisk,
                         Map<String, FeedbackSummary> olderFeedback, ShownCuration curation, DealEvidence deal) {

    public ResultItem {
        feedback = feedback == null ? FeedbackSummary.empty(hit.contentHash()) : feedback;
        // a row made without looking at the disk takes a path holding "!/" for a file inside an archive
        fileOnDisk = fileOnDisk == null ? Path.of(IndexedPaths.fileOnDisk(hit.path())) : fileOnDisk;
        olderFeedback = olderFeedback == null ? Map.of() : Map.copyOf(olderFeedback);
    }

    /** A row without a deal. */
    public ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable, boolean pinned, Path fileOnDisk,
                      Map<String, FeedbackSummary> olderFeedback, ShownCuration curation) {
        this(hit, feedback, reachable, pinned, fileOnDisk, olderFeedback, curation, null);
    }

    /** A row of a file nobody curated. */
    public ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable, boolean pinned, Path fileOnDisk,
                      Map<String, FeedbackSummary> olderFeedback) {
        this(hit, feedback, reachable, pinned, fileOnDisk, olderFeedback, null);
    }

    public ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable, boolean pinned) {
        this(hit, feedback, reachable, pinned, null, null);
    }

    public ResultItem(SearchHit hit, FeedbackSummary feedback, boolean reachable) {
        this(hit, feedback, reachable, false);
    }

    public ResultItem withFeedback(FeedbackSummary value) {
        return new ResultItem(hit, value, reachable, pinned, fileOnDisk, olderFeedback, curation, deal);
    }

    public ResultItem withPinned(boolean value) {
        return new ResultItem(hit, feedback, reachable, value, fileOnDisk, olderFeedback, curation, deal);
    }

    public ResultItem withCuration(ShownCuration value) {
        return new ResultItem(hit, feedback, reachable, pinned, fileOnDisk, olderFeedback, value, deal);
    }

    public ResultItem withDeal(DealEvidence value) {
        return new ResultItem(hit, feedback, reachable, pinned, fileOnDisk, olderFeedback, curation, value);
    }

    /** Whether marketing retired the file, or its curation expired: using it asks first. */
    public boolean discouraged() {
        return curation != null && curation.discouraged();
    }

    /** Whether this is a file inside an archive (it is on disk as its archive), which is shown as text only. */
    public boolean isArchiveMember() {
        return !fileOnDisk.equals(Path.of(hit.path()));
    }

    /** How many other copies or versions are collapsed into this row. */
    public int collapsed() {
        return hit.duplicates().size() + hit.versions().size() + hit.newerVersions().size();
    }
}
