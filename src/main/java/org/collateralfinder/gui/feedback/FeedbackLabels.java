package org.collateralfinder.gui.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.model.Plural;
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

    /** "Didn't land ×2": a tag and how many reps gave it (when more than one). */
    public static String counted(String tag, int reps) {
        return label(tag) + (reps > 1 ? " ×" + reps : "");
    }

    /** A file's feedback in a few words: "Didn't land ×2, Worked, ★ 3.5", or "feedback from 2 reps" (comments only). */
    public static String inShort(FeedbackSummary f) {
        List<String> parts = new ArrayList<>();
        f.tagCounts().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> parts.add(counted(e.getKey(), e.getValue())));
        if (f.averageRating() != null) {
            parts.add(String.format(Locale.ROOT, "★ %.1f", f.averageRating()));
        }
        return parts.isEmpty() ? "feedback from " + Plural.of(f.count(), "rep", "reps") : String.join(", ", parts);
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
