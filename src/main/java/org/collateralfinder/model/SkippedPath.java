package org.collateralfinder.model;

/** A path the folder walk did not enter or open (link loop, special file, unreadable folder), with why. */
public record SkippedPath(String path, String reason) {
}
