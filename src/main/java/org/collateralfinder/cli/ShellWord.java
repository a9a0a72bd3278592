package org.collateralfinder.cli;

import java.util.regex.Pattern;

/**
 * A name as a shell takes it back as one word, for the commands a sentence suggests ("collection add \"Kit\" FILE..."):
 * in double quotes when it holds nothing a shell reads inside them, else in single quotes, a single quote written as
 * {@code '\''}. A name holding a double quote was suggested as {@code "Kit "quoted""}, which a shell splits (issue 16
 * re-test r24, finding 6).
 */
final class ShellWord {

    private static final Pattern PLAIN = Pattern.compile("[^\"$`\\\\!]*");

    private ShellWord() {
    }

    static String of(String name) {
        return PLAIN.matcher(name).matches() ? "\"" + name + "\"" : "'" + name.replace("'", "'\\''") + "'";
    }
}
