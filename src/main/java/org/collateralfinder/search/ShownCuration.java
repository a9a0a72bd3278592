package org.collateralfinder.search;

import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * Marketing's curation of a file as a result shows it.
 *
 * @param curation   the content's curation
 * @param expired    whether its expiry date has passed today
 * @param replacedBy the path of the file that replaces it as this index has it now (found by its content), else as
 *                   the curator named it; null when none was named
 */
public record ShownCuration(Curation curation, boolean expired, String replacedBy) {

    public CurationState state() {
        return curation.state();
    }

    /** Whether a rep should think twice before sending it: retired, or expired. */
    public boolean discouraged() {
        return expired || curation.state() == CurationState.RETIRED;
    }
}
