package org.collateralfinder.feedback;

/**
 * An answer as the rep who gave the feedback is told it.
 *
 * @param aboutPath where the file the feedback was on is on this computer (else where it was given)
 * @param fixPath   where the file that fixes it is on this computer (else where marketing saw it), or null
 */
public record AnswerNotice(FeedbackResponse response, String aboutPath, String fixPath) {

    /** "Marketing answered your feedback on Pricing Deck v1: addressed — use Pricing Deck v2". */
    public String sentence() {
        return "Marketing answered your feedback on " + name(aboutPath) + ": " + response.status().label() + " — "
                + (fixPath != null ? "use " + name(fixPath) : response.note());
    }

    /** A file's name as people say it: without folder and extension ("Pricing Deck v1"). */
    public static String name(String path) {
        String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
