package org.collateralfinder.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Turns every path a person types on the command line (a folder, a file, {@code --data-dir},
 * {@code --team-folder}) into a {@link Path}, the one place that does: an empty or blank path is refused
 * with a sentence (it would otherwise silently mean the current folder), and so is one the file system
 * cannot hold.
 */
final class PathArgument implements CommandLine.ITypeConverter<Path> {

    /** The sentence for an empty path (picocli puts "Invalid value for option '--x': " before it). */
    static final String EMPTY = "the path is empty; give a file or folder (. for the current folder).";

    @Override
    public Path convert(String value) {
        return of(value);
    }

    /** The path typed, or a conversion failure picocli reports as a usage mistake. */
    static Path of(String value) {
        if (value == null || value.isBlank()) {
            throw new CommandLine.TypeConversionException(EMPTY);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("\"" + value + "\" is not a path this computer can use ("
                    + e.getReason().toLowerCase(Locale.ROOT) + ").");
        }
    }

    /** Whether a typed value is a usable path (the window's {@code --data-dir D} is checked before picocli runs). */
    static boolean usable(String value) {
        try {
            of(value);
            return true;
        } catch (CommandLine.TypeConversionException e) {
            return false;
        }
    }
}
