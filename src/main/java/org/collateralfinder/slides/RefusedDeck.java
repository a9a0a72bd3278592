package org.collateralfinder.slides;

import org.collateralfinder.model.RefusedInputException;

/**
 * The request itself cannot be done (the target is not a .pptx or .pdf, its folder does not exist, it exists
 * already, it is one of the slides' files): nothing was read or written. The command line says the sentence and exits
 * with 2, as for anything refused for what was given; not as a mistake in how the command is written, which adds
 * "Try … --help" (slides re-test 22 #11).
 */
public final class RefusedDeck extends RefusedInputException {

    private static final long serialVersionUID = 1L;

    RefusedDeck(String sentence) {
        super(sentence);
    }
}
