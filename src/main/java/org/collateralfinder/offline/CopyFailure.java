package org.collateralfinder.offline;

/** A file that could not be copied or brought up to date, with a reason a rep can read. */
public record CopyFailure(String path, String reason) {
}
