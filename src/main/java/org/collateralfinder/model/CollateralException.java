package org.collateralfinder.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

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

    /**
     * Why a file operation failed, as the end of a sentence about that file ("could not be read: " +
     * this): never the path again, which is what a {@link java.nio.file.FileSystemException}'s message is.
     */
    public static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something else already has that name";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? "the file system refused" : fs.getReason().strip();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    /** The sentence to show to a person. */
    public String userMessage() {
        return getMessage();
    }
}
