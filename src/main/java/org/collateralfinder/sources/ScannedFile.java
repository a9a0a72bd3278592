package org.collateralfinder.sources;

import java.nio.file.Path;

/** A regular file found by a folder walk (special files are skipped paths, never opened). */
public record ScannedFile(Path path, long size, long modifiedMillis) {
}
