package org.collateralfinder.feedback;

import java.util.function.Function;

/**
 * An answer as the rep who gave the feedback is told it.
 *
 * @param aboutPath where the file the feedback was on is on this computer (else where it was given)
 * @param fixPath   where the file that fixes it is on this computer (else where marketing saw it), or null
 */
public record AnswerNotice(FeedbackResponse response, String aboutPath, String fixPath) {

    /** "Marketing answered your feedback on Pricing Deck v1: addressed — use Pricing Deck v2". */
    public String sentence() {
        return sentence(AnswerNotice::name);
    }

    /**
     * The sentence with the files named by {@code named} (from a path), as when files of one name are told apart
     * by their folders: "… on price-list in apac/2025: won't change — …".
     */
    public String sentence(Function<String, String> named) {
        return "Marketing answered your feedback on " + named.apply(aboutPath) + ": " + response.status().label() + " — "
                + (fixPath != null ? "use " + named.apply(fixPath) : response.note());
    }

    /** Whether the feedback's file is known by a path here (else it is named by its content only). */
    public boolean aboutKnown() {
        return !aboutPath.equals(response.contentHash());
    }

    /** A file's name as people say it: without folder and extension ("Pricing Deck v1"). */
    public static String name(String path) {
        String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
