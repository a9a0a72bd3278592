package org.collateralfinder.slides;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.collateralfinder.model.CollateralException;

/**
 * One slide or page of a file, numbered from 1 as the window shows it ("slide 7 of 24"), written
 * {@code FILE#N} on the command line.
 *
 * @param file   the deck or PDF
 * @param number the slide or page, 1-based
 */
public record SlideRef(Path file, int number) {

    /**
     * Reads {@code FILE#N}; the number follows the last {@code #}, so a file name may hold one
     * ({@code Q3 #2 deck.pptx#7}). What cannot be read is refused with a sentence saying how to write it.
     */
    public static SlideRef parse(String written) {
        int hash = written.lastIndexOf('#');
        if (hash < 0) {
            throw new CollateralException("'" + written + "' names no slide: write FILE#N, as in deck.pptx#7 for its "
                    + "seventh slide.");
        }
        String file = written.substring(0, hash);
        String number = written.substring(hash + 1).strip();
        if (file.isBlank()) {
            throw new CollateralException("'" + written + "' names no file before the #: write FILE#N, as in deck.pptx#7.");
        }
        if (!number.matches("[0-9]+")) {
            throw new CollateralException("'" + written + "': the slide number after the last # must be a whole number "
                    + "from 1 up (it was '" + number + "').");
        }
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException tooLarge) {
            n = Integer.MAX_VALUE; // no deck has that many: said as out of range when the file is read
        }
        if (n < 1) {
            throw new CollateralException("'" + written + "': slides are numbered from 1, as the window shows them.");
        }
        try {
            return new SlideRef(Path.of(file), n);
        } catch (InvalidPathException e) {
            throw new CollateralException("'" + file + "' is not a path this computer can use.", e);
        }
    }

    /** {@code FILE#N}, as the command line takes it. */
    @Override
    public String toString() {
        return file + "#" + number;
    }
}
