package org.collateralfinder.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * Marketing's word on one content: official, draft or retired, with an optional expiry date, owner and the
 * file that replaces it. Curations are events like the team's feedback, never changed: the latest one on a
 * content (by time, then id), whoever gave it, is the content's curation. Keyed by the content hash, so it
 * follows the file through renames, moves and copies.
 *
 * @param path           where the curator saw the file (the content is what counts)
 * @param curator        who curated it: the owner of the curation log it travels in
 * @param expires        the last day it is current, or null
 * @param owner          who in marketing answers for it, or null (shown without direction controls: {@link BidiControls})
 * @param replacedBy     the path of the file that replaces it, as the curator saw it, or null
 * @param replacedByHash that file's content hash (so every laptop finds it at its own path), or null
 */
public record Curation(UUID id, String contentHash, String path, String curator, Instant at, CurationState state,
                       LocalDate expires, String owner, String replacedBy, String replacedByHash) {

    public Curation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(curator, "curator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        owner = BidiControls.removed(owner); // one stored before such owners were refused: it reorders nothing shown
    }

    /** Whether its expiry date has passed on {@code today} (the day after it is the first day it is expired). */
    public boolean expired(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }

    /**
     * The day it was curated, by this computer's date: the zone expiry is judged by, so a curation given at 08:40 on
     * 7 December in Kiritimati is not said to be of 6 December (UTC's date then).
     */
    public LocalDate day() {
        return LocalDate.ofInstant(at, ZoneId.systemDefault());
    }

    /** Whether a rep should think twice before sending it: retired, or expired. */
    public boolean discouraged(LocalDate today) {
        return state == CurationState.RETIRED || expired(today);
    }

    /** The order every copy of the app agrees on: time, then id as text. */
    public static final Comparator<Curation> ORDER = Comparator.comparing(Curation::at)
            .thenComparing(curation -> curation.id().toString());
}
