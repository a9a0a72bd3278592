package org.collateralfinder.gui.feedback;

import java.util.Locale;
import org.collateralfinder.feedback.FeedbackTags;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** How the feedback tags read and look in the window: label, icon and a style id for each. */
public final class FeedbackLabels {

    private FeedbackLabels() {
    }

    /** "Worked", "Didn't land"… for a tag's normal form; free tags are shown capitalised. */
    public static String label(String tag) {
        return tag.isEmpty() ? tag : tag.substring(0, 1).toUpperCase(Locale.ROOT) + tag.substring(1);
    }

    /** A CSS/id-safe name: "didn't land" becomes "didnt-land". */
    public static String id(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-");
    }

    public static Ikon icon(String tag) {
        return switch (tag) {
            case FeedbackTags.WORKED -> Feather.THUMBS_UP;
            case FeedbackTags.DIDNT_LAND -> Feather.THUMBS_DOWN;
            case FeedbackTags.OUTDATED -> Feather.CLOCK;
            case FeedbackTags.CUSTOMER_ASKED -> Feather.USER_CHECK;
            case FeedbackTags.NEEDS_UPDATE -> Feather.EDIT_3;
            default -> Feather.TAG;
        };
    }
}
