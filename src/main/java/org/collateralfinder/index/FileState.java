package org.collateralfinder.index;

/** What the index remembers of a file to decide whether it changed: size, time and source. */
public record FileState(long size, long modifiedMillis, String source) {
}
