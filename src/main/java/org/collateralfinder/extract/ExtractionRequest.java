package org.collateralfinder.extract;

import java.nio.file.Path;

/**
 * What to extract: a file, or one member of a ZIP archive.
 *
 * @param file   the file on disk
 * @param member the archive member's name inside {@code file}, or null for the file itself
 */
public record ExtractionRequest(Path file, String member) {

    public static ExtractionRequest of(Path file) {
        return new ExtractionRequest(file, null);
    }

    /** The name used to detect the format: the member's or the file's name. */
    public String resourceName() {
        if (member != null) {
            int slash = member.lastIndexOf('/');
            return member.substring(slash + 1);
        }
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    @Override
    public String toString() {
        return member == null ? file.toString() : file + "!/" + member;
    }
}
