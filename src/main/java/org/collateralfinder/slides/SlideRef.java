package org.collateralfinder.slides;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.collateralfinder.model.CollateralException;

/**
 * One slide or page of a file, numbered from 1 as the window shows it ("slide 7 of 24"), written
 * {@code FILE#N} on the command line. Two are equal when they name the same file path and number; a slide read
 * from what a person typed is said back as they typed it ({@link #toString}), also a number too large to count.
 */
public final class SlideRef {

    private final Path file;
    private final int number;
    private final String written;

    /**
     * @param file   the deck or PDF
     * @param number the slide or page, 1-based
     */
    public SlideRef(Path file, int number) {
        this(file, number, file + "#" + number);
    }

    private SlideRef(Path file, int number, String written) {
        this.file = Objects.requireNonNull(file);
        this.number = number;
        this.written = written;
    }

    /** The most slides one range ({@code FILE#3-40}) names. */
    public static final int MAX_RANGE = 1_000;

    /**
     * Reads {@code FILE#N}, or {@code FILE#N-M} for slides N to M in order, as {@code feedback add --slide 3-5} takes a
     * range (slides re-test 22 #6: export refused {@code FILE#2-4}). Each slide of a range is written {@code FILE#N}.
     */
    public static List<SlideRef> parseAll(String written) {
        int hash = written.lastIndexOf('#');
        String after = hash < 0 ? "" : written.substring(hash + 1).strip();
        if (!after.matches("[0-9]+ *- *[0-9]+")) {
            return List.of(parse(written));
        }
        String file = written.substring(0, hash);
        String[] ends = after.split("-");
        SlideRef first = parse(file + "#" + ends[0].strip());
        SlideRef last = parse(file + "#" + ends[1].strip());
        if (last.number() < first.number()) {
            throw new CollateralException("'" + written + "' runs backwards: write it as " + file + "#" + last.number() + "-"
                    + first.number() + ".");
        }
        if ((long) last.number() - first.number() + 1 > MAX_RANGE) {
            throw new CollateralException("'" + written + "' names more than " + String.format("%,d", MAX_RANGE)
                    + " slides: name at most that many in one range.");
        }
        List<SlideRef> refs = new ArrayList<>();
        for (int n = first.number(); n <= last.number(); n++) {
            refs.add(new SlideRef(first.file(), n, file + "#" + n));
        }
        return refs;
    }

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
        if (file.endsWith("/") || file.endsWith(File.separator)) {
            // the path would be read without its last slash: layouts.pptx/ would be taken for layouts.pptx (re-test 12)
            throw new CollateralException("'" + written + "' names a folder (its path ends with "
                    + file.charAt(file.length() - 1) + "): slides come from a deck or a PDF, as in deck.pptx#7.");
        }
        if (!number.matches("[0-9]+")) {
            throw new CollateralException("'" + written + "': the slide number after the last # must be a whole number "
                    + "from 1 up, or a range as 2-4 (it was '" + number + "').");
        }
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException tooLarge) {
            n = Integer.MAX_VALUE; // no deck has that many: said as out of range, in the digits typed, when the file is read
        }
        if (n < 1) {
            throw new CollateralException("'" + written + "': slides are numbered from 1, as the window shows them.");
        }
        try {
            return new SlideRef(Path.of(file), n, written);
        } catch (InvalidPathException e) {
            throw new CollateralException("'" + file + "' is not a path this computer can use.", e);
        }
    }

    /** The deck or PDF. */
    public Path file() {
        return file;
    }

    /** The slide or page, 1-based ({@link Integer#MAX_VALUE} for a number typed too large to count). */
    public int number() {
        return number;
    }

    /** The number as it was typed (as many digits as given), for sentences. */
    String numberAsWritten() {
        return written.substring(written.lastIndexOf('#') + 1).strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlideRef other && file.equals(other.file) && number == other.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, number);
    }

    /** {@code FILE#N}, as the command line takes it: as typed, when it was. */
    @Override
    public String toString() {
        return written;
    }
}
