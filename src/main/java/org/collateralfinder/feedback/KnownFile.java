package org.collateralfinder.feedback;

/** A file the index knows: its content hash and where it is. The report uses these to find unused files. */
public record KnownFile(String contentHash, String path) {
}
