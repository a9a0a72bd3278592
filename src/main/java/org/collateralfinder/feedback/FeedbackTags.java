package org.collateralfinder.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tags reps put on files: the built-in set plus any free tag. Tags are compared in a normal form
 * (trimmed, inner spaces collapsed, lower case, typographic apostrophe made plain), so
 * {@code "Didn’t  Land"} and {@code "didn't land"} are the same tag.
 */
public final class FeedbackTags {

    public static final String WORKED = "worked";
    public static final String DIDNT_LAND = "didn't land";
    public static final String OUTDATED = "outdated";
    public static final String CUSTOMER_ASKED = "customer asked";
    public static final String NEEDS_UPDATE = "needs update";

    /** The built-in tags, in the order the GUI offers them. */
    public static final List<String> BUILT_IN = List.of(WORKED, DIDNT_LAND, OUTDATED, CUSTOMER_ASKED, NEEDS_UPDATE);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FeedbackTags() {
    }

    /** The normal form of a tag, or refuses it (empty, too long, control characters). */
    public static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidFeedbackException("A tag cannot be empty.");
        }
        String normal = WHITESPACE.matcher(tag.strip()).replaceAll(" ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (FeedbackLimits.length(normal) > FeedbackLimits.MAX_TAG_CHARS) {
            throw new InvalidFeedbackException("A tag has " + FeedbackLimits.length(normal)
                    + " characters; the limit is " + FeedbackLimits.MAX_TAG_CHARS + ".");
        }
        if (normal.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFeedbackException("A tag cannot contain control characters.");
        }
        return normal;
    }

    /** Normal forms of the tags, duplicates removed, first occurrence order kept. */
    public static List<String> normalizeAll(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > FeedbackLimits.MAX_TAGS) {
            throw new InvalidFeedbackException("There are " + tags.size() + " tags; the limit is "
                    + FeedbackLimits.MAX_TAGS + ".");
        }
        Set<String> normal = new LinkedHashSet<>();
        for (String tag : tags) {
            normal.add(normalize(tag));
        }
        return List.copyOf(new ArrayList<>(normal));
    }

    public static boolean isBuiltIn(String tag) {
        return BUILT_IN.contains(tag);
    }
}
