package org.collateralfinder.model;

/**
 * The one exception type of the project. Its message is a short sentence meant for a person
 * (a sales rep or a marketing manager); the cause, if any, carries the technical detail.
 */
public class CollateralException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CollateralException(String userMessage) {
        super(userMessage);
    }

    public CollateralException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The sentence to show to a person. */
    public String userMessage() {
        return getMessage();
    }
}
