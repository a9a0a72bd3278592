package org.collateralfinder.index;

import java.io.IOException;

/**
 * The index can no longer be written: the writer hit an unrecoverable error (a full disk while adding
 * or flushing), or a merge failed. Carries that error as its cause, so the sentence a person reads is
 * chosen from what really happened, whatever the moment it happened (add, flush, merge or commit).
 */
final class IndexWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    IndexWriteException(Throwable cause) {
        super("The index can no longer be written: " + cause, cause);
    }
}
