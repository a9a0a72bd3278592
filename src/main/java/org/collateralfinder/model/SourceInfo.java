package org.collateralfinder.model;

/**
 * A source folder as the status shows it.
 *
 * @param reachable whether the folder could be listed the last time it was checked
 * @param files     documents the index holds for this source
 */
public record SourceInfo(String path, boolean reachable, long files) {
}
