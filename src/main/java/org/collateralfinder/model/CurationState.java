package org.collateralfinder.model;

import java.util.Locale;
import java.util.Optional;

/** What marketing says a file is: the current material to send, a draft, or retired (do not send it). */
public enum CurationState {
    OFFICIAL("official"),
    DRAFT("draft"),
    RETIRED("retired");

    private final String code;

    CurationState(String code) {
        this.code = code;
    }

    /** As written on the command line, in the team log and in JSON: {@code official}, {@code draft}, {@code retired}. */
    public String code() {
        return code;
    }

    /** The state a word names, ignoring case; empty for any other word. */
    public static Optional<CurationState> of(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (CurationState state : values()) {
            if (state.code.equals(w)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
