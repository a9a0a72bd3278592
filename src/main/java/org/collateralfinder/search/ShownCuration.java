package org.collateralfinder.search;

import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * Marketing's curation of a file as a result shows it.
 *
 * @param curation   the content's curation
 * @param expired    whether its expiry date has passed today
 * @param replacedBy  the path of the file that replaces it as this index has it now (found by its content, also
 *                    after a rename or an edit in place); null when none was named or it is no longer found
 * @param editedSince whether the file was edited since it was curated (its curation is of the content it had)
 */
public record ShownCuration(Curation curation, boolean expired, String replacedBy, boolean editedSince) {

    /** Whether the curator named a replacement that is no longer found (no file has it, nor an edit of it). */
    public boolean replacementLost() {
        return replacedBy == null && curation.replacedByHash() != null;
    }

    public CurationState state() {
        return curation.state();
    }

    /** Whether a rep should think twice before sending it: retired, or expired. */
    public boolean discouraged() {
        return expired || curation.state() == CurationState.RETIRED;
    }
}
