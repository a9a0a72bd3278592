package org.collateralfinder.model;

/**
 * A read that met the index while it was being replaced (a rebuild swapped in, a data folder switched):
 * nothing is wrong, and the same read on the index now in use answers. Views run it again instead of
 * showing an error.
 */
public final class IndexReplacedException extends CollateralException {

    private static final long serialVersionUID = 1L;

    public IndexReplacedException(Throwable cause) {
        super("The index was being replaced; try again.", cause);
    }
}
