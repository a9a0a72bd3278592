package org.collateralfinder.gui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error as a person sees it: one sentence, and the technical details behind a "Details" expander.
 *
 * @param sentence what went wrong, in plain words
 * @param details  the stack trace, or "" when there is nothing more to say
 */
public record UserError(String sentence, String details) {

    private static final Logger LOG = LoggerFactory.getLogger(UserError.class);

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
            return new UserError(ce.userMessage(), ce.getCause() == null ? "" : stackTrace(ce.getCause()));
        }
        LOG.error("{} failed", doing, error);
        String message = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName() : error.getMessage().lines().findFirst().orElse("");
        return new UserError(doing + " did not work: " + message + ".", stackTrace(error));
    }

    public static UserError of(String sentence) {
        return new UserError(sentence, "");
    }

    public boolean hasDetails() {
        return details != null && !details.isBlank();
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
