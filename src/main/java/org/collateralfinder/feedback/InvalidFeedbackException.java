package org.collateralfinder.feedback;

import org.collateralfinder.model.CollateralException;

/**
 * Feedback refused because of what was given (a rating out of range, a comment too long...), as
 * opposed to a failure of the store. The command line exits with code 2 for it.
 */
public class InvalidFeedbackException extends CollateralException {

    private static final long serialVersionUID = 1L;

    public InvalidFeedbackException(String userMessage) {
        super(userMessage);
    }
}
