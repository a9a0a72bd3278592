package org.collateralfinder.slides;

import java.io.File;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.collateralfinder.model.CollateralException;

/**
 * One slide or page of a file, numbered from 1 as the window shows it ("slide 7 of 24"), written
 * {@code FILE#N} on the command line; or a range of them, {@code FILE#N-M}, which the exporter counts out only once it
 * knows how many slides the file has. Two are equal when they name the same file path and numbers; a slide read
 * from what a person typed is said back as they typed it ({@link #toString}), also a number too large to count.
 */
public final class SlideRef {

    private final Path file;
    private final int number;
    private final int last;
    private final int count;
    private final String written;

    /**
     * @param file   the deck or PDF
     * @param number the slide or page, 1-based
     */
    public SlideRef(Path file, int number) {
        this(file, number, number, 1, file + "#" + number);
    }

    private SlideRef(Path file, int number, int last, int count, String written) {
        this.file = Objects.requireNonNull(file);
        this.number = number;
        this.last = last;
        this.count = count;
        this.written = written;
    }

    /** The most slides one range ({@code FILE#3-40}) names. */
    public static final int MAX_RANGE = 1_000;

    /**
     * Reads {@code FILE#N}, or {@code FILE#N-M} for slides N to M in order, as {@code feedback add --slide 3-5} takes a
     * range (slides re-test 22 #6: export refused {@code FILE#2-4}). A range stays one reference until the file's slides
     * are counted: numbers past the largest int were counted one by one, and never ended (slides re-test 25 #1).
     * The number follows the last {@code #}, so a file name may hold one ({@code Q3 #2 deck.pptx#7}). What cannot be
     * read is refused with a sentence saying how to write it.
     */
    public static SlideRef parse(String written) {
        int hash = written.lastIndexOf('#');
        String after = hash < 0 ? "" : written.substring(hash + 1).strip();
        if (!after.matches("[0-9]+ *- *[0-9]+")) {
            return parseOne(written);
        }
        String file = written.substring(0, hash);
        String[] ends = after.split("-");
        SlideRef first = parseOne(file + "#" + ends[0].strip());
        SlideRef last = parseOne(file + "#" + ends[1].strip());
        BigInteger from = new BigInteger(first.numberAsWritten());
        BigInteger to = new BigInteger(last.numberAsWritten());
        if (to.compareTo(from) < 0) {
            throw new CollateralException("'" + written + "' runs backwards: write it as " + file + "#"
                    + last.numberAsWritten() + "-" + first.numberAsWritten() + ".");
        }
        BigInteger slides = to.subtract(from).add(BigInteger.ONE);
        if (slides.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
            throw new CollateralException("'" + written + "' names more than " + String.format("%,d", MAX_RANGE)
                    + " slides: name at most that many in one range.");
        }
        if (slides.equals(BigInteger.ONE)) {
            return new SlideRef(first.file(), first.number(), first.number(), 1, written);
        }
        return new SlideRef(first.file(), first.number(), last.number(), slides.intValueExact(), written);
    }

    /** Reads {@code FILE#N}, one slide. */
    private static SlideRef parseOne(String written) {
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
        if (number.matches(".*\\.(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,5}")) {
            // "Q3 #2.pptx" is a file name with a # in it and no slide after it (slides re-test 25 #7)
            throw new CollateralException("'" + written + "' names no slide: the slide number is missing after the file "
                    + "name ('" + number + "' after the last # is part of it); write FILE#N, as in " + written + "#7.");
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
            return new SlideRef(Path.of(file), n, n, 1, written);
        } catch (InvalidPathException e) {
            throw new CollateralException("'" + file + "' is not a path this computer can use.", e);
        }
    }

    /** The deck or PDF. */
    public Path file() {
        return file;
    }

    /** The slide or page, 1-based, the first of a range ({@link Integer#MAX_VALUE} for a number typed too large to count). */
    public int number() {
        return number;
    }

    /** How many slides this names: 1, or those of a range. */
    public int count() {
        return count;
    }

    /** Whether this names more than one slide ({@code FILE#3-5}). */
    boolean isRange() {
        return count > 1;
    }

    /** The number as it was typed (as many digits as given), for sentences; a range's first. */
    String numberAsWritten() {
        return typedNumbers()[0].strip();
    }

    /** A range's last number as it was typed; a single slide's number. */
    String lastAsWritten() {
        String[] typed = typedNumbers();
        return typed[typed.length - 1].strip();
    }

    private String[] typedNumbers() {
        return written.substring(written.lastIndexOf('#') + 1).strip().split("-");
    }

    /**
     * The slides of this up to {@code slidesThere} (a file's count), each written {@code FILE#N}, in order; none when the
     * first is past it. Never more than {@link #MAX_RANGE}.
     */
    List<SlideRef> slidesUpTo(int slidesThere) {
        if (!isRange()) {
            return number <= slidesThere ? List.of(this) : List.of();
        }
        List<SlideRef> slides = new ArrayList<>();
        String fileWritten = written.substring(0, written.lastIndexOf('#'));
        for (long n = number; n <= Math.min(last, slidesThere); n++) {
            slides.add(new SlideRef(file, (int) n, (int) n, 1, fileWritten + "#" + n));
        }
        return slides;
    }

    /**
     * The slides of this past {@code slidesThere}, the file's count, as one reference ({@code FILE#11-40} of
     * {@code FILE#9-40}); this itself, as typed, when none of its slides is there.
     */
    SlideRef pastTheEnd(int slidesThere) {
        if (number > slidesThere) {
            return this;
        }
        int from = slidesThere + 1; // a range that reaches past the end: its last is larger than slidesThere
        String fileWritten = written.substring(0, written.lastIndexOf('#'));
        // the range's last is within 1,000 of a slide the file has: counted exactly
        return from == last ? new SlideRef(file, from, from, 1, fileWritten + "#" + from)
                : new SlideRef(file, from, last, last - from + 1, fileWritten + "#" + from + "-" + last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlideRef other && file.equals(other.file) && number == other.number && last == other.last
                && count == other.count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, number, last, count);
    }

    /** {@code FILE#N}, as the command line takes it: as typed, when it was. */
    @Override
    public String toString() {
        return written;
    }
}
