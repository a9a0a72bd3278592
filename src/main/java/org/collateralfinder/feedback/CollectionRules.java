package org.collateralfinder.feedback;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.collateralfinder.model.BidiControls;

/**
 * The bounds of a collection, the same on the command line, in the window and for a line read from the team folder:
 * a name (1 to 100 characters, no control characters nor direction marks: {@link BidiControls}), a description (at most 1,000), at most 500 files. Input past
 * a bound is refused with a sentence, never truncated.
 */
public final class CollectionRules {

    public static final int MAX_NAME_CHARS = 100;
    public static final int MAX_DESCRIPTION_CHARS = 1_000;
    public static final int MAX_FILES = 500;

    private CollectionRules() {
    }

    /** The name as it is kept (stripped), or refuses it with a sentence. */
    public static String name(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidFeedbackException("A collection needs a name, such as \"Healthcare pitch kit\".");
        }
        String name = typed.strip();
        if (FeedbackLimits.length(name) > MAX_NAME_CHARS) {
            throw new InvalidFeedbackException("The collection's name has " + FeedbackLimits.length(name)
                    + " characters; the limit is " + MAX_NAME_CHARS + ".");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFeedbackException("The collection's name cannot contain line breaks, tabs or other control "
                    + "characters.");
        }
        if (BidiControls.holdsAny(name)) {
            throw new InvalidFeedbackException("The collection's name " + BidiControls.REFUSAL);
        }
        return name;
    }

    /** The description as it is kept (stripped; null when blank), or refuses it with a sentence. */
    public static String description(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String description = typed.strip();
        if (FeedbackLimits.length(description) > MAX_DESCRIPTION_CHARS) {
            throw new InvalidFeedbackException("The collection's description has " + String.format("%,d",
                    FeedbackLimits.length(description)) + " characters; the limit is "
                    + String.format("%,d", MAX_DESCRIPTION_CHARS) + ".");
        }
        if (description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidFeedbackException("The collection's description cannot contain tabs or other control "
                    + "characters.");
        }
        return description;
    }

    /**
     * A name typed to find a collection: checked as a new name is, except that direction marks are taken out rather
     * than refused (a collection stored with them before they were refused is shown, and found, without them).
     */
    static String asked(String typed) {
        return name(BidiControls.removed(typed));
    }

    /** Names that are the same collection's to a person: "Renewal Q4" and "renewal q4". */
    static boolean sameName(String a, String b) {
        return folded(a).equals(folded(b));
    }

    /**
     * A name as a person tells it from others: compatibility forms made plain (a full-width "Ｒ" is "R"), each run of
     * spaces one space, no case ("Renewal  Q4" and "ＲＥＮＥＷＡＬ q4" are "renewal q4": issue 16 re-check rc16, finding 1).
     */
    static String folded(String name) {
        return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
}
