package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one rep said about a file's content at one moment. A newer entry by the same rep for the same
 * content supersedes this one; both stay in the history.
 *
 * @param contentHash the SHA-256 of the file's bytes: copies share feedback, renames and moves keep it
 * @param path        where the file was when the feedback was given; lists show the last known path
 * @param tags        normal forms ({@link FeedbackTags#normalize}), no duplicates, at most 20
 * @param rating      1 to 5, or null
 * @param comment     verbatim, whatever it contains, at most 10,000 characters, or null
 * @param dealStage   optional, e.g. "discovery"
 * @param industry    optional, e.g. "healthcare"
 * @param slides      the slides (pages, sheets) of the file the entry is about, 1-based as the preview numbers
 *                    them, sorted; empty when it is about the whole file
 * @param given       when the rep gave it: {@code at}, unless the entry was given again by undoing its withdrawal
 *                    (then {@code at}, when it was recorded, orders it after the withdrawal, and {@code given} is when it
 *                    was first given, which the history, the report and {@code feedback list} show)
 */
public record FeedbackEntry(UUID id, String contentHash, String path, String user, Instant at,
                            List<String> tags, Integer rating, String comment, String dealStage,
                            String industry, List<Integer> slides, Instant given) implements FeedbackEvent {

    public FeedbackEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        given = given == null ? at : given;
        FeedbackLimits.checkContentHash(contentHash);
        FeedbackLimits.checkPath(path);
        user = FeedbackLimits.checkLabel("user name", user, FeedbackLimits.MAX_USER_CHARS, true);
        tags = FeedbackTags.normalizeAll(tags);
        FeedbackLimits.checkRating(rating);
        comment = comment == null || comment.isEmpty() ? null : comment;
        FeedbackLimits.checkComment(comment);
        dealStage = FeedbackLimits.checkLabel("deal stage", dealStage, FeedbackLimits.MAX_LABEL_CHARS, false);
        industry = FeedbackLimits.checkLabel("industry", industry, FeedbackLimits.MAX_LABEL_CHARS, false);
        slides = FeedbackLimits.checkSlides(slides);
        if (tags.isEmpty() && rating == null && comment == null) {
            throw new InvalidFeedbackException("Give at least a tag, a rating or a comment.");
        }
    }

    /** An entry given when it was recorded. */
    public FeedbackEntry(UUID id, String contentHash, String path, String user, Instant at, List<String> tags,
                         Integer rating, String comment, String dealStage, String industry, List<Integer> slides) {
        this(id, contentHash, path, user, at, tags, rating, comment, dealStage, industry, slides, null);
    }

    /** An entry about the whole file. */
    public FeedbackEntry(UUID id, String contentHash, String path, String user, Instant at, List<String> tags,
                         Integer rating, String comment, String dealStage, String industry) {
        this(id, contentHash, path, user, at, tags, rating, comment, dealStage, industry, List.of());
    }

    /** A new entry about the whole file made now, with a fresh id. */
    public static FeedbackEntry create(String contentHash, String path, String user, List<String> tags,
                                       Integer rating, String comment, String dealStage, String industry) {
        return create(contentHash, path, user, tags, rating, comment, dealStage, industry, List.of());
    }

    /** A new entry made now, with a fresh id, about these slides of the file (none: the whole file). */
    public static FeedbackEntry create(String contentHash, String path, String user, List<String> tags,
                                       Integer rating, String comment, String dealStage, String industry,
                                       List<Integer> slides) {
        return new FeedbackEntry(UUID.randomUUID(), contentHash, path, user, Instant.now(), tags, rating,
                comment, dealStage, industry, slides);
    }

    /**
     * The entry given again now, as it was, at {@code path}: a new event recorded now (so it comes after the withdrawal
     * it undoes) that keeps the time it was first given (window test 12, F9: Undo dated the entry anew).
     */
    public FeedbackEntry givenAgain(String atPath) {
        return givenAgain(atPath, contentHash);
    }

    /** As {@link #givenAgain(String)}, on the content the file has now (edited in place since it was given). */
    public FeedbackEntry givenAgain(String atPath, String onContent) {
        return new FeedbackEntry(UUID.randomUUID(), onContent, atPath, user, Instant.now(), tags, rating, comment,
                dealStage, industry, slides, given);
    }

    /** Whether it was given again after a withdrawal (then it was first given before it was recorded). */
    public boolean restored() {
        return !given.equals(at);
    }

    /** Whether the entry has a comment that is not just blanks. */
    public boolean commented() {
        return comment != null && !comment.isBlank();
    }

    /** The same entry shown at another path (the content's last known location). */
    public FeedbackEntry withPath(String newPath) {
        return new FeedbackEntry(id, contentHash, newPath, user, at, tags, rating, comment, dealStage, industry, slides,
                given);
    }

    FeedbackEntry withAt(Instant newAt) {
        return new FeedbackEntry(id, contentHash, path, user, newAt, tags, rating, comment, dealStage, industry, slides,
                restored() ? given : newAt);
    }
}
