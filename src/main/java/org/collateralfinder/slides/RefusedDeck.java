package org.collateralfinder.slides;

import org.collateralfinder.model.CollateralException;

/**
 * The request itself cannot be done (the target is not a .pptx or .pdf, its folder does not exist, it exists
 * already, it is one of the slides' files): nothing was read or written. The command line reports it as a
 * usage mistake.
 */
public final class RefusedDeck extends CollateralException {

    private static final long serialVersionUID = 1L;

    RefusedDeck(String sentence) {
        super(sentence);
    }
}
