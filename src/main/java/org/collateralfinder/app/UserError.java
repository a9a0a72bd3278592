package org.collateralfinder.app;

import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error as a person sees it: one sentence, and maybe one thing to do about it (a button next to the
 * sentence). The technical details go to the log, never into the window.
 *
 * @param sentence     what went wrong, in plain words
 * @param action       what the rep can do about it, or null
 * @param detailsInLog whether it was Collateral Finder's own fault, with the details in its log (then the
 *                     log folder is what there is to open); a file that is gone or a folder that cannot be
 *                     written is not, and its log holds nothing more to read
 */
public record UserError(String sentence, Action action, boolean detailsInLog) {

    private static final Logger LOG = LoggerFactory.getLogger(UserError.class);

    /** A button next to the sentence: "Show in folder", "Open the log folder"… */
    public record Action(String label, Runnable run) {
    }

    /**
     * Turns a failure into a sentence, logging its cause once (this is where the GUI handles it).
     *
     * @param doing what the app was doing, e.g. "Opening the file", used when the error has no sentence
     */
    public static UserError of(String doing, Throwable error) {
        if (error instanceof CollateralException ce) {
            if (ce.getCause() != null) {
                LOG.warn("{}: {}", doing, ce.userMessage(), ce.getCause());
            }
            return new UserError(ce.userMessage(), null, false);
        }
        LOG.error("{} failed", doing, error);
        return new UserError(doing + " did not work because of an error in Collateral Finder; the details are in "
                + "its log.", null, true);
    }

    public static UserError of(String sentence) {
        return new UserError(sentence, null, false);
    }

    /** The same sentence with a button that does something about it. */
    public UserError withAction(String label, Runnable run) {
        return new UserError(sentence, new Action(label, run), detailsInLog);
    }
}
