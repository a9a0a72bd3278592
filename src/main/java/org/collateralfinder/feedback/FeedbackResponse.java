package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * Marketing's answer to one rep's feedback entry. Answers are events like the feedback: never changed,
 * shared through the team folder, keyed by the content they are about; the latest answer (by time, then
 * id) to an entry is the entry's response.
 *
 * @param answers     the id of the feedback entry answered
 * @param rep         who gave that feedback (they are told)
 * @param by          who answered: the owner of the responses log it travels in
 * @param note        what marketing says, at most 2,000 characters
 * @param fixedBy     for {@link ResponseStatus#ADDRESSED}: the path of the file that fixes it, as the
 *                    responder saw it, or null
 * @param fixedByHash the content hash of that file (so a rep's computer finds it at its own path), or null
 */
public record FeedbackResponse(UUID id, String contentHash, UUID answers, String rep, String by, Instant at,
                               ResponseStatus status, String note, String fixedBy, String fixedByHash) {

    public static final int MAX_NOTE_CHARS = 2_000;

    /**
     * Whether whoever answered gave the feedback too (a responder answering their own entry): no news to anyone,
     * so it is neither told as an answer nor counted as one from marketing.
     */
    public boolean ownAnswer() {
        return FeedbackResponses.sameUser(rep, by);
    }

    public FeedbackResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        FeedbackLimits.checkContentHash(contentHash);
        rep = FeedbackLimits.checkLabel("rep's name", rep, FeedbackLimits.MAX_USER_CHARS, true);
        by = FeedbackLimits.checkLabel("responder's name", by, FeedbackLimits.MAX_USER_CHARS, true);
        checkNoteAndFix(status, note, fixedBy);
        note = note.strip();
        if (fixedByHash != null) {
            FeedbackLimits.checkContentHash(fixedByHash);
        }
    }

    /** Refuses a note or a fixing file an answer with this status cannot have, with the sentence why. */
    static void checkNoteAndFix(ResponseStatus status, String note, String fixedBy) {
        if (note == null || note.isBlank()) {
            throw new InvalidFeedbackException("Give a short note with the answer.");
        }
        int length = FeedbackLimits.length(note.strip());
        if (length > MAX_NOTE_CHARS) {
            throw new InvalidFeedbackException("The note has " + length + " characters; the limit is "
                    + String.format("%,d", MAX_NOTE_CHARS) + ".");
        }
        if (fixedBy != null && status != ResponseStatus.ADDRESSED) {
            throw new InvalidFeedbackException("Only an addressed answer names the file that fixes it.");
        }
        if (fixedBy != null) {
            FeedbackLimits.checkPath(fixedBy);
        }
    }

    /** The order every copy of the app agrees on: time, then id as text. */
    public static final Comparator<FeedbackResponse> ORDER = Comparator
            .comparing(FeedbackResponse::at).thenComparing(response -> response.id().toString());
}
