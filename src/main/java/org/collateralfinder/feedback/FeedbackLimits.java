package org.collateralfinder.feedback;

import java.util.HexFormat;

/**
 * The bounds of what a rep can record. Input past a bound is refused with a sentence, never truncated.
 * Lengths count characters as a person does (Unicode code points), so an emoji counts once.
 */
public final class FeedbackLimits {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_COMMENT_CHARS = 10_000;
    public static final int MAX_TAG_CHARS = 50;
    public static final int MAX_TAGS = 20;
    public static final int MAX_USER_CHARS = 100;
    /** Deal stage and industry. */
    public static final int MAX_LABEL_CHARS = 100;
    public static final int MAX_PATH_CHARS = 32_767;

    private FeedbackLimits() {
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A rating as typed ("4"), or refuses it with the same sentence as any rating outside 1 to 5. */
    public static Integer parseRating(String typed) {
        if (typed == null) {
            return null;
        }
        if (!typed.strip().matches("[+-]?\\d{1,9}")) {
            throw new InvalidFeedbackException("The rating must be a whole number from 1 to 5, not " + typed.strip() + ".");
        }
        Integer rating = Integer.valueOf(typed.strip());
        checkRating(rating);
        return rating;
    }

    static void checkRating(Integer rating) {
        if (rating != null && (rating < MIN_RATING || rating > MAX_RATING)) {
            throw new InvalidFeedbackException("The rating must be a whole number from 1 to 5, not " + rating + ".");
        }
    }

    static void checkComment(String comment) {
        if (comment != null && length(comment) > MAX_COMMENT_CHARS) {
            throw new InvalidFeedbackException("The comment has " + String.format("%,d", length(comment))
                    + " characters; the limit is " + String.format("%,d", MAX_COMMENT_CHARS) + ".");
        }
    }

    /** Checks a name-like field: not blank, bounded, no control characters. Returns it stripped. */
    static String checkLabel(String what, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidFeedbackException("The " + what + " cannot be empty.");
            }
            return null;
        }
        String stripped = value.strip();
        if (length(stripped) > max) {
            throw new InvalidFeedbackException("The " + what + " has " + length(stripped)
                    + " characters; the limit is " + max + ".");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFeedbackException("The " + what + " cannot contain control characters.");
        }
        return stripped;
    }

    static String checkPath(String path) {
        if (path == null || path.isBlank()) {
            throw new InvalidFeedbackException("The file's path is missing.");
        }
        if (length(path) > MAX_PATH_CHARS) {
            throw new InvalidFeedbackException("The file's path is longer than " + MAX_PATH_CHARS + " characters.");
        }
        return path;
    }

    /** A content hash is the lower-case hex SHA-256 that {@code ContentHasher} produces. */
    public static boolean isContentHash(String hash) {
        return hash != null && hash.length() == 64 && hash.chars().allMatch(HexFormat::isHexDigit)
                && hash.chars().noneMatch(Character::isUpperCase);
    }

    static String checkContentHash(String hash) {
        if (!isContentHash(hash)) {
            throw new InvalidFeedbackException("The file's content identity is not a SHA-256 hash.");
        }
        return hash;
    }
}
