package org.collateralfinder.feedback;

import org.collateralfinder.model.RefusedInputException;

/**
 * Feedback refused because of what was given (a rating out of range, a comment too long...), as
 * opposed to a failure of the store. The command line exits with code 2 for it, as for any refused input.
 */
public class InvalidFeedbackException extends RefusedInputException {

    private static final long serialVersionUID = 1L;

    public InvalidFeedbackException(String userMessage) {
        super(userMessage);
    }
}
