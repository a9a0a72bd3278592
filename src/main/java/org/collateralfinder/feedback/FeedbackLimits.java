package org.collateralfinder.feedback;

import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Slides (or pages, or sheets) one entry may name. */
    public static final int MAX_SLIDES = 50;
    /** The highest slide or page number an entry may name: more than any deck or document has. */
    public static final int MAX_SLIDE_NUMBER = 100_000;

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

    /**
     * Slide numbers as typed ("7", "7,9", "3-5"), each from 1 up, or refuses them with a sentence. Ranges are
     * inclusive; the result is sorted, without repeats.
     */
    public static List<Integer> parseSlides(List<String> typed) {
        TreeSet<Integer> slides = new TreeSet<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            if (value == null || value.replace(",", "").isBlank()) {
                // an empty value became feedback on the whole file, which was not asked for (re-test 12)
                throw new InvalidFeedbackException("A slide must be given by its number (7), a list (7,9) or a range (3-5), "
                        + "not an empty value; for feedback on the whole file, name no slide.");
            }
            for (String part : value.split(",", -1)) {
                String p = part.strip();
                if (p.isEmpty()) { // "3," was taken for slide 3 (slides re-test 20 #7): a typo, or a number left out
                    throw new InvalidFeedbackException("A list of slides names a slide between each two commas and after "
                            + "the last (7,9), not \"" + value.strip() + "\".");
                }
                Matcher range = SLIDE_RANGE.matcher(p);
                if (!range.matches()) {
                    throw new InvalidFeedbackException("A slide must be given by its number (7), a list (7,9) or a range "
                            + "(3-5), not \"" + p + "\".");
                }
                int from = slideNumber(range.group(1));
                int to = range.group(2) == null ? from : slideNumber(range.group(2));
                if (to < from) {
                    throw new InvalidFeedbackException("The slide range " + p + " runs backwards; write it as " + to + "-"
                            + from + ".");
                }
                if (to - from >= MAX_SLIDES) {
                    throw new InvalidFeedbackException("Feedback can name at most " + MAX_SLIDES + " slides; " + p
                            + " names " + (to - from + 1) + ".");
                }
                for (int n = from; n <= to; n++) {
                    slides.add(n);
                }
            }
        }
        List<Integer> list = List.copyOf(slides);
        checkSlides(list);
        return list;
    }

    private static final Pattern SLIDE_RANGE = Pattern.compile("(\\d{1,9})(?:\\s*-\\s*(\\d{1,9}))?");

    private static int slideNumber(String digits) {
        int n = Integer.parseInt(digits);
        if (n < 1 || n > MAX_SLIDE_NUMBER) {
            throw new InvalidFeedbackException("Slides are numbered from 1, as the preview shows them (\"Slide 7 of 24\"); "
                    + n + " is not a slide number.");
        }
        return n;
    }

    /** Slides of one entry: sorted, no repeats, each from 1 to {@link #MAX_SLIDE_NUMBER}, at most {@link #MAX_SLIDES}. */
    static List<Integer> checkSlides(List<Integer> slides) {
        if (slides == null || slides.isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer n : slides) {
            if (n == null || n < 1 || n > MAX_SLIDE_NUMBER) {
                throw new InvalidFeedbackException("Slides are numbered from 1, as the preview shows them (\"Slide 7 of "
                        + "24\"); " + n + " is not a slide number.");
            }
            sorted.add(n);
        }
        if (sorted.size() > MAX_SLIDES) {
            throw new InvalidFeedbackException("Feedback can name at most " + MAX_SLIDES + " slides, not " + sorted.size() + ".");
        }
        return List.copyOf(sorted);
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
