package org.collateralfinder.model;

/**
 * Refused because of what was given — a bad option value, an unknown name, a query that cannot be read, a name that
 * is too long — as opposed to a failure of the computer, the index, the database or the share. The command line says
 * the sentence and exits with code 2 for it, whatever the command (code 1 is for failures); the window shows the
 * sentence as any other.
 */
public class RefusedInputException extends CollateralException {

    private static final long serialVersionUID = 1L;

    public RefusedInputException(String userMessage) {
        super(userMessage);
    }

    public RefusedInputException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
