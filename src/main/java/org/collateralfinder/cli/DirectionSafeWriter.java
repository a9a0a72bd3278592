package org.collateralfinder.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.collateralfinder.model.BidiControls;

/**
 * What every command prints goes through here: the characters that reorder the text after them
 * ({@link BidiControls#reorders}) are written as {@code \}{@code u202e} escapes. A file named "Quokka " + U+202E +
 * "fdp.txt" would otherwise read "Quokka txt.pdf" on a terminal that obeys the override (issue 16 re-test r23,
 * finding 7), in {@code curate list}, {@code collection list}, {@code offline list} as in {@code search}. In JSON
 * output they can only stand inside strings, where the escape is the same character to every JSON reader.
 */
final class DirectionSafeWriter extends FilterWriter {

    private DirectionSafeWriter(Writer out) {
        super(out);
    }

    /** {@code out}, escaping as above (once: a writer already doing so is returned as it is). */
    static PrintWriter around(PrintWriter out) {
        return out instanceof Wrapped ? out : new Wrapped(new DirectionSafeWriter(out));
    }

    private static final class Wrapped extends PrintWriter {
        Wrapped(Writer out) {
            super(out, true);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (BidiControls.reorders(c)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(text.charAt(i));
        }
    }
}
